package dev.blockdesk.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.node.Node;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --refuse-overspending}, for {@code blockdesk node} and the window's node, which also remembers its check box. */
class RefuseOverspendingOptionsTest {

    @TempDir
    Path dir;

    private NodeOptions parse(String... args) {
        return ParsedOptions.parse(dir, args);
    }

    @Test
    void offUnlessTheCommandLineOrTheWindowsRememberedCheckBoxSaysOn() throws Exception {
        NodeOptions options = parse();
        try (NodeSetup setup = options.open(false, notice -> {})) {
            for (NodeStartup.Mode mode : NodeStartup.Mode.values()) {
                try (Node node = NodeStartup.start(options, setup, mode)) {
                    assertFalse(node.refusesOverspending(), mode + ": off by default");
                }
                try (Node node = NodeStartup.start(parse("--refuse-overspending"), setup, mode)) {
                    assertTrue(node.refusesOverspending(), mode + ": --refuse-overspending");
                }
            }
            setup.store().putSetting(NodeStartup.REFUSE_OVERSPENDING, "true");
            try (Node node = NodeStartup.start(options, setup, NodeStartup.Mode.DESKTOP)) {
                assertTrue(node.refusesOverspending(), "the window's remembered check box");
            }
            try (Node node = NodeStartup.start(options, setup, NodeStartup.Mode.HEADLESS)) {
                assertFalse(node.refusesOverspending(), "blockdesk node has no remembered check box");
            }
        }
    }
}
