package dev.blockdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.blockdesk.node.NodeConfig;
import dev.blockdesk.node.NodeLimits;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --max-connections}, {@code --max-pending}, {@code --max-peers}: for {@code blockdesk node} and the window's node. */
class LimitOptionsTest {

    @TempDir
    Path dir;

    private NodeConfig config(String... args) throws Exception {
        NodeOptions options = ParsedOptions.parse(dir, args);
        try (NodeSetup setup = NodeSetup.openStore(dir, null)) {
            return options.config(setup, 0);
        }
    }

    @Test
    void byDefault512Requests10000PendingAnd256Peers() throws Exception {
        assertEquals(new NodeLimits(512, 10_000, 256), config().limits());
        assertEquals(NodeLimits.defaults(), NodeConfig.defaults().limits());
    }

    @Test
    void eachLimitIsSet() throws Exception {
        assertEquals(
                new NodeLimits(64, 500, 8),
                config("--max-connections", "64", "--max-pending", "500", "--max-peers", "8")
                        .limits());
    }

    @Test
    void aLimitBelowOneIsRefusedNamingTheOption() {
        for (String option : List.of("--max-connections", "--max-pending", "--max-peers")) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> config(option, "0"));
            assertEquals(option + " must be at least 1", refused.getMessage());
        }
    }
}
