package dev.blockdesk.chain;

import java.util.List;

/**
 * What adopting a longer chain did.
 *
 * @param previous  our chain before
 * @param adopted   the chain we hold now
 * @param forkIndex the index of the first block that differs (our blocks from here on were dropped)
 * @param dropped   our blocks that are not in the adopted chain
 * @param restored  transactions of the dropped blocks that the adopted chain lacks: pending again
 * @param confirmed pending transactions the adopted chain already holds: no longer pending
 * @param pending   the pending transactions afterwards
 */
public record ChainReplacement(
        Chain previous,
        Chain adopted,
        long forkIndex,
        List<Block> dropped,
        List<Transaction> restored,
        List<Transaction> confirmed,
        List<Transaction> pending) {

    /** The adopted chain's blocks from the fork on: what storage must write. */
    public List<Block> added() {
        return adopted.blocks()
                .subList((int) (forkIndex - adopted.blocks().get(0).index()), adopted.length());
    }
}
