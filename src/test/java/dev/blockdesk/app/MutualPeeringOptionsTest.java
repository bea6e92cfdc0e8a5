package dev.blockdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.node.Node;
import dev.blockdesk.node.NodeConfig;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --no-mutual-peering} and {@code --advertise}, for {@code blockdesk node} and the window's node. */
class MutualPeeringOptionsTest {

    @TempDir
    Path dir;

    /** The options of {@code blockdesk node --data-dir DIR --port 0 ARGS}. */
    private NodeOptions parse(String... args) {
        return ParsedOptions.parse(dir, args);
    }

    @Test
    void byDefaultNewPeersAreAskedAtAUrlChosenForEach() throws Exception {
        try (NodeSetup setup = NodeSetup.openStore(dir, null)) {
            NodeConfig config = parse().config(setup, 0);
            assertTrue(config.mutualPeering());
            assertNull(config.advertise());
        }
    }

    @Test
    void theOptionsReachTheNodesConfig() throws Exception {
        try (NodeSetup setup = NodeSetup.openStore(dir, null)) {
            NodeConfig config = parse("--no-mutual-peering", "--advertise", "http://192.168.1.20:5000")
                    .config(setup, 0);
            assertFalse(config.mutualPeering());
            assertEquals(URI.create("http://192.168.1.20:5000"), config.advertise());
        }
    }

    @Test
    void anAdvertisedUrlPeersCannotUseIsRefusedWithTheReason() {
        try (NodeSetup setup = NodeSetup.openStore(dir, null)) {
            IllegalArgumentException refused = assertThrows(
                    IllegalArgumentException.class,
                    () -> parse("--advertise", "192.168.1.20").config(setup, 0));
            assertEquals(
                    "--advertise: \"192.168.1.20\" is not a URL peers can reach us at: it must start with http://"
                            + " (like http://192.168.1.20:5000)",
                    refused.getMessage());
        }
    }

    @Test
    void theWindowsNodeAsksAsItsRememberedSettingSaysUnlessTheCommandLineSaysNo() throws Exception {
        NodeOptions options = parse();
        try (NodeSetup setup = options.open(false, notice -> {})) {
            setup.store().putSetting(NodeStartup.MUTUAL_PEERING, "false");
            try (Node node = NodeStartup.start(options, setup, NodeStartup.Mode.DESKTOP)) {
                assertFalse(node.mutualPeering(), "the window's setting, off");
            }
            try (Node node = NodeStartup.start(options, setup, NodeStartup.Mode.HEADLESS)) {
                assertTrue(node.mutualPeering(), "blockdesk node has no remembered setting: only --no-mutual-peering");
            }
            setup.store().putSetting(NodeStartup.MUTUAL_PEERING, "true");
            try (Node node = NodeStartup.start(options, setup, NodeStartup.Mode.DESKTOP)) {
                assertTrue(node.mutualPeering());
            }
            try (Node node = NodeStartup.start(parse("--no-mutual-peering"), setup, NodeStartup.Mode.DESKTOP)) {
                assertFalse(node.mutualPeering(), "--no-mutual-peering wins over the setting");
            }
        }
    }
}
