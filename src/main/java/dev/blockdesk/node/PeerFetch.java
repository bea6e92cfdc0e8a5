package dev.blockdesk.node;

import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.ChainRules;
import dev.blockdesk.chain.ValidationResult;
import java.time.Duration;

/**
 * One peer's answer to {@code GET /chain}: a verdict on its chain, or why there is none.
 *
 * @param peer    the peer asked
 * @param verdict the validation result, or null when no chain could be read
 * @param error   why no chain could be read (unreachable, timed out, too large, not JSON), or null
 * @param latency from the request to the last byte read
 * @param foreign when the chain is invalid in our dialect but valid in another: that dialect and the
 *                chain, else null
 */
record PeerFetch(PeerAddress peer, ValidationResult verdict, String error, Duration latency, Foreign foreign) {

    /** A chain valid in another dialect than ours. */
    record Foreign(ChainRules rules, Chain chain) {}

    PeerFetch(PeerAddress peer, ValidationResult verdict, String error, Duration latency) {
        this(peer, verdict, error, latency, null);
    }

    static PeerFetch failed(PeerAddress peer, String error, Duration latency) {
        return new PeerFetch(peer, null, error, latency);
    }

    boolean answered() {
        return verdict != null;
    }
}
