package dev.blockdesk.ui.pending;

import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.BlockBodies;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.Transaction;
import dev.blockdesk.node.Reorg;
import dev.blockdesk.ui.Formats;
import dev.blockdesk.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What became of the transactions this window saw pending: still waiting, back in Pending after a
 * reorganisation (when, and from which block), or confirmed in a block of our chain. A transaction
 * is known by its canonical JSON. FX thread.
 */
final class Fates {

    /** How many confirmed transactions the tab keeps showing after they left Pending. */
    static final int CONFIRMED_SHOWN = 20;
    /** How far below the tip a transaction that left Pending is looked for. */
    private static final int SEARCHED_BLOCKS = 200;

    private final Map<String, String> returned = new HashMap<>();
    /** Newest first: canonical JSON to the confirmed transaction and its block. */
    private final LinkedHashMap<String, Confirmed> confirmed = new LinkedHashMap<>();

    private Set<String> waiting = Set.of();

    record Confirmed(Transaction transaction, long block, String blockHash) {}

    /** The transactions {@code reorg} put back in Pending: each one's fate says so until it is mined. */
    void returned(Reorg reorg) {
        String time = Formats.clockTime(reorg.at());
        for (Reorg.Returned back : reorg.returned()) {
            returned.put(
                    back.transaction().canonicalJson(),
                    Messages.tr("pending.fate.returned", time, String.valueOf(back.fromBlock())));
        }
    }

    /**
     * Follows Pending to {@code pending} on {@code chain}: a transaction that left Pending is looked
     * for in the chain's newest blocks and, when found, shown as confirmed there.
     */
    void follow(List<Transaction> pending, Chain chain) {
        Set<String> now = new HashSet<>();
        pending.forEach(tx -> now.add(tx.canonicalJson()));
        Set<String> left = new HashSet<>(waiting);
        left.removeAll(now);
        confirmed.keySet().removeIf(now::contains); // back in Pending: a reorganisation dropped its block
        // the same block (by hash) holds the same transactions: only a replaced block is read again, from the store
        confirmed
                .values()
                .removeIf(c -> !chain.holds(c.block(), c.blockHash())
                        && (c.block() > chain.tip().index()
                                || chain.block(c.block()).transactions().stream()
                                        .noneMatch(tx -> tx.canonicalJson()
                                                .equals(c.transaction().canonicalJson()))));
        if (!left.isEmpty()) {
            List<Confirmed> found = new ArrayList<>();
            List<Block> blocks = new ArrayList<>(SEARCHED_BLOCKS); // read back from the store in one batch
            BlockBodies.forEach(
                    chain.blocks().subList(Math.max(0, chain.length() - SEARCHED_BLOCKS), chain.length()), blocks::add);
            for (int i = blocks.size() - 1; i >= 0 && !left.isEmpty(); i--) {
                for (Transaction tx : blocks.get(i).transactions()) {
                    if (left.remove(tx.canonicalJson())) {
                        found.add(new Confirmed(
                                tx, blocks.get(i).index(), blocks.get(i).hash()));
                    }
                }
            }
            LinkedHashMap<String, Confirmed> newestFirst = new LinkedHashMap<>();
            found.forEach(c -> newestFirst.put(c.transaction().canonicalJson(), c));
            newestFirst.putAll(confirmed);
            confirmed.clear();
            newestFirst.entrySet().stream()
                    .limit(CONFIRMED_SHOWN)
                    .forEach(e -> confirmed.put(e.getKey(), e.getValue()));
        }
        returned.keySet().retainAll(now);
        waiting = now;
    }

    /** {@code waiting}, or why it is pending again. */
    String ofPending(Transaction tx) {
        return returned.getOrDefault(tx.canonicalJson(), Messages.tr("pending.fate.waiting"));
    }

    /** The confirmed transactions still shown, newest first. */
    List<Confirmed> confirmed() {
        return List.copyOf(confirmed.values());
    }

    /** The block that holds {@code tx}, among those shown as confirmed; -1 when it is not one of them. */
    long confirmedIn(Transaction tx) {
        Confirmed found = confirmed.get(tx.canonicalJson());
        return found == null ? -1 : found.block();
    }

    /** True while {@code tx} is pending again after a reorganisation. */
    boolean isReturned(Transaction tx) {
        return returned.containsKey(tx.canonicalJson());
    }
}
