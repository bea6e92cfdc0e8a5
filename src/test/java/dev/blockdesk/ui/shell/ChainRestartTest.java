package dev.blockdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.app.ChainReset;
import dev.blockdesk.app.NewChain;
import dev.blockdesk.app.NodeOptions;
import dev.blockdesk.app.NodeSetup;
import dev.blockdesk.app.NodeStartup;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.DvfRules;
import dev.blockdesk.node.Node;
import dev.blockdesk.testing.Chains;
import dev.blockdesk.ui.LiveNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A reset refused after the node stopped, in the running application: nothing changed, and the window gets a node on the old chain again. */
class ChainRestartTest {

    @TempDir
    Path dir;

    private NodeSetup setup;
    private final AtomicReference<Node> running = new AtomicReference<>();

    @AfterEach
    void close() {
        if (running.get() != null) {
            running.get().close();
        }
        if (setup != null) {
            setup.close();
        }
    }

    @Test
    void aResetRefusedAfterTheNodeStoppedChangesNothingAndTheOldChainRunsAgain() throws Exception {
        NodeOptions options = CommandLine.populateCommand(
                new NodeOptions(), "--data-dir", dir.toString(), "--port", "0", "--threads", "1", "--difficulty", "1");
        setup = options.open(false, notice -> {});
        Chain genesisOnly = setup.chain();
        running.set(NodeStartup.start(options, setup, NodeStartup.Mode.DESKTOP));
        running.get().mine().get(20, TimeUnit.SECONDS);
        Chain longer = Chains.grow(genesisOnly, new DvfRules(1), 3);
        assertTrue(running.get().importChain(longer, "a test").isPresent(), "our mined block is now an orphan");
        assertEquals(1, setup.store().orphans().size());

        MainViewModel model =
                new MainViewModel(setup.nodeId(), Runnable::run, Runnable::run, Clock.systemUTC(), (k, v) -> {});
        model.attach(new LiveNode(running.get()));
        ChainRestart restart = new ChainRestart(
                setup,
                options,
                model,
                running::get,
                started -> {
                    running.set(started);
                    model.attach(new LiveNode(started));
                },
                Runnable::run);

        // A file of the name the orphaned blocks would be written to is in the way: the reset is refused after the node
        // stopped, as a failed write would be.
        Instant at = Instant.parse("2026-11-22T10:15:00Z");
        Path archive = ChainReset.archiveFile(dir, at, ZoneId.systemDefault());
        Files.writeString(ChainReset.orphansFile(archive), "someone else's file");

        IOException e =
                assertThrows(IOException.class, () -> restart.reset(new NewChain("chain-study", 2, "100", false), at));

        assertTrue(e.getMessage().endsWith("exists already; nothing was changed"), e.getMessage());
        assertFalse(Files.exists(archive), "no file of the old chain is left half made");
        assertEquals(longer.blocks(), running.get().chain().blocks(), "a node on the old chain runs again");
        assertEquals("dvf", running.get().rules().id());
        assertEquals(4, setup.store().blocks().size());
        assertEquals(1, setup.store().orphans().size());
        assertEquals("dvf", setup.store().setting("dialect").orElseThrow());
        assertEquals("1", setup.store().setting("difficulty").orElseThrow());
        assertTrue(model.readyProperty().get(), "the window has its node again");
        assertEquals("", model.noticeProperty().get());
    }
}
