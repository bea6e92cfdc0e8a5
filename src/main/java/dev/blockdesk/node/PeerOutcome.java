package dev.blockdesk.node;

/**
 * What a resolve made of one peer's chain.
 *
 * @param peer   the peer
 * @param kind   adopted, not longer than ours, invalid, or unreachable
 * @param length the length of its chain when it was read and valid, else -1
 * @param reason why, in a sentence for the sync log
 */
public record PeerOutcome(PeerAddress peer, Kind kind, int length, String reason) {

    public enum Kind {
        ADOPTED, NOT_LONGER, INVALID, UNREACHABLE
    }

    /** {@code 127.0.0.1:5001: adopted (12 blocks)} and the like, one line for a log. */
    public String describe() {
        return peer + ": " + reason;
    }
}
