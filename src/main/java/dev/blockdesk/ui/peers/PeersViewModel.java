package dev.blockdesk.ui.peers;

import dev.blockdesk.app.NodeStartup;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.node.InvalidPeerAddressException;
import dev.blockdesk.node.PeerAddress;
import dev.blockdesk.node.PeerOutcome;
import dev.blockdesk.node.PeerRegistration;
import dev.blockdesk.node.PeerStatus;
import dev.blockdesk.node.Reorg;
import dev.blockdesk.node.ResolveReport;
import dev.blockdesk.node.TooManyPeersException;
import dev.blockdesk.ui.Background;
import dev.blockdesk.ui.DesktopNode;
import dev.blockdesk.ui.Formats;
import dev.blockdesk.ui.i18n.Messages;
import dev.blockdesk.ui.reorg.ReorgStory;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Peers tab: add and remove peers, their status and origin, Sync now, auto-sync, whether new
 * peers are asked to add us, and the log of sync decisions and of those peers' answers.
 *
 * <p>It does one thing, the one tab's state; its length is the tab's actions (add, remove, sync, the
 * toggles) and the log's lines, each a few lines handing the work to the node.
 */
public final class PeersViewModel {

    static final int DEFAULT_INTERVAL_SECONDS = 10;
    /** How many lines the sync log keeps: the oldest go first. */
    static final int LOG_LINES = 1000;

    private DesktopNode node;
    private final ReadOnlyBooleanProperty ready;
    private final Background background;
    private final Clock clock;
    private final BiConsumer<String, String> saveSetting;
    private final StringProperty address = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper addressError = new ReadOnlyStringWrapper("");
    private final ObservableList<PeerRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> log = FXCollections.observableArrayList();
    private final BooleanProperty syncing = new SimpleBooleanProperty();
    private final BooleanProperty autoSync = new SimpleBooleanProperty();
    private final IntegerProperty interval = new SimpleIntegerProperty(DEFAULT_INTERVAL_SECONDS);
    private final BooleanProperty mutualPeering = new SimpleBooleanProperty(true);
    private final BooleanBinding addDisabled;
    private final ObjectProperty<PeerRow> selectedRow = new SimpleObjectProperty<>();
    private final Map<PeerAddress, String> lastOutcome = new HashMap<>();
    private List<PeerStatus> shown;
    private Chain shownAgainst;
    private final WebAccessViewModel webAccess;

    /**
     * @param ready true once the node runs; adding, removing and syncing wait for it
     */
    public PeersViewModel(
            ReadOnlyBooleanProperty ready, Background background, Clock clock, BiConsumer<String, String> saveSetting) {
        this.ready = ready;
        this.background = background;
        this.clock = clock;
        this.saveSetting = saveSetting;
        address.addListener((o, a, text) -> addressError.set(problem(text)));
        addDisabled = Bindings.createBooleanBinding(
                () -> !ready.get()
                        || address.get().isBlank()
                        || !addressError.get().isEmpty(),
                ready,
                address,
                addressError);
        autoSync.addListener((o, a, on) -> applyAutoSync());
        interval.addListener((o, a, b) -> applyAutoSync());
        mutualPeering.addListener((o, a, on) -> applyMutualPeering());
        webAccess = new WebAccessViewModel(ready, background, saveSetting);
    }

    /** "Web pages that may use this node" ({@code --cors}). */
    public WebAccessViewModel webAccess() {
        return webAccess;
    }

    private static String problem(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        try {
            PeerAddress.parse(text);
            return "";
        } catch (InvalidPeerAddressException e) {
            String reason = Background.reason(e);
            return Character.toUpperCase(reason.charAt(0)) + reason.substring(1);
        }
    }

    /** The node whose peers these are; auto-sync starts as set. Called before {@code ready} turns true. */
    public void attach(DesktopNode running) {
        this.node = running;
        applyAutoSync();
        applyMutualPeering();
        webAccess.attach(running);
    }

    private void applyMutualPeering() {
        boolean on = mutualPeering.get();
        if (node != null) {
            DesktopNode running = node;
            background.run(
                    on ? Messages.tr("peers.action.askToAddUs") : Messages.tr("peers.action.stopAskingToAddUs"),
                    () -> running.setMutualPeering(on));
        }
        saveSetting.accept(NodeStartup.MUTUAL_PEERING, Boolean.toString(on));
    }

    private void applyAutoSync() {
        int seconds = Math.max(1, interval.get());
        if (node != null) {
            DesktopNode running = node;
            Duration every = autoSync.get() ? Duration.ofSeconds(seconds) : null;
            background.run(Messages.tr("peers.action.changeAutoSync"), () -> running.setAutoSync(every));
        }
        saveSetting.accept("auto_sync", Boolean.toString(autoSync.get()));
        saveSetting.accept("auto_sync_interval", Integer.toString(seconds));
    }

    public void add() {
        String text = address.get().strip();
        if (addDisabled.get()) {
            return;
        }
        // not shown: its failure has a handler, so this names it in the log only
        String action = "add the peer " + text;
        background.call(
                action,
                () -> {
                    node.addPeer(text);
                    return text;
                },
                added -> {
                    address.set("");
                    log.add(0, Messages.tr("peers.log.added", time(), added));
                    syncNow();
                },
                error -> addressError.set(
                        error instanceof InvalidPeerAddressException || error instanceof TooManyPeersException
                                ? Background.reason(error)
                                : Messages.tr("peers.notSaved", Background.reason(error))));
    }

    public void remove(PeerRow row) {
        if (row == null || !ready.get()) {
            return;
        }
        String peer = row.getAddress();
        // not shown: its failure has a handler, so this names it in the log only
        String action = "remove the peer " + peer;
        background.call(
                action,
                () -> {
                    node.removePeer(peer);
                    return peer;
                },
                removed -> log.add(0, Messages.tr("peers.log.removed", time(), removed)),
                error -> log.add(0, Messages.tr("peers.log.notRemoved", time(), peer, Background.reason(error))));
    }

    /** One round of consensus now, off the FX thread; its decisions go to the log. */
    public void syncNow() {
        if (syncing.get() || !ready.get()) {
            return;
        }
        syncing.set(true);
        background.when("sync", node.sync(), report -> syncing.set(false), error -> {
            syncing.set(false);
            log.add(0, Messages.tr("peers.log.syncFailed", time(), Background.reason(error)));
        });
    }

    /**
     * Adds what changed in a finished round of consensus to the log, newest first: a peer whose
     * outcome is the same as last round's adds no line, so the log records changes, not repetitions.
     */
    public void logResolve(ResolveReport report) {
        String when = time();
        for (PeerOutcome outcome : report.outcomes()) {
            String previous = lastOutcome.put(outcome.peer(), outcome.reason());
            if (!outcome.reason().equals(previous)) {
                log.add(0, when + "  " + Messages.tr(outcome.describeText()));
            }
        }
        lastOutcome
                .keySet()
                .retainAll(report.outcomes().stream().map(PeerOutcome::peer).toList());
        trimLog();
    }

    /** Adds the story of a reorganisation to the log: who won, the fork point, what we lost and got back. */
    public void logReorg(Reorg reorg) {
        log.add(0, time() + "  " + ReorgStory.line(reorg));
        trimLog();
    }

    private void trimLog() {
        if (log.size() > LOG_LINES) {
            log.remove(LOG_LINES, log.size());
        }
    }

    /** Adds a peer's answer to our request to add us to the log, newest first. */
    public void logRegistration(PeerRegistration registration) {
        log.add(
                0,
                registration.agreed()
                        ? Messages.tr(
                                "peers.log.addedUsBack",
                                time(),
                                registration.peer().toString(),
                                registration.route())
                        : Messages.tr(
                                "peers.log.didNotAddUs",
                                time(),
                                registration.peer().toString(),
                                Messages.tr(registration.reasonText())));
    }

    /** Shows the peers as of now against our chain as of now: a block mined here changes each one's relation. */
    public void update(List<PeerStatus> peers, Chain chain) {
        if (!peers.equals(shown) || !chain.equals(shownAgainst)) {
            shown = peers;
            shownAgainst = chain;
            String ours = node.rules().id();
            int selected = rows.indexOf(selectedRow.get());
            rows.setAll(
                    peers.stream().map(peer -> new PeerRow(peer, ours, chain)).toList());
            selectedRow.set(selected >= 0 && selected < rows.size() ? rows.get(selected) : null);
        }
    }

    private String time() {
        return Formats.timeOfDay(clock.instant());
    }

    public StringProperty addressProperty() {
        return address;
    }

    public ReadOnlyStringProperty addressErrorProperty() {
        return addressError.getReadOnlyProperty();
    }

    public BooleanBinding addDisabledProperty() {
        return addDisabled;
    }

    public ObservableList<PeerRow> rows() {
        return rows;
    }

    /** The peer selected in the table; kept across updates of the rows. */
    public ObjectProperty<PeerRow> selectedRowProperty() {
        return selectedRow;
    }

    public ObservableList<String> log() {
        return log;
    }

    /** True once the node runs. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready;
    }

    public BooleanProperty syncingProperty() {
        return syncing;
    }

    public BooleanProperty autoSyncProperty() {
        return autoSync;
    }

    public IntegerProperty intervalProperty() {
        return interval;
    }

    /** Whether peers added from now on are asked to add us too; remembered as {@link NodeStartup#MUTUAL_PEERING}. */
    public BooleanProperty mutualPeeringProperty() {
        return mutualPeering;
    }
}
