package dev.blockdesk.store;

import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.BlockBodies;
import dev.blockdesk.chain.Transaction;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A store that forgets everything when the process ends: for tests, and nodes that want no disk. */
public final class InMemoryStore implements Store {

    /** The order of {@link #orphans()}: oldest orphaned first, ties by index, then by hash. */
    private static final Comparator<OrphanedBlock> ORPHAN_ORDER = Comparator.comparing(OrphanedBlock::orphanedAt)
            .thenComparingLong(OrphanedBlock::index)
            .thenComparing(OrphanedBlock::hash);

    /** A store holding {@code chain} and nothing else. */
    public static InMemoryStore holding(dev.blockdesk.chain.Chain chain) {
        InMemoryStore store = new InMemoryStore();
        store.replaceBlocks(Long.MIN_VALUE, chain.blocks(), List.of());
        return store;
    }

    private final Clock clock;
    private final List<StoredBlock> blocks = new ArrayList<>();
    /** By hash. */
    private final Map<String, OrphanedBlock> orphans = new HashMap<>();

    private final List<Transaction> pending = new ArrayList<>();
    private final List<String> peers = new ArrayList<>();
    private final Set<String> addedUs = new HashSet<>();
    private final Map<String, String> settings = new LinkedHashMap<>();

    /** A store whose blocks are orphaned at the system clock's time. */
    public InMemoryStore() {
        this(Clock.systemUTC());
    }

    /** A store whose blocks are orphaned at {@code clock}'s time. */
    public InMemoryStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized List<StoredBlock> blocks() {
        return List.copyOf(blocks);
    }

    /** Reads a block back from the stored rows, or the orphans by hash: the same contract as the SQLite store's. */
    @Override
    public BlockBodies bodies() {
        return (index, hash) -> {
            synchronized (this) {
                long at = blocks.isEmpty() ? -1 : index - blocks.get(0).index();
                if (at >= 0 && at < blocks.size() && blocks.get((int) at).hash().equals(hash)) {
                    return blocks.get((int) at).canonical().clone();
                }
                OrphanedBlock orphan = orphans.get(hash);
                if (orphan != null) {
                    return orphan.canonical().clone();
                }
            }
            throw new IllegalStateException("block " + index + " (" + hash + ") is no longer stored");
        };
    }

    @Override
    public synchronized List<OrphanedBlock> orphans() {
        return orphans.values().stream().sorted(ORPHAN_ORDER).toList();
    }

    @Override
    public synchronized List<Transaction> pending() {
        return List.copyOf(pending);
    }

    @Override
    public synchronized List<String> peers() {
        return List.copyOf(peers);
    }

    @Override
    public synchronized Set<String> peersThatAddedUs() {
        return Set.copyOf(addedUs);
    }

    @Override
    public synchronized Map<String, String> settings() {
        return Map.copyOf(settings);
    }

    @Override
    public synchronized void putSetting(String key, String value) {
        settings.put(key, value);
    }

    @Override
    public synchronized void appendBlock(Block block, List<Transaction> pendingAfter) {
        follows(block);
        blocks.add(stored(block));
        setPending(pendingAfter);
    }

    @Override
    public synchronized void replaceBlocks(long fromIndex, List<Block> replacement, List<Transaction> pendingAfter) {
        int keep = 0;
        while (keep < blocks.size() && blocks.get(keep).index() < fromIndex) {
            keep++;
        }
        if (!replacement.isEmpty()
                && keep > 0
                && replacement.get(0).index() != blocks.get(keep - 1).index() + 1) {
            throw new StoreException("cannot replace from block " + fromIndex + " with blocks from "
                    + replacement.get(0).index());
        }
        List<StoredBlock> incoming =
                replacement.stream().map(InMemoryStore::stored).toList();
        List<StoredBlock> dropped = blocks.subList(keep, blocks.size());
        keepOrphans(dropped, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        dropped.clear();
        blocks.addAll(incoming);
        setPending(pendingAfter);
    }

    /**
     * Keeps {@code dropped} as orphaned at {@code now}, as SqliteStore does: the newest first, at most
     * {@link #ORPHANS_KEPT} of them (the older ones would go at once), a hash already kept only
     * getting the new time; then drops the oldest orphaned beyond {@link #ORPHANS_KEPT}.
     */
    private void keepOrphans(List<StoredBlock> dropped, Instant now) {
        for (int i = dropped.size() - 1; i >= Math.max(0, dropped.size() - ORPHANS_KEPT); i--) {
            StoredBlock block = dropped.get(i);
            orphans.merge(
                    block.hash(),
                    new OrphanedBlock(block.index(), block.hash(), block.canonical(), now),
                    (kept, again) -> new OrphanedBlock(kept.index(), kept.hash(), kept.canonical(), now));
        }
        if (orphans.size() > ORPHANS_KEPT) {
            orphans.values().stream()
                    .sorted(ORPHAN_ORDER)
                    .limit(orphans.size() - ORPHANS_KEPT)
                    .map(OrphanedBlock::hash)
                    .toList()
                    .forEach(orphans::remove);
        }
    }

    /** Refuses a block that is not the one after the last stored, as a database with a unique index would. */
    private void follows(Block block) {
        if (!blocks.isEmpty() && block.index() != blocks.get(blocks.size() - 1).index() + 1) {
            throw new StoreException("block " + block.index() + " does not follow block "
                    + blocks.get(blocks.size() - 1).index() + ", the last stored");
        }
    }

    @Override
    public synchronized void replaceChain(
            List<Block> replacement, List<Transaction> pendingAfter, String key, String value) {
        blocks.clear();
        replacement.forEach(b -> blocks.add(stored(b)));
        setPending(pendingAfter);
        settings.put(key, value);
    }

    @Override
    public synchronized void addPending(Transaction transaction) {
        pending.add(transaction);
    }

    @Override
    public synchronized void savePeers(List<String> list, Set<String> thatAddedUs) {
        peers.clear();
        peers.addAll(list);
        addedUs.clear();
        addedUs.addAll(thatAddedUs);
    }

    @Override
    public void close() {
        // nothing to release
    }

    private void setPending(List<Transaction> list) {
        pending.clear();
        pending.addAll(list);
    }

    static StoredBlock stored(Block block) {
        return new StoredBlock(block.index(), block.hash(), block.canonicalBytes());
    }
}
