package dev.blockdesk.app;

import dev.blockdesk.node.Node;
import dev.blockdesk.store.StoreException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code blockdesk node}: the node without a window. */
@Command(
        name = "node",
        mixinStandardHelpOptions = true,
        description = {
            "Runs a node without a window: the tutorial HTTP API, peers and consensus, optional mining.",
            "Ctrl-C shuts it down cleanly."
        })
final class NodeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    NodeOptions options;

    @Option(names = "--mine", description = "Mine continuously.")
    boolean mine;

    @Option(
            names = "--mine-when-pending",
            description = "Mine a block whenever transactions are waiting, and only then (auto-mine's other mode).")
    boolean mineWhenPending;

    @Option(
            names = "--max-hash-rate",
            paramLabel = "TRIES",
            description =
                    "Slow motion: mine at most TRIES tries a second, all threads together (e.g. 2000, so the tries can be watched).")
    Double maxHashRate;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (maxHashRate != null && !(maxHashRate > 0 && maxHashRate < Double.POSITIVE_INFINITY)) {
            return fail(err, "--max-hash-rate must be a positive number of tries a second, like 2000");
        }
        NodeSetup setup;
        try {
            setup = options.open(false, notice -> err.println("node: " + notice));
        } catch (IllegalArgumentException e) {
            return fail(err, e.getMessage());
        } catch (NodeSetup.InvalidStoredChainException e) {
            return fail(
                    err,
                    e.getMessage() + "; start with --recover to continue from the " + e.validBlocks()
                            + " valid blocks before it");
        } catch (StoreException e) {
            return fail(err, e.getMessage());
        }
        LogFile log = LogFile.install(setup.path());
        options.logDataDirectoryChoice();
        Node node;
        try {
            node = NodeStartup.start(options, setup, NodeStartup.Mode.HEADLESS);
        } catch (NodeStartup.StartException | StoreException e) {
            setup.close();
            log.close();
            return fail(err, e.getMessage());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            node.close();
                            setup.close();
                            log.close();
                            stopped.countDown();
                        },
                        "blockdesk-shutdown"));
        out.println("Blockdesk node " + node.nodeId() + " listening on " + node.url());
        out.println("data " + setup.path() + ", " + node.chain().length() + " blocks, "
                + node.pending().size()
                + " pending, difficulty " + setup.difficulty() + ", reward "
                + node.config().reward() + (mine && !mineWhenPending ? ", mining" : "")
                + (mineWhenPending ? ", mining when transactions wait" : "")
                + (maxHashRate != null
                        ? String.format(java.util.Locale.ROOT, ", at most %,.0f tries/s", maxHashRate)
                        : "")
                + (options.autoSyncSeconds() != null ? ", auto-sync every " + options.autoSyncSeconds() + " s" : "")
                + ", peers: " + node.peers().size());
        out.flush();
        if (maxHashRate != null) {
            node.setMiningRateLimit(maxHashRate);
        }
        if (mineWhenPending) {
            node.setAutoMineWhenPending(true);
        }
        if (mine || mineWhenPending) {
            node.setAutoMine(true);
        }
        stopped.await();
        return 0;
    }

    private static int fail(PrintWriter err, String message) {
        err.println("node: " + message);
        err.flush();
        return BlockdeskCommand.EXIT_BAD_INPUT;
    }
}
