package dev.blockdesk.node;

import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.ChainReplacement;
import java.util.List;

/**
 * The result of one round of consensus.
 *
 * @param chain       our chain afterwards
 * @param replacement what adopting a longer chain did, or null when ours stayed
 * @param outcomes    one line per peer
 */
public record ResolveReport(Chain chain, ChainReplacement replacement, List<PeerOutcome> outcomes) {

    public boolean replaced() {
        return replacement != null;
    }
}
