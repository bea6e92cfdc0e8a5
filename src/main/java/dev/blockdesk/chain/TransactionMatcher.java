package dev.blockdesk.chain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tells whether transactions of ours are already in a chain. Our transactions carry an {@code id};
 * a Python node keeps only sender, recipient and amount of what we forward to it, so a transaction
 * without an id in the chain matches one of ours with the same sender, recipient and amount (the
 * amount compared as canonical JSON, so 5 and 5.0 differ). Each id-less transaction in the chain
 * matches at most one of ours: two equal payments stay two.
 */
final class TransactionMatcher {

    private final Set<String> ids = new HashSet<>();
    private final Map<String, Integer> withoutId = new HashMap<>();

    /**
     * @param idBlocks     blocks whose transaction ids count (the whole chain)
     * @param tripleBlocks blocks whose id-less transactions count (the ones after the fork point,
     *                     so an older equal payment in the shared part is not mistaken for ours)
     */
    TransactionMatcher(List<Block> idBlocks, List<Block> tripleBlocks) {
        for (Block block : idBlocks) {
            for (Transaction tx : block.transactions()) {
                if (tx.id() != null) {
                    ids.add(tx.id());
                }
            }
        }
        for (Block block : tripleBlocks) {
            for (Transaction tx : block.transactions()) {
                if (tx.id() == null && !tx.isReward()) {
                    withoutId.merge(triple(tx), 1, Integer::sum);
                }
            }
        }
    }

    /** True when {@code tx} is in the chain; an id-less match is used up by this call. */
    boolean consume(Transaction tx) {
        if (tx.id() != null && ids.contains(tx.id())) {
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
