package dev.blockdesk.ui.shell;

import dev.blockdesk.app.NodeOptions;
import dev.blockdesk.app.NodeSetup;
import dev.blockdesk.app.NodeStartup;
import dev.blockdesk.node.Node;
import dev.blockdesk.store.StoredBlock;
import dev.blockdesk.store.StoredChain;
import dev.blockdesk.ui.Background;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Reads the stored chain, checks it and starts the node, on a thread of its own, while the window
 * shows how far it has got. The rows are read while the window is built, but checking them waits
 * until it is shown (on two cores the check would otherwise slow the window down), for at most a
 * few seconds.
 */
final class ChainOpener {

    private static final System.Logger LOG = System.getLogger(ChainOpener.class.getName());
    private static final long WINDOW_WAIT_SECONDS = 10;

    /** Where the opener's outcomes go; each is called on the opener's thread. */
    interface Outcome {
        void running(Node node);

        void invalid(NodeSetup.InvalidStoredChainException e);

        void failed(String message);
    }

    private final NodeSetup setup;
    private final NodeOptions options;
    private final MainViewModel model;
    private final CountDownLatch windowShown;
    private final Outcome outcome;

    ChainOpener(
            NodeSetup setup, NodeOptions options, MainViewModel model, CountDownLatch windowShown, Outcome outcome) {
        this.setup = setup;
        this.options = options;
        this.model = model;
        this.windowShown = windowShown;
        this.outcome = outcome;
    }

    /** Opens the chain on a new thread; {@code recover} starts from the valid blocks of a damaged one. */
    void open(boolean recover, Consumer<String> notice) {
        Thread opener = new Thread(() -> run(recover, notice), "blockdesk-open");
        opener.setDaemon(true);
        opener.start();
    }

    private void run(boolean recover, Consumer<String> notice) {
        try {
            setup.loadChain(recover, notice, new StoredChain.Progress() {
                @Override
                public void read(List<StoredBlock> newestFirst, int total) {
                    model.stored(newestFirst, total);
                    LOG.log(
                            System.Logger.Level.INFO,
                            "the newest {0} of {1} stored blocks shown while they are checked, {2} ms after the JVM started",
                            newestFirst.size(),
                            total,
                            Uptime.millis());
                    try {
                        windowShown.await(WINDOW_WAIT_SECONDS, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }

                @Override
                public void checked(int checked, int total) {
                    model.opening(checked, total);
                }
            });
            outcome.running(NodeStartup.start(options, setup, NodeStartup.Mode.DESKTOP));
        } catch (NodeSetup.InvalidStoredChainException e) {
            outcome.invalid(e);
        } catch (NodeStartup.StartException | RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "the node did not start", e);
            outcome.failed(Background.reason(e));
        }
    }
}
