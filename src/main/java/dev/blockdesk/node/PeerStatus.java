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
 */
public record PeerStatus(PeerAddress address, boolean reachable, int chainLength, String tipHash, Duration latency,
                         Instant lastContact, String lastError) {

    static PeerStatus unknown(PeerAddress address) {
        return new PeerStatus(address, false, -1, null, null, null, null);
    }

    PeerStatus failed(Duration latency, String error) {
        return new PeerStatus(address, false, chainLength, tipHash, latency, lastContact, error);
    }

    PeerStatus answered(Duration latency, Instant now) {
        return new PeerStatus(address, true, chainLength, tipHash, latency, now, null);
    }

    PeerStatus fetched(int length, String tip, Duration latency, Instant now, String problem) {
        return new PeerStatus(address, true, length, tip, latency, now, problem);
    }
}
