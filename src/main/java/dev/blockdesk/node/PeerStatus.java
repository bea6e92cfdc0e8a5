package dev.blockdesk.node;

import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.ChainText;
import dev.blockdesk.chain.ForkPicture;
import java.time.Duration;
import java.time.Instant;

/**
 * What we know of a peer from our last contact with it.
 *
 * @param address     where it listens
 * @param reachable   whether the last contact got an answer
 * @param chainLength the length of its chain at the last good fetch, or -1 if never fetched
 * @param tipHash     the hash of its last block at the last good fetch, or null
 * @param latency     how long the last contact took, or null before the first
 * @param lastContact when we last heard from it, or null
 * @param lastError   what went wrong the last time, or null when it went right
 * @param dialect     the dialect its chain is valid in, as of the last fetch, or null when unknown
 *                    (never fetched, or a chain valid in no dialect)
 * @param shared      the last block its chain shared with ours at the last good fetch; null when
 *                    none (another genesis block, another dialect) or never fetched
 * @param fork        its chain and ours around the fork point, when they had parted at the last
 *                    good fetch; else null
 * @param origin      whether our user added it or it added us
 * @param lastErrorText {@code lastError} as a text the window says in its language ({@link ChainText#in}),
 *                    null when there is none; its English is {@code lastError}, byte for byte (one that
 *                    is not is replaced by what {@code lastError} says)
 */
public record PeerStatus(
        PeerAddress address,
        boolean reachable,
        int chainLength,
        String tipHash,
        Duration latency,
        Instant lastContact,
        String lastError,
        String dialect,
        Shared shared,
        ForkPicture fork,
        PeerOrigin origin,
        ChainText lastErrorText) {

    public PeerStatus {
        if (lastError == null) {
            lastErrorText = null;
        } else if (lastErrorText == null || !lastErrorText.english().equals(lastError)) {
            lastErrorText = PeerTexts.said(lastError);
        }
    }

    /** A status whose last error is said in the window's language as {@link PeerTexts} knows its sentence. */
    public PeerStatus(
            PeerAddress address,
            boolean reachable,
            int chainLength,
            String tipHash,
            Duration latency,
            Instant lastContact,
            String lastError,
            String dialect,
            Shared shared,
            ForkPicture fork,
            PeerOrigin origin) {
        this(
                address,
                reachable,
                chainLength,
                tipHash,
                latency,
                lastContact,
                lastError,
                dialect,
                shared,
                fork,
                origin,
                null);
    }

    /** A block by index and hash. */
    public record Shared(long index, String hash) {}

    static PeerStatus unknown(PeerAddress address, PeerOrigin origin) {
        return new PeerStatus(address, false, -1, null, null, null, null, null, null, null, origin);
    }

    /** How its chain relates to {@code ours}, a chain of {@code ourDialect}, as of the last fetch. */
    public PeerRelation relation(Chain ours, String ourDialect) {
        return PeerRelation.of(this, ours, ourDialect);
    }

    PeerStatus failed(Duration latency, String error) {
        return new PeerStatus(
                address, false, chainLength, tipHash, latency, lastContact, error, dialect, shared, fork, origin);
    }

    PeerStatus answered(Duration latency, Instant now) {
        return new PeerStatus(address, true, chainLength, tipHash, latency, now, null, dialect, shared, fork, origin);
    }

    /** A fetch of its chain of our dialect, compared with {@code ours}. */
    PeerStatus fetched(Chain theirs, Chain ours, String ourDialect, Duration latency, Instant now) {
        int common = ours.sharedPrefix(theirs);
        Shared last = common == 0
                ? null
                : new Shared(
                        theirs.blocks().get(common - 1).index(),
                        theirs.blocks().get(common - 1).hash());
        ForkPicture parted = common > 0 && common < theirs.length() && common < ours.length()
                ? ForkPicture.of(ours, theirs, address.toString(), theirs.length() > ours.length())
                : null;
        return new PeerStatus(
                address,
                true,
                theirs.length(),
                theirs.tip().hash(),
                latency,
                now,
                null,
                ourDialect,
                last,
                parted,
                origin);
    }

    /** A fetch that found a chain of another dialect, or ({@code dialectFound} null) a chain valid in none. */
    PeerStatus fetchedForeign(
            int length,
            String tip,
            Duration latency,
            Instant now,
            String problem,
            ChainText problemText,
            String dialectFound) {
        return new PeerStatus(
                address, true, length, tip, latency, now, problem, dialectFound, null, null, origin, problemText);
    }

    PeerStatus withOrigin(PeerOrigin value) {
        return new PeerStatus(
                address,
                reachable,
                chainLength,
                tipHash,
                latency,
                lastContact,
                lastError,
                dialect,
                shared,
                fork,
                value,
                lastErrorText);
    }
}
