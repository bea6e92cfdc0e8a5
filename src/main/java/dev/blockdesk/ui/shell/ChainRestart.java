package dev.blockdesk.ui.shell;

import dev.blockdesk.app.ChainReset;
import dev.blockdesk.app.NewChain;
import dev.blockdesk.app.NewDataDirectory;
import dev.blockdesk.app.NodeOptions;
import dev.blockdesk.app.NodeSetup;
import dev.blockdesk.app.NodeStartup;
import dev.blockdesk.chain.CanonicalJson;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.ChainRules;
import dev.blockdesk.chain.HashRate;
import dev.blockdesk.node.Node;
import dev.blockdesk.store.StoredChain;
import dev.blockdesk.ui.Background;
import dev.blockdesk.ui.i18n.Messages;
import dev.blockdesk.ui.newchain.ChainStarter;
import dev.blockdesk.ui.newchain.NewWindow;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * File → New chain… in the running application: the window's node and data directory as the dialog
 * sees them, and the two ways to start. A reset happens without closing the window: the window lets
 * go of the node ({@link MainViewModel#detach}), the node stops, the data directory starts over
 * ({@link ChainReset}), and a node on the new chain starts and is attached as at start-up. When the
 * reset fails, nothing changed, and a node on the old chain is started again instead.
 */
final class ChainRestart implements ChainStarter {

    /** Long enough for a steady figure on a warm JVM, short enough not to keep the dialog waiting. */
    private static final Duration MEASURE_FOR = Duration.ofMillis(600);

    private static final System.Logger LOG = System.getLogger(ChainRestart.class.getName());

    private final NodeSetup setup;
    private final NodeOptions options;
    private final MainViewModel model;
    private final Supplier<Node> node;
    private final Consumer<Node> attach;
    private final Executor fx;

    /**
     * @param node   the running node
     * @param attach takes a node that was started on the FX thread, as the application takes its first
     * @param fx     the FX thread
     */
    ChainRestart(
            NodeSetup setup,
            NodeOptions options,
            MainViewModel model,
            Supplier<Node> node,
            Consumer<Node> attach,
            Executor fx) {
        this.setup = setup;
        this.options = options;
        this.model = model;
        this.node = node;
        this.attach = attach;
        this.fx = fx;
    }

    @Override
    public Current current() {
        Node running = node.get();
        return new Current(
                setup.path(),
                running.rules().id(),
                running.config().difficulty(),
                CanonicalJson.write(running.config().reward()),
                running.chain().length(),
                running.pending().size(),
                running.peers().size(),
                running.orphans().size(),
                running.config().minerThreads());
    }

    @Override
    public double hashRate(String dialect) throws InterruptedException {
        return HashRate.measure(dialect, node.get().config().minerThreads(), MEASURE_FOR)
                .perSecond();
    }

    @Override
    public Path reset(NewChain choice, Instant at) throws Exception {
        Node old = node.get();
        fx.execute(() -> model.detach(Messages.tr("restart.starting", choice.dialect())));
        old.close();
        Chain chain = old.chain();
        ChainRules rules = old.rules();
        Path archive = ChainReset.archiveFile(setup.path(), at, ZoneId.systemDefault());
        try {
            ChainReset.startOver(setup, chain, rules, choice, archive);
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "the reset failed; the old chain starts again", e);
            try {
                setup.loadChain(false, notice -> {}, StoredChain.Progress.NONE);
                start();
            } catch (Exception again) {
                e.addSuppressed(again);
                unstarted(Messages.tr("restart.oldNotRestarted", Background.reason(again)));
            }
            throw e;
        }
        LOG.log(
                System.Logger.Level.INFO,
                "the chain of {0} {1} blocks was written to {2}; a new {3} chain starts at difficulty {4}",
                chain.length(),
                rules.id(),
                archive,
                choice.dialect(),
                choice.difficulty());
        options.useStoredChainSettings();
        try {
            start();
        } catch (NodeStartup.StartException e) {
            unstarted(Messages.tr("restart.newNotStarted", choice.dialect(), archive.toString(), Background.reason(e)));
            throw e;
        }
        return archive;
    }

    /** The window stays without a node: {@code why} says so, and what to do. */
    private void unstarted(String why) {
        fx.execute(() -> model.notify(why));
    }

    /** Starts a node on the setup's chain and hands it to the window. */
    private void start() throws NodeStartup.StartException {
        Node started = NodeStartup.start(options, setup, NodeStartup.Mode.DESKTOP);
        fx.execute(() -> attach.accept(started));
    }

    @Override
    public String openNew(Path dir, NewChain choice) throws Exception {
        NewDataDirectory.create(dir, choice);
        long pid = NewWindow.open(dir);
        LOG.log(
                System.Logger.Level.INFO,
                "a new window (process {0}) opens on {1}, a new {2} chain",
                pid,
                dir,
                choice.dialect());
        return Messages.tr("restart.opening", dir.toString(), String.valueOf(pid), choice.dialect());
    }
}
