package dev.blockdesk.ui.shell;

import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.MiningJob;
import dev.blockdesk.chain.Transaction;
import dev.blockdesk.node.PeerStatus;
import dev.blockdesk.ui.Formats;
import dev.blockdesk.ui.i18n.Messages;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The status bar's facts: in sync or not (and in which colour), the chain's length, how many
 * transactions wait, how many peers answered. FX thread; fed by {@link MainViewModel}'s tick.
 */
public final class StatusBarViewModel {

    private final ReadOnlyStringWrapper chainLength = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper pendingCount = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper peersOnline = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper syncState = new ReadOnlyStringWrapper(Messages.tr("statusbar.opening"));
    private final ReadOnlyObjectWrapper<SyncSummary.Tone> syncTone =
            new ReadOnlyObjectWrapper<>(SyncSummary.Tone.OTHER);
    private final BooleanBinding inSync = syncTone.isEqualTo(SyncSummary.Tone.IN_SYNC);
    private final ReadOnlyStringWrapper hashRate = new ReadOnlyStringWrapper("");

    /** While the stored chain is checked: how many blocks were read. */
    void checking(int stored) {
        chainLength.set(Messages.tr("statusbar.checking", Formats.blocks(stored)));
    }

    /** The node's state as of this tick; {@code syncing} while a round of consensus runs. */
    void update(Chain chain, List<Transaction> pending, String ourDialect, List<PeerStatus> peers, boolean syncing) {
        chainLength.set(Formats.blocks(chain.length()));
        pendingCount.set(Messages.tr("statusbar.pending", String.valueOf(pending.size())));
        SyncSummary summary = SyncSummary.of(chain, ourDialect, peers, syncing);
        peersOnline.set(
                Messages.tr("statusbar.peersOnline", String.valueOf(summary.online()), String.valueOf(peers.size())));
        syncState.set(summary.text());
        syncTone.set(summary.tone());
    }

    /** The miner's hash rate: that of {@code job}, or 0 H/s when none runs (null). */
    void mining(MiningJob job) {
        hashRate.set(job == null ? "0 H/s" : Formats.hashRate(job.hashRate()));
    }

    public ReadOnlyStringProperty hashRateProperty() {
        return hashRate.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty chainLengthProperty() {
        return chainLength.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pendingCountProperty() {
        return pendingCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty peersOnlineProperty() {
        return peersOnline.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty syncStateProperty() {
        return syncState.getReadOnlyProperty();
    }

    /** True only in sync with every peer of our dialect that answered. */
    public BooleanBinding inSyncProperty() {
        return inSync;
    }

    /** In sync, forked, or otherwise not in sync: the colour of the summary. */
    ReadOnlyObjectProperty<SyncSummary.Tone> syncToneProperty() {
        return syncTone.getReadOnlyProperty();
    }
}
