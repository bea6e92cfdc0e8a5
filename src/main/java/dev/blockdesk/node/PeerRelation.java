package dev.blockdesk.node;

import dev.blockdesk.chain.Chain;

/**
 * How a peer's chain relates to ours, from what we last fetched of it and our chain as it is now:
 * the same tip, one a prefix of the other, or two branches from a fork point. Worked out again
 * from our current chain each time it is asked, so mining a block after a sync turns "in sync"
 * into "behind by 1 block" at once, without asking the peer.
 *
 * @param kind      which relation
 * @param distance  the peer's tip height minus ours (negative when it is behind); 0 unless in sync,
 *                  behind, ahead or forked
 * @param forkIndex the last block both chains hold, when forked; else -1
 */
public record PeerRelation(Kind kind, long distance, long forkIndex) {

    public enum Kind {
        NOT_CONTACTED,
        IN_SYNC,
        BEHIND,
        AHEAD,
        FORKED,
        DIFFERENT_GENESIS,
        OTHER_DIALECT,
        INVALID,
        UNREACHABLE,
        /** Our chain was replaced below the block we shared with it: the next sync tells. */
        CHANGED
    }

    private static PeerRelation of(Kind kind) {
        return new PeerRelation(kind, 0, -1);
    }

    /** The relation of the peer whose status is {@code status} to {@code ours}, a chain of {@code ourDialect}. */
    static PeerRelation of(PeerStatus status, Chain ours, String ourDialect) {
        if (status.lastContact() == null && status.lastError() == null) {
            return of(Kind.NOT_CONTACTED);
        }
        if (!status.reachable()) {
            return of(Kind.UNREACHABLE);
        }
        if (status.dialect() == null || status.chainLength() < 0) {
            return of(Kind.INVALID);
        }
        if (!status.dialect().equals(ourDialect)) {
            return of(Kind.OTHER_DIALECT);
        }
        PeerStatus.Shared shared = status.shared();
        if (shared == null) {
            return of(Kind.DIFFERENT_GENESIS);
        }
        long ourTip = ours.tip().index();
        long theirTip = ours.genesis().index() + status.chainLength() - 1;
        if (!ours.holds(shared.index(), shared.hash())) {
            return of(Kind.CHANGED);
        }
        if (theirTip == shared.index()) {
            return ourTip == theirTip ? of(Kind.IN_SYNC) : new PeerRelation(Kind.BEHIND, theirTip - ourTip, -1);
        }
        if (ourTip == shared.index()) {
            return new PeerRelation(Kind.AHEAD, theirTip - ourTip, -1);
        }
        return new PeerRelation(Kind.FORKED, theirTip - ourTip, shared.index());
    }

    /** {@code in sync}, {@code behind by 3 blocks}, {@code forked at block 1411, a tie}: for a table cell and the log. */
    public String describe() {
        return switch (kind) {
            case NOT_CONTACTED -> "not contacted yet";
            case IN_SYNC -> "in sync";
            case BEHIND -> "behind by " + blocks(-distance);
            case AHEAD -> "ahead by " + blocks(distance);
            case FORKED ->
                "forked at block " + forkIndex
                        + (distance == 0
                                ? ", a tie"
                                : distance > 0
                                        ? ", " + blocks(distance) + " longer"
                                        : ", " + blocks(-distance) + " shorter");
            case DIFFERENT_GENESIS -> "different genesis block";
            case OTHER_DIALECT -> "other dialect";
            case INVALID -> "invalid chain";
            case UNREACHABLE -> "unreachable";
            case CHANGED -> "our chain changed; the next sync tells";
        };
    }

    private static String blocks(long n) {
        return n + (n == 1 ? " block" : " blocks");
    }
}
