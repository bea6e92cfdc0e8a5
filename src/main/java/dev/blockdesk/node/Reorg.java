package dev.blockdesk.node;

import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.ChainReplacement;
import dev.blockdesk.chain.ForkPicture;
import dev.blockdesk.chain.Transaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reorganisation: a longer chain replaced ours, and some of our blocks are no longer on the
 * chain. Everything a person on the losing side wants to know about it.
 *
 * @param source      whose chain won: a peer's address, or a file
 * @param at          when
 * @param replacement what the replacement did (both chains, the fork, the pending transactions)
 * @param lostRewards the mining rewards to this node in the dropped blocks: gone with them
 * @param returned    transactions of the dropped blocks the new chain lacks: pending again, each
 *                    with the block it had been in
 * @param alreadyIn   transactions of the dropped blocks the new chain already holds
 * @param picture     both branches around the fork point, the new chain's marked as the winner; null
 *                    when the chains do not even share their genesis block
 */
public record Reorg(
        String source,
        Instant at,
        ChainReplacement replacement,
        List<Transaction> lostRewards,
        List<Returned> returned,
        List<Transaction> alreadyIn,
        ForkPicture picture) {

    /** A transaction back in Pending, and the dropped block it had been in. */
    public record Returned(Transaction transaction, long fromBlock) {}

    /**
     * The reorganisation {@code replacement} is, or null when it dropped none of our blocks (our
     * chain was a prefix of the new one: catching up is not a reorganisation) or only our lone
     * genesis block (a new node's first sync with a network that started without it).
     *
     * @param minerId this node's id, the recipient of its mining rewards
     */
    public static Reorg of(ChainReplacement replacement, String source, String minerId, Instant at) {
        if (replacement.dropped().isEmpty() || replacement.previous().length() == 1) {
            return null;
        }
        Map<Transaction, Boolean> back = new IdentityHashMap<>();
        replacement.restored().forEach(tx -> back.put(tx, true));
        List<Transaction> lostRewards = new ArrayList<>();
        List<Returned> returned = new ArrayList<>();
        List<Transaction> alreadyIn = new ArrayList<>();
        for (Block block : replacement.dropped()) {
            for (Transaction tx : block.transactions()) {
                if (tx.isReward()) {
                    if (minerId.equals(tx.recipient())) {
                        lostRewards.add(tx);
                    }
                } else if (back.containsKey(tx)) {
                    returned.add(new Returned(tx, block.index()));
                } else {
                    alreadyIn.add(tx);
                }
            }
        }
        boolean sameGenesis =
                replacement.forkIndex() > replacement.previous().genesis().index();
        ForkPicture picture =
                sameGenesis ? ForkPicture.of(replacement.previous(), replacement.adopted(), source, true) : null;
        return new Reorg(
                source,
                at,
                replacement,
                List.copyOf(lostRewards),
                List.copyOf(returned),
                List.copyOf(alreadyIn),
                picture);
    }

    /** The last block both chains hold. */
    public long forkPoint() {
        return replacement.forkIndex() - 1;
    }

    /** True when the new chain starts from another genesis block: every block of ours was dropped. */
    public boolean otherGenesis() {
        return picture == null;
    }

    public List<Block> dropped() {
        return replacement.dropped();
    }

    /** The sum of the lost rewards' amounts. */
    public BigDecimal lostRewardTotal() {
        BigDecimal total = BigDecimal.ZERO;
        for (Transaction reward : lostRewards) {
            total = total.add(reward.numericAmount().orElse(BigDecimal.ZERO));
        }
        return total;
    }
}
