package dev.blockdesk.node;

import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.BlockHasher;
import dev.blockdesk.chain.InvalidBlockException;
import dev.blockdesk.store.OrphanedBlock;
import dev.blockdesk.store.Store;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Our blocks that a longer chain dropped, the last {@link Store#ORPHANS_KEPT}, oldest first: what
 * the store keeps of them, read back as blocks. The caller holds the chain's lock while it adds.
 */
final class Orphans {

    private static final System.Logger LOG = System.getLogger(Orphans.class.getName());

    /** Keyed by hash, in the order orphaned: a block orphaned again moves to the end. */
    private final Map<String, Orphan> kept = new LinkedHashMap<>();

    private volatile List<Orphan> snapshot = List.of();

    /** The orphaned blocks {@code store} keeps, read with {@code hasher}; a row that is no block of it is skipped with a warning. */
    static Orphans load(Store store, BlockHasher hasher) {
        Orphans orphans = new Orphans();
        int unreadable = 0;
        for (OrphanedBlock row : store.orphans()) {
            try {
                Block block = Block.fromCanonical(row.canonical(), hasher);
                if (block.hash().equals(row.hash())) {
                    orphans.kept.put(block.hash(), new Orphan(block, row.orphanedAt()));
                    continue;
                }
            } catch (InvalidBlockException e) {
                // counted below
            }
            unreadable++;
        }
        if (unreadable > 0) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "{0} stored orphaned blocks do not read as blocks of this dialect; they are not shown",
                    unreadable);
        }
        orphans.snapshot = List.copyOf(orphans.kept.values());
        return orphans;
    }

    /** Keeps {@code dropped}, orphaned {@code at}, dropping the oldest past the bound. */
    void add(List<Block> dropped, Instant at) {
        for (Block block : dropped) {
            kept.remove(block.hash());
            kept.put(block.hash(), new Orphan(block, at));
        }
        var oldest = kept.keySet().iterator();
        while (kept.size() > Store.ORPHANS_KEPT) {
            oldest.next();
            oldest.remove();
        }
        snapshot = List.copyOf(kept.values());
    }

    /** Oldest orphaned first; immutable. */
    List<Orphan> all() {
        return snapshot;
    }

    /** Forgets them all: they were blocks of a dialect the node no longer speaks. */
    void clear() {
        kept.clear();
        snapshot = List.of();
    }
}
