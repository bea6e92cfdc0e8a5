package dev.blockdesk.node;

import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.ChainText;

/**
 * What a resolve made of one peer's chain.
 *
 * @param peer   the peer
 * @param kind   adopted, not longer than ours, invalid, or unreachable
 * @param length the length of its chain when it was read and valid, else -1
 * @param reason why, in a sentence for the sync log
 * @param reasonText {@code reason} as a text the window says in its language ({@link ChainText#in}); its
 *     English is {@code reason}, byte for byte (one that is not is replaced by what {@code reason} says)
 */
public record PeerOutcome(PeerAddress peer, Kind kind, int length, String reason, ChainText reasonText) {

    public PeerOutcome {
        if (reasonText == null || !reasonText.english().equals(reason)) {
            reasonText = PeerTexts.said(reason);
        }
    }

    /** An outcome whose reason is said in the window's language as {@link PeerTexts} knows its sentence. */
    public PeerOutcome(PeerAddress peer, Kind kind, int length, String reason) {
        this(peer, kind, length, reason, null);
    }

    public enum Kind {
        ADOPTED,
        NOT_LONGER,
        INVALID,
        UNREACHABLE
    }

    /** {@link #describe()} as a text the window says in its language ({@link ChainText#in}). */
    public ChainText describeText() {
        return ChainText.of("node.outcome.line", peer, reasonText());
    }

    /** {@code 127.0.0.1:5001: adopted (12 blocks)} and the like, one line for a log. */
    public String describe() {
        return peer + ": " + reason;
    }

    /**
     * The outcome of one fetch in a round of consensus.
     *
     * @param adopted         whether this peer's chain replaced ours
     * @param ours            our chain when the round began
     * @param anotherAdopted  whether some other peer's chain replaced ours
     * @param adoptionFailure why this peer's chosen chain could not be adopted, or null
     * @param ourDialect      the dialect we checked its chain in
     */
    static PeerOutcome of(
            PeerFetch fetch,
            boolean adopted,
            Chain ours,
            boolean anotherAdopted,
            String adoptionFailure,
            String ourDialect) {
        int ourLength = ours.length();
        if (!fetch.answered()) {
            Kind kind = fetch.error().startsWith("unreachable") || fetch.error().startsWith("no complete answer")
                    ? Kind.UNREACHABLE
                    : Kind.INVALID;
            return new PeerOutcome(fetch.peer(), kind, -1, (kind == Kind.INVALID ? "rejected: " : "") + fetch.error());
        }
        if (fetch.foreign() != null) {
            return new PeerOutcome(
                    fetch.peer(),
                    Kind.INVALID,
                    -1,
                    "rejected: " + speaks(fetch.foreign().rules().id(), ourDialect) + " ("
                            + blocks(fetch.foreign().chain().length()) + ")");
        }
        if (!fetch.verdict().isValid()) {
            return new PeerOutcome(
                    fetch.peer(),
                    Kind.INVALID,
                    -1,
                    "rejected: invalid chain: " + fetch.verdict().describe(),
                    ChainText.of(
                            "node.outcome.rejected",
                            ChainText.of(
                                    "node.peer.invalidChain", fetch.verdict().describeText())));
        }
        int length = fetch.verdict().length();
        if (adopted) {
            return new PeerOutcome(
                    fetch.peer(), Kind.ADOPTED, length, "adopted: its " + length + " blocks replaced our " + ourLength);
        }
        if (adoptionFailure != null) {
            return new PeerOutcome(
                    fetch.peer(),
                    Kind.NOT_LONGER,
                    length,
                    "kept ours: its " + length + " valid blocks could not be stored: " + adoptionFailure);
        }
        if (length > ourLength && anotherAdopted) {
            return new PeerOutcome(
                    fetch.peer(),
                    Kind.NOT_LONGER,
                    length,
                    "kept: its " + length + " blocks are valid, but a longer chain was adopted");
        }
        return new PeerOutcome(
                fetch.peer(),
                Kind.NOT_LONGER,
                length,
                notLonger(fetch.verdict().chain().orElseThrow(), ours));
    }

    /**
     * Why a valid chain no longer than ours was not taken, naming how it relates to ours: the same
     * chain, a prefix of it, a tie or a shorter branch from a fork point, or another genesis block.
     */
    private static String notLonger(Chain theirs, Chain ours) {
        int shared = ours.sharedPrefix(theirs);
        int length = theirs.length();
        if (shared == length && length == ours.length()) {
            return "in sync: the same " + length + " blocks";
        }
        if (shared == length) {
            return "kept ours: its " + length + " blocks are the first of our " + ours.length();
        }
        if (shared == 0) {
            return "kept ours: it starts from another genesis block and is not longer (" + blocks(length)
                    + " against our " + ours.length() + ")";
        }
        long fork = theirs.blocks().get(shared - 1).index();
        if (length == ours.length()) {
            return "kept ours: a tie at " + length + " blocks, forked at block " + fork
                    + " (a tie keeps the chain we have until one branch grows longer)";
        }
        return "kept ours: forked at block " + fork + ", its " + length + " blocks are fewer than our " + ours.length();
    }

    private static String blocks(int n) {
        return n + (n == 1 ? " block" : " blocks");
    }

    /** The outcome for the peer whose chain of another dialect replaced our lone genesis block, and whose dialect we took. */
    static PeerOutcome newDialect(PeerFetch fetch, String ourDialect) {
        int length = fetch.foreign().chain().length();
        return new PeerOutcome(
                fetch.peer(),
                Kind.ADOPTED,
                length,
                "adopted: its " + length + " blocks replaced our genesis block;" + " this node now speaks "
                        + fetch.foreign().rules().id() + " (it spoke " + ourDialect + ", with no mined block yet)");
    }

    /** {@code speaks dvf-early; this node speaks dvf}: why a chain valid in another dialect is not ours to take. */
    static String speaks(String theirs, String ours) {
        return "speaks " + theirs + "; this node speaks " + ours;
    }
}
