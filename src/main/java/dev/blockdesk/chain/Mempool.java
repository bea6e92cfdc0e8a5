package dev.blockdesk.chain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Pending transactions in the order they arrived. Not thread-safe: the node guards it with the chain's lock. */
public final class Mempool {

    private final List<Transaction> pending = new ArrayList<>();

    public void add(Transaction transaction) {
        pending.add(transaction);
    }

    public List<Transaction> snapshot() {
        return List.copyOf(pending);
    }

    public void clear() {
        pending.clear();
    }

    public int size() {
        return pending.size();
    }

    public boolean isEmpty() {
        return pending.isEmpty();
    }

    /**
     * Removes each of {@code included} as many times as it occurs there: a transaction submitted
     * twice and mined once stays pending once. Returns how many were removed.
     */
    public int removeIncluded(Collection<Transaction> included) {
        Map<Transaction, Integer> toRemove = new HashMap<>();
        included.forEach(tx -> toRemove.merge(tx, 1, Integer::sum));
        int before = pending.size();
        pending.removeIf(tx -> {
            Integer count = toRemove.get(tx);
            if (count == null) {
                return false;
            }
            if (count == 1) {
                toRemove.remove(tx);
            } else {
                toRemove.put(tx, count - 1);
            }
            return true;
        });
        return before - pending.size();
    }
}
