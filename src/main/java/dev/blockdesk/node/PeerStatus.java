package dev.blockdesk.node;

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
 * @param origin      whether our user added it or it added us
 */
public record PeerStatus(PeerAddress address, boolean reachable, int chainLength, String tipHash, Duration latency,
                         Instant lastContact, String lastError, String dialect, PeerOrigin origin) {

    static PeerStatus unknown(PeerAddress address, PeerOrigin origin) {
        return new PeerStatus(address, false, -1, null, null, null, null, null, origin);
    }

    PeerStatus failed(Duration latency, String error) {
        return new PeerStatus(address, false, chainLength, tipHash, latency, lastContact, error, dialect, origin);
    }

    PeerStatus answered(Duration latency, Instant now) {
        return new PeerStatus(address, true, chainLength, tipHash, latency, now, null, dialect, origin);
    }

    PeerStatus fetched(int length, String tip, Duration latency, Instant now, String problem, String dialectFound) {
        return new PeerStatus(address, true, length, tip, latency, now, problem, dialectFound, origin);
    }

    PeerStatus withOrigin(PeerOrigin value) {
        return new PeerStatus(address, reachable, chainLength, tipHash, latency, lastContact, lastError, dialect, value);
    }
}
