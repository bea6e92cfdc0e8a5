package dev.blockdesk.store;

import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.Transaction;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A store for tests whose writes can be made to fail as on a full disk: after
 * {@code failWrites(true)}, {@link #appendBlock}, {@link #replaceBlocks}, {@link #replaceChain}, {@link #addPending},
 * {@link #savePeers} and {@link #putSetting} throw a {@link StoreException} ending in "database or
 * disk is full" and change nothing (a failed {@link #replaceBlocks} keeps no orphans), as
 * {@link SqliteStore} does. Reads always work. Otherwise an {@link InMemoryStore}. Thread-safe.
 */
public final class FailingStore implements Store {

    private final InMemoryStore store;
    private volatile boolean failWrites;
    private int failedWrites;

    /** A store whose blocks are orphaned at the system clock's time. */
    public FailingStore() {
        this(Clock.systemUTC());
    }

    /** A store whose blocks are orphaned at {@code clock}'s time. */
    public FailingStore(Clock clock) {
        store = new InMemoryStore(clock);
    }

    /** A store holding {@code chain}, as a node's store does once the chain is loaded. */
    public static FailingStore holding(Chain chain) {
        FailingStore failing = new FailingStore();
        failing.store.replaceBlocks(1, chain.blocks(), List.of());
        return failing;
    }

    /** While {@code fail} is true, every write fails and changes nothing. */
    public void failWrites(boolean fail) {
        failWrites = fail;
    }

    /** How many writes have failed so far. */
    public synchronized int failedWrites() {
        return failedWrites;
    }

    @Override
    public List<StoredBlock> blocks() {
        return store.blocks();
    }

    @Override
    public dev.blockdesk.chain.BlockBodies bodies() {
        return store.bodies();
    }

    @Override
    public List<OrphanedBlock> orphans() {
        return store.orphans();
    }

    @Override
    public List<Transaction> pending() {
        return store.pending();
    }

    @Override
    public List<String> peers() {
        return store.peers();
    }

    @Override
    public Set<String> peersThatAddedUs() {
        return store.peersThatAddedUs();
    }

    @Override
    public Map<String, String> settings() {
        return store.settings();
    }

    @Override
    public synchronized void putSetting(String key, String value) {
        check("save the setting " + key);
        store.putSetting(key, value);
    }

    @Override
    public synchronized void appendBlock(Block block, List<Transaction> pendingAfter) {
        check("store block " + block.index());
        store.appendBlock(block, pendingAfter);
    }

    @Override
    public synchronized void replaceBlocks(long fromIndex, List<Block> blocks, List<Transaction> pendingAfter) {
        check("replace the chain from block " + fromIndex);
        store.replaceBlocks(fromIndex, blocks, pendingAfter);
    }

    @Override
    public synchronized void replaceChain(
            List<Block> blocks, List<Transaction> pendingAfter, String key, String value) {
        check("replace the whole chain");
        store.replaceChain(blocks, pendingAfter, key, value);
    }

    @Override
    public synchronized void addPending(Transaction transaction) {
        check("store a pending transaction");
        store.addPending(transaction);
    }

    @Override
    public synchronized void savePeers(List<String> peers, Set<String> addedUs) {
        check("save the peers");
        store.savePeers(peers, addedUs);
    }

    @Override
    public void close() {
        store.close();
    }

    private void check(String what) {
        if (failWrites) {
            failedWrites++;
            throw new StoreException(
                    "could not " + what + ": the disk is full, nothing of it was saved: database or disk is full");
        }
    }
}
