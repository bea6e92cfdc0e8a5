package dev.blockdesk.ui.peers;

import dev.blockdesk.chain.Chain;
import dev.blockdesk.node.PeerRelation;
import dev.blockdesk.node.PeerStatus;
import dev.blockdesk.ui.Formats;
import dev.blockdesk.ui.i18n.Messages;

/** One peer as the Peers table shows it. */
public final class PeerRow {

    private final PeerStatus status;
    private final String ourDialect;
    private final PeerRelation relation;
    private final long genesisIndex;

    /**
     * @param ourDialect the dialect this node speaks
     * @param ours       our chain as it is now: how the peer's chain relates to it
     */
    PeerRow(PeerStatus status, String ourDialect, Chain ours) {
        this.status = status;
        this.ourDialect = ourDialect;
        this.relation = status.relation(ours, ourDialect);
        this.genesisIndex = ours.genesis().index();
    }

    public PeerStatus status() {
        return status;
    }

    public PeerRelation relation() {
        return relation;
    }

    /** {@code in sync}, {@code forked at block 1411, a tie}, {@code unreachable}... */
    public String getRelation() {
        return describe(relation);
    }

    /** What {@link PeerRelation#describe()} says, in the window's language. */
    static String describe(PeerRelation relation) {
        return switch (relation.kind()) {
            case NOT_CONTACTED -> Messages.tr("peers.relation.notContacted");
            case IN_SYNC -> Messages.tr("peers.relation.inSync");
            case BEHIND -> Messages.tr("peers.relation.behind", -relation.distance());
            case AHEAD -> Messages.tr("peers.relation.ahead", relation.distance());
            case FORKED ->
                relation.distance() == 0
                        ? Messages.tr("peers.relation.forked.tie", String.valueOf(relation.forkIndex()))
                        : relation.distance() > 0
                                ? Messages.tr(
                                        "peers.relation.forked.longer",
                                        String.valueOf(relation.forkIndex()),
                                        relation.distance())
                                : Messages.tr(
                                        "peers.relation.forked.shorter",
                                        String.valueOf(relation.forkIndex()),
                                        -relation.distance());
            case DIFFERENT_GENESIS -> Messages.tr("peers.relation.differentGenesis");
            case OTHER_DIALECT -> Messages.tr("peers.relation.otherDialect");
            case INVALID -> Messages.tr("peers.relation.invalid");
            case UNREACHABLE -> Messages.tr("peers.relation.unreachable");
            case CHANGED -> Messages.tr("peers.relation.changed");
        };
    }

    /** True when its chain and ours have parted at a fork point: there is a fork to show. */
    public boolean isForked() {
        return relation.kind() == PeerRelation.Kind.FORKED && status.fork() != null;
    }

    /**
     * Its last block at the last good fetch: {@code #1412 3fa9c2d1…}, the index counted as our
     * dialect counts (another dialect's tip shows its hash only); "—" when never read.
     */
    public String getTip() {
        if (status.tipHash() == null || status.chainLength() < 0) {
            return "—";
        }
        boolean ours = ourDialect.equals(status.dialect());
        return (ours ? "#" + (genesisIndex + status.chainLength() - 1) + " " : "")
                + Formats.hashStart(status.tipHash(), 8);
    }

    public String getAddress() {
        return status.address().toString();
    }

    public String getStatus() {
        if (status.lastContact() == null && status.lastError() == null) {
            return Messages.tr("peers.status.notContacted");
        }
        return status.reachable() ? Messages.tr("peers.status.online") : Messages.tr("peers.status.offline");
    }

    /** The dialect the peer's chain is valid in, as of the last fetch; "—" when not known. */
    public String getDialect() {
        return status.dialect() == null ? "—" : status.dialect();
    }

    /** True when the peer's chain is valid in a dialect other than ours: we cannot take it. */
    public boolean isOtherDialect() {
        return status.dialect() != null && !status.dialect().equals(ourDialect);
    }

    public String getLength() {
        return status.chainLength() < 0 ? "—" : Integer.toString(status.chainLength());
    }

    public String getLatency() {
        return status.latency() == null
                ? "—"
                : Messages.tr("peers.latency", String.valueOf(status.latency().toMillis()));
    }

    /** The time of day we last heard from it ({@code 10:15:00}); "—" before the first answer. */
    public String getLastSync() {
        return status.lastContact() == null ? "—" : Formats.timeOfDay(status.lastContact());
    }

    /** "added by us" or "added us": whether our user added it or it asked us to add it. */
    public String getOrigin() {
        return switch (status.origin()) {
            case ADDED_BY_US -> Messages.tr("peers.origin.addedByUs");
            case ADDED_US -> Messages.tr("peers.origin.addedUs");
        };
    }

    public String getLastError() {
        return status.lastError() == null ? "" : Messages.tr(status.lastErrorText());
    }
}
