package dev.blockdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.node.CorsOrigins;
import dev.blockdesk.node.Node;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --cors ORIGIN...}, for {@code blockdesk node} and the window's node, which also remembers its own list. */
class CorsOptionsTest {

    @TempDir
    Path dir;

    private NodeOptions parse(String... args) {
        return ParsedOptions.parse(dir, args);
    }

    @Test
    void noneUnlessTheCommandLineOrTheWindowsRememberedListNamesThem() throws Exception {
        NodeOptions options = parse();
        try (NodeSetup setup = options.open(false, notice -> {})) {
            for (NodeStartup.Mode mode : NodeStartup.Mode.values()) {
                try (Node node = NodeStartup.start(options, setup, mode)) {
                    assertTrue(node.cors().isEmpty(), mode + ": none by default");
                }
                try (Node node = NodeStartup.start(
                        parse("--cors", "https://explorer.example", "http://localhost:3000=write", "--cors", "*"),
                        setup,
                        mode)) {
                    assertEquals(
                            "* http://localhost:3000=write https://explorer.example",
                            node.cors().describe(),
                            mode + ": --cors");
                }
            }
            setup.store().putSetting(NodeStartup.CORS, "https://remembered.example=write");
            try (Node node = NodeStartup.start(options, setup, NodeStartup.Mode.DESKTOP)) {
                assertTrue(node.cors().mayWrite("https://remembered.example"), "the window's remembered list");
            }
            try (Node node =
                    NodeStartup.start(parse("--cors", "https://given.example"), setup, NodeStartup.Mode.DESKTOP)) {
                assertEquals("https://given.example", node.cors().describe(), "the command line wins");
            }
            try (Node node = NodeStartup.start(options, setup, NodeStartup.Mode.HEADLESS)) {
                assertTrue(node.cors().isEmpty(), "blockdesk node has no remembered list");
            }
            setup.store().putSetting(NodeStartup.CORS, "explorer.example");
            try (Node node = NodeStartup.start(options, setup, NodeStartup.Mode.DESKTOP)) {
                assertEquals(CorsOrigins.NONE, node.cors(), "a damaged remembered list lets nobody in");
            }
        }
    }

    @Test
    void aWrongOriginStopsTheStartSayingWhich() throws Exception {
        NodeOptions options = parse("--cors", "https://ok.example", "ftp//wrong");
        try (NodeSetup setup = options.open(false, notice -> {})) {
            NodeStartup.StartException e = assertThrows(
                    NodeStartup.StartException.class,
                    () -> NodeStartup.start(options, setup, NodeStartup.Mode.HEADLESS));
            assertEquals(
                    "--cors: \"ftp//wrong\" is not a web origin: it must start with a scheme, like https:// (like https://explorer.example"
                            + " or http://localhost:3000; add =write to let it write too)",
                    e.getMessage());
        }
    }
}
