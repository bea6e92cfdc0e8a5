package dev.blockdesk.ui.shell;

import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.MiningJob;
import dev.blockdesk.chain.Transaction;
import dev.blockdesk.node.PeerRegistration;
import dev.blockdesk.node.PeerStatus;
import dev.blockdesk.node.Reorg;
import dev.blockdesk.node.ResolveReport;
import dev.blockdesk.store.StoredBlock;
import dev.blockdesk.ui.Background;
import dev.blockdesk.ui.DesktopNode;
import dev.blockdesk.ui.Formats;
import dev.blockdesk.ui.accounts.AccountsViewModel;
import dev.blockdesk.ui.blocks.BlocksViewModel;
import dev.blockdesk.ui.i18n.Messages;
import dev.blockdesk.ui.peers.PeersViewModel;
import dev.blockdesk.ui.pending.PendingViewModel;
import dev.blockdesk.ui.reorg.ReorgViewModel;
import dev.blockdesk.ui.welcome.WelcomeViewModel;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The window's state: the toolbar, and the view models of the tabs, the status bar, the dialect
 * badge, the reorg banner, the welcome panel and the mining pace. It does one thing: carry the
 * node's state and events (queued in {@link NodeInbox}) into those view models once a tick. Its
 * length is that routing, one loop per kind of event, and a getter per view model; what each part
 * shows and decides lives in its own view model ({@link StatusBarViewModel}, {@link DialectViewModel},
 * {@link ReorgViewModel}, the tabs'), not here.
 *
 * <p>The window opens before the stored chain has been checked: until {@link #attach} brings the
 * running node, it shows how far the check has got and every action that needs the node is off.
 * The node's events only queue work here; {@link #tick()}, called on the FX thread a few times a
 * second, applies it, so a busy miner can never flood the FX queue.
 */
public final class MainViewModel {

    /** A progress of -1: the length of the work is not known yet (as the progress bar reads it). */
    static final double INDETERMINATE = -1;

    private volatile DesktopNode node;
    private final BlocksViewModel blocks;
    private final PendingViewModel pending;
    private final PeersViewModel peers;
    private final ChainFilesViewModel chainFiles;
    private final AccountsViewModel accounts;
    private final NodeInbox inbox = new NodeInbox();
    private final ReorgViewModel reorgBanner = new ReorgViewModel();
    private final StatusBarViewModel statusBar = new StatusBarViewModel();
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper nodeUrl = new ReadOnlyStringWrapper(Messages.tr("main.nodeUrl.starting"));
    private final ReadOnlyStringWrapper nodeId = new ReadOnlyStringWrapper("");
    private final DialectViewModel dialect;
    private final WelcomeViewModel welcome;
    private final MiningPaceViewModel pace;
    private final ReadOnlyStringWrapper miningStatus = new ReadOnlyStringWrapper(Messages.tr("main.opening"));
    private final ReadOnlyBooleanWrapper mining = new ReadOnlyBooleanWrapper();
    private final BooleanProperty autoMine = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final Executor fx;
    private final Background background;
    private volatile Opening opening = new Opening(Messages.tr("main.opening"), INDETERMINATE);

    /** How far the check of the stored chain has got, as the window shows it. */
    private record Opening(String text, double fraction) {}

    /**
     * @param nodeId the data directory's node id, known before its chain is loaded
     */
    public MainViewModel(
            String nodeId, Executor worker, Executor fx, Clock clock, BiConsumer<String, String> saveSetting) {
        this.fx = fx;
        this.background = new Background(worker, fx, notice::set);
        this.blocks = new BlocksViewModel(saveSetting, background);
        this.pending = new PendingViewModel(nodeId, ready.getReadOnlyProperty(), background, clock);
        this.peers = new PeersViewModel(ready.getReadOnlyProperty(), background, clock, saveSetting);
        this.chainFiles = new ChainFilesViewModel(() -> node, background);
        this.accounts = new AccountsViewModel(background);
        pending.useBalances(accounts.balances());
        pending.refuseOverspendingProperty()
                .addListener((o, was, on) ->
                        saveSetting.accept(dev.blockdesk.app.NodeStartup.REFUSE_OVERSPENDING, Boolean.toString(on)));
        this.nodeId.set(nodeId);
        this.dialect = new DialectViewModel(nodeId);
        this.welcome = new WelcomeViewModel(
                dismissed -> saveSetting.accept(WelcomeViewModel.DISMISSED, Boolean.toString(dismissed)));
        this.pace = new MiningPaceViewModel(background, saveSetting);
        autoMine.addListener((o, was, on) -> {
            DesktopNode running = node;
            if (running != null) {
                // the miner's lock is never waited for on the FX thread
                background.run(
                        on ? Messages.tr("main.action.startAutoMine") : Messages.tr("main.action.stopAutoMine"),
                        () -> running.setAutoMine(on));
            }
            saveSetting.accept("auto_mine", Boolean.toString(on));
        });
    }

    /** Work off the FX thread, with failures shown in {@link #noticeProperty()}. */
    public Background background() {
        return background;
    }

    /** Shows a message to the user until dismissed. FX thread. */
    public void notify(String message) {
        notice.set(message);
    }

    public void dismissNotice() {
        notice.set("");
    }

    /** A message the user should see: a failure, until dismissed; empty when there is none. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The newest stored blocks as read (newest first, of {@code total}), shown at once while the chain is checked. Any thread. */
    public void stored(List<StoredBlock> newestFirst, int total) {
        fx.execute(() -> {
            if (node == null) {
                blocks.preview(newestFirst);
                statusBar.checking(total);
            }
        });
    }

    /** How far the check of the stored chain has got. Any thread. */
    public void opening(int checked, int total) {
        opening = new Opening(
                Messages.tr("main.checking", Formats.count(checked), Formats.count(total)), (double) checked / total);
    }

    /** The node is running: the window comes alive. FX thread, once. */
    public void attach(DesktopNode running) {
        if (node != null) {
            throw new IllegalStateException("a node is attached already");
        }
        node = running;
        dialect.speaks(running.rules());
        nodeUrl.set(running.url());
        blocks.attach(running.rules());
        pending.attach(running);
        peers.attach(running);
        pace.attach(running); // before auto-mine starts: its mode and slow motion first
        boolean mineNow = autoMine.get();
        background.run(Messages.tr("main.action.startAutoMine"), () -> running.setAutoMine(mineNow));
        running.addListener(inbox, event -> {
            if (node == running) { // not the events of a node File → New chain… replaced
                event.run();
            }
        });
        ready.set(true);
        if (peers.autoSyncProperty().get()) {
            peers.syncNow(); // at once, not one interval after start: in sync or not is known within seconds
        }
        tick();
        Chain chain = running.chain();
        if (chain.length() == 1 && blocks.selectedProperty().get() == null) {
            blocks.selectedProperty().set(chain.genesis()); // an empty window explains the one block it has
        }
    }

    /**
     * The node is being replaced (File → New chain… resets the data directory): every action that
     * needs a node is off, auto-mine too, and {@code why} is shown until {@link #attach} brings the new
     * one; what the old node reported and was not shown yet is dropped. FX thread.
     */
    public void detach(String why) {
        node = null;
        ready.set(false);
        inbox.clear();
        autoMine.set(false);
        opening = new Opening(why, INDETERMINATE);
        blocks.selectedProperty().set(null);
        reorgBanner.dismiss();
        tick();
    }

    /** Mine one block, or cancel the mining under way. */
    public void mineOrCancel() {
        if (node == null) {
            return;
        }
        DesktopNode running = node;
        if (running.miningJob().isPresent()) {
            autoMine.set(false);
            background.run(Messages.tr("main.action.cancelMining"), running::cancelMining);
        } else {
            background.run(Messages.tr("main.action.mine"), running::mine);
        }
        tick();
    }

    /** Applies what changed in the node since the last tick. FX thread. */
    public void tick() {
        if (node == null) {
            Opening now = opening;
            miningStatus.set(now.text());
            blocks.opening(now.text(), now.fraction());
            return;
        }
        if (dialect.follow(node.rules())) { // a genesis-only chain took its first peer's dialect
            blocks.attach(node.rules());
        }
        Chain chain = node.chain();
        List<Transaction> waiting = node.pending();
        List<Reorg> reorganised = new ArrayList<>();
        for (Reorg reorg; (reorg = inbox.reorgs.poll()) != null; ) {
            reorganised.add(reorg);
            blocks.orphaned(reorg);
            pending.returned(reorg);
        }
        blocks.orphans(node.orphans());
        blocks.update(chain);
        welcome.update(chain);
        accounts.update(chain);
        pending.update(waiting, chain);
        List<PeerStatus> peerList = node.peers();
        peers.update(peerList, chain);
        for (ResolveReport report; (report = inbox.resolves.poll()) != null; ) {
            peers.logResolve(report);
        }
        for (PeerRegistration registration; (registration = inbox.registrations.poll()) != null; ) {
            peers.logRegistration(registration);
        }
        for (Reorg reorg : reorganised) {
            reorgBanner.show(reorg);
            peers.logReorg(reorg);
        }
        for (String failure; (failure = inbox.failures.poll()) != null; ) {
            notice.set(failure);
            autoMine.set(false);
        }
        statusBar.update(
                chain,
                waiting,
                node.rules().id(),
                peerList,
                peers.syncingProperty().get());
        updateMining();
    }

    private void updateMining() {
        MiningJob job = node.miningJob().orElse(null);
        mining.set(job != null);
        statusBar.mining(job);
        miningStatus.set(MiningStatusText.of(
                job,
                inbox.lastMined,
                node.chain(),
                node.rules().proof().expectedTries(),
                pace.waitingForTransactions(
                        autoMine.get(), job != null, node.pending().size())));
    }

    /** The running node, or null while the stored chain is still being checked. */
    public DesktopNode node() {
        return node;
    }

    /** True once the node runs: mining, sending and syncing are possible. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public BlocksViewModel blocks() {
        return blocks;
    }

    public PendingViewModel pending() {
        return pending;
    }

    /** The Accounts tab: every address of the chain, counted off the FX thread. */
    public AccountsViewModel accounts() {
        return accounts;
    }

    public PeersViewModel peers() {
        return peers;
    }

    public ChainFilesViewModel chainFiles() {
        return chainFiles;
    }

    public ReadOnlyStringProperty nodeUrlProperty() {
        return nodeUrl.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nodeIdProperty() {
        return nodeId.getReadOnlyProperty();
    }

    /** The dialect the node speaks, for the status bar and About. */
    public WelcomeViewModel welcome() {
        return welcome;
    }

    public DialectViewModel dialect() {
        return dialect;
    }

    /** The status bar: in sync or not, chain length, pending count, peers online. */
    public StatusBarViewModel statusBar() {
        return statusBar;
    }

    /** The banner that tells of a reorganisation until dismissed. */
    public ReorgViewModel reorgBanner() {
        return reorgBanner;
    }

    public ReadOnlyStringProperty miningStatusProperty() {
        return miningStatus.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty miningProperty() {
        return mining.getReadOnlyProperty();
    }

    public BooleanProperty autoMineProperty() {
        return autoMine;
    }

    /** Slow motion and auto-mine's mode. */
    public MiningPaceViewModel pace() {
        return pace;
    }
}
