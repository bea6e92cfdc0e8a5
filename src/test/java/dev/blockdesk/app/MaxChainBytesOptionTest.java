package dev.blockdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.blockdesk.node.NodeConfig;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --max-chain-bytes}: the cap on a whole chain read from a peer, for {@code blockdesk node} and the window's node. */
class MaxChainBytesOptionTest {

    @TempDir
    Path dir;

    private NodeConfig config(String... args) throws Exception {
        NodeOptions options = ParsedOptions.parse(dir, args);
        try (NodeSetup setup = NodeSetup.openStore(dir, null)) {
            return options.config(setup, 0);
        }
    }

    @Test
    void byDefaultAWholeChainMayBeOneGibibyteEnoughForAMillionTutorialBlocks() throws Exception {
        assertEquals(1L << 30, config().maxPeerResponseBytes());
        assertEquals(1L << 30, NodeConfig.DEFAULT_MAX_PEER_RESPONSE_BYTES);
    }

    @Test
    void aSizeIsBytesOrKibiMebiOrGibibytes() throws Exception {
        assertEquals(20_000_000L, config("--max-chain-bytes", "20000000").maxPeerResponseBytes());
        assertEquals(512L << 20, config("--max-chain-bytes", "512M").maxPeerResponseBytes());
        assertEquals(2L << 30, config("--max-chain-bytes", "2g").maxPeerResponseBytes());
        assertEquals(3L << 30, config("--max-chain-bytes", "3GiB").maxPeerResponseBytes());
        assertEquals(32768L << 10, config("--max-chain-bytes", "32768K").maxPeerResponseBytes());
    }

    @Test
    void aSizeThatIsNotOneOrBelowAPageIsRefusedWithWhatIsTaken() {
        for (String bad : List.of("abc", "1.5G", "-1", "15M", "1T", "99999999999999999999G")) {
            IllegalArgumentException refused =
                    assertThrows(IllegalArgumentException.class, () -> config("--max-chain-bytes", bad), bad);
            assertEquals(
                    "--max-chain-bytes takes a size in bytes, or with K, M or G (like 512M or 1G) of at least 16 MiB, found \""
                            + bad + "\"",
                    refused.getMessage());
        }
    }
}
