package dev.blockdesk.ui;

import dev.blockdesk.node.InvalidPeerAddressException;
import dev.blockdesk.node.Node;
import dev.blockdesk.node.PeerAddress;
import dev.blockdesk.node.PeerOutcome;
import dev.blockdesk.node.PeerStatus;
import dev.blockdesk.node.ResolveReport;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The Peers tab: add and remove peers, their status, Sync now, auto-sync, and the log of sync decisions. */
public final class PeersViewModel {

    static final int DEFAULT_INTERVAL_SECONDS = 10;

    private Node node;
    private final ReadOnlyBooleanProperty ready;
    private final Executor background;
    private final Executor fx;
    private final Clock clock;
    private final BiConsumer<String, String> saveSetting;
    private final StringProperty address = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper addressError = new ReadOnlyStringWrapper("");
    private final ObservableList<PeerRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> log = FXCollections.observableArrayList();
    private final BooleanProperty syncing = new SimpleBooleanProperty();
    private final BooleanProperty autoSync = new SimpleBooleanProperty();
    private final IntegerProperty interval = new SimpleIntegerProperty(DEFAULT_INTERVAL_SECONDS);
    private final BooleanBinding addDisabled;
    private List<PeerStatus> shown;

    /**
     * @param ready true once the node runs; adding, removing and syncing wait for it
     */
    public PeersViewModel(ReadOnlyBooleanProperty ready, Executor background, Executor fx, Clock clock,
                          BiConsumer<String, String> saveSetting) {
        this.ready = ready;
        this.background = background;
        this.fx = fx;
        this.clock = clock;
        this.saveSetting = saveSetting;
        address.addListener((o, a, text) -> addressError.set(problem(text)));
        addDisabled = Bindings.createBooleanBinding(() -> !ready.get() || address.get().isBlank() || !addressError.get().isEmpty(),
                ready, address, addressError);
        autoSync.addListener((o, a, on) -> applyAutoSync());
        interval.addListener((o, a, b) -> applyAutoSync());
    }

    private static String problem(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        try {
            PeerAddress.parse(text);
            return "";
        } catch (InvalidPeerAddressException e) {
            return Character.toUpperCase(e.getMessage().charAt(0)) + e.getMessage().substring(1);
        }
    }

    /** The node whose peers these are; auto-sync starts as set. Called before {@code ready} turns true. */
    void attach(Node running) {
        this.node = running;
        applyAutoSync();
    }

    private void applyAutoSync() {
        int seconds = Math.max(1, interval.get());
        if (node != null) {
            node.setAutoSync(autoSync.get() ? Duration.ofSeconds(seconds) : null);
        }
        saveSetting.accept("auto_sync", Boolean.toString(autoSync.get()));
        saveSetting.accept("auto_sync_interval", Integer.toString(seconds));
    }

    public void add() {
        String text = address.get().strip();
        if (addDisabled.get()) {
            return;
        }
        background.execute(() -> {
            String error = "";
            try {
                node.registerPeers(List.of(text));
            } catch (InvalidPeerAddressException e) {
                error = e.getMessage();
            }
            String shownError = error;
            fx.execute(() -> {
                if (shownError.isEmpty()) {
                    address.set("");
                    log.add(0, time() + "  added " + text);
                    syncNow();
                } else {
                    addressError.set(shownError);
                }
            });
        });
    }

    public void remove(PeerRow row) {
        if (row == null || !ready.get()) {
            return;
        }
        background.execute(() -> {
            try {
                node.removePeer(row.getAddress());
                fx.execute(() -> log.add(0, time() + "  removed " + row.getAddress()));
            } catch (InvalidPeerAddressException e) {
                fx.execute(() -> log.add(0, time() + "  could not remove " + row.getAddress() + ": " + e.getMessage()));
            }
        });
    }

    /** One round of consensus now, off the FX thread; its decisions go to the log. */
    public void syncNow() {
        if (syncing.get() || !ready.get()) {
            return;
        }
        syncing.set(true);
        node.resolveAsync().whenComplete((report, error) -> fx.execute(() -> {
            syncing.set(false);
            if (error != null) {
                log.add(0, time() + "  sync failed: " + error.getMessage());
            }
        }));
    }

    /** Adds a finished round of consensus to the log, newest first. */
    void logResolve(ResolveReport report) {
        if (report.outcomes().isEmpty()) {
            return;
        }
        String when = time();
        for (PeerOutcome outcome : report.outcomes()) {
            log.add(0, when + "  " + outcome.describe());
        }
    }

    void update(List<PeerStatus> peers) {
        if (!peers.equals(shown)) {
            shown = peers;
            rows.setAll(peers.stream().map(PeerRow::new).toList());
        }
    }

    private String time() {
        return Formats.localTime(clock.instant()).substring(11);
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
}
