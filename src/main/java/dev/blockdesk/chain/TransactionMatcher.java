package dev.blockdesk.chain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Tells whether transactions of ours are already in a chain. Our transactions carry an {@code id};
 * a Python node keeps only sender, recipient and amount of what we forward to it, so a transaction
 * without an id in the chain matches one of ours with the same sender, recipient and amount (the
 * amount compared as canonical JSON, so 5 and 5.0 differ). Each id-less transaction in the chain
 * matches at most one of ours: two equal payments stay two.
 */
final class TransactionMatcher {

    private final Predicate<String> sharedIds;
    private final Set<String> ids = new HashSet<>();
    private final Map<String, Integer> withoutId = new HashMap<>();

    /**
     * @param sharedIds  whether an id is in the blocks before the fork point (the ones both chains hold)
     * @param newBlocks  the chain's blocks after the fork point: their ids count, and so do their
     *                   id-less transactions (an older equal payment in the shared part is not
     *                   mistaken for ours)
     * @param ours       the transactions that will be asked about: only what can match them is
     *                   kept, so a long new chain costs a pass, not a map of all it holds (and
     *                   nothing at all when there are none, as for a fresh node)
     */
    TransactionMatcher(Predicate<String> sharedIds, List<Block> newBlocks, List<Transaction> ours) {
        this.sharedIds = sharedIds;
        if (ours.isEmpty()) {
            return;
        }
        Set<String> ourIds = new HashSet<>();
        Set<String> ourTriples = new HashSet<>();
        for (Transaction tx : ours) {
            if (tx.id() != null) {
                ourIds.add(tx.id());
            }
            ourTriples.add(triple(tx)); // an id of ours may meet its payment in a Python node's block, id-less
        }
        BlockBodies.forEach(newBlocks, block -> {
            for (Transaction tx : block.transactions()) {
                if (tx.id() != null) {
                    if (ourIds.contains(tx.id())) {
                        ids.add(tx.id());
                    }
                } else if (!tx.isReward()) {
                    String triple = triple(tx);
                    if (ourTriples.contains(triple)) {
                        withoutId.merge(triple, 1, Integer::sum);
                    }
                }
            }
        });
    }

    /** True when {@code tx} is in the chain; an id-less match is used up by this call. */
    boolean consume(Transaction tx) {
        if (tx.id() != null && (ids.contains(tx.id()) || sharedIds.test(tx.id()))) {
            return true;
        }
        String key = triple(tx);
        Integer count = withoutId.get(key);
        if (count == null) {
            return false;
        }
        if (count == 1) {
            withoutId.remove(key);
        } else {
            withoutId.put(key, count - 1);
        }
        return true;
    }

    private static String triple(Transaction tx) {
        return tx.sender() + '\u0000' + tx.recipient() + '\u0000' + tx.amountText();
    }
}
