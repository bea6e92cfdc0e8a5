package dev.blockdesk.store;

import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.BlockBodies;
import dev.blockdesk.chain.Transaction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a node keeps its chain, pending transactions, peers and settings. Every write is durable
 * when the method returns, and each method is one transaction: a chain replacement is never half
 * written. Implementations are thread-safe. Failures are {@link StoreException}s.
 */
public interface Store extends AutoCloseable {

    /** How many orphaned blocks a store keeps: the newest ones; see {@link #orphans()}. */
    int ORPHANS_KEPT = 1_000;

    /** The stored blocks, in index order, as they were written. */
    List<StoredBlock> blocks();

    /** How many blocks are stored, without reading them. */
    default long blockCount() {
        return blocks().size();
    }

    /** Told each stored block, in index order; the bytes are the visitor's to keep. */
    @FunctionalInterface
    interface RowVisitor {
        void visit(long index, String hash, byte[] canonical);
    }

    /** Every stored block, in index order, streamed: a long chain is never held as rows. */
    default void scanBlocks(RowVisitor visitor) {
        blocks().forEach(row -> visitor.visit(row.index(), row.hash(), row.canonical()));
    }

    /** The newest {@code count} stored blocks, newest first: what a window shows while the rest are checked. */
    default List<StoredBlock> newestBlocks(int count) {
        List<StoredBlock> all = blocks();
        List<StoredBlock> newest = new ArrayList<>(all.subList(Math.max(0, all.size() - count), all.size()));
        Collections.reverse(newest);
        return newest;
    }

    /**
     * Where the stored blocks' bodies are read back from (see {@link Block#keepBodyIn}): from this
     * store, on its own connection, so a read never waits on a write in progress.
     */
    BlockBodies bodies();

    /**
     * The blocks {@link #replaceBlocks} has overwritten (our dropped blocks), oldest orphaned first,
     * ties by index, then by hash: at most the newest {@link #ORPHANS_KEPT}, each hash once.
     */
    List<OrphanedBlock> orphans();

    List<Transaction> pending();

    /** The peers, in the order they were added. */
    List<String> peers();

    /**
     * The peers that added us (mutual peering), as {@link #peers()} writes them; every other peer
     * was added by our user. A store written before peers had an origin has none that added us.
     */
    Set<String> peersThatAddedUs();

    Map<String, String> settings();

    default Optional<String> setting(String key) {
        return Optional.ofNullable(settings().get(key));
    }

    void putSetting(String key, String value);

    /** Adds a block on top and sets the pending transactions to what they are after it. */
    void appendBlock(Block block, List<Transaction> pendingAfter);

    /**
     * Replaces the blocks from index {@code fromIndex} on with {@code blocks} (which start at that
     * index) and sets the pending transactions, all in one transaction.
     *
     * <p>In the same transaction, every block it overwrites is kept as an {@link OrphanedBlock},
     * orphaned now by the store's clock (whatever the reason: a peer's longer chain, an import, a
     * recovery that drops a damaged chain's tail). A block whose hash is already kept is not kept
     * twice: its time becomes now. Then only the newest {@link #ORPHANS_KEPT} are kept, the oldest
     * orphaned dropped first (see {@link #orphans()} for the order). A replacement that fails keeps
     * nothing.
     */
    void replaceBlocks(long fromIndex, List<Block> blocks, List<Transaction> pendingAfter);

    /**
     * Replaces every stored block with {@code blocks}, sets the pending transactions and the setting
     * {@code key}, all in one transaction: how a chain of another dialect, with the dialect's name,
     * replaces a lone genesis block.
     *
     * <p>The blocks it drops are not kept as {@link #orphans() orphans}: they are blocks of the
     * dialect given up, which the node no longer reads.
     */
    void replaceChain(List<Block> blocks, List<Transaction> pendingAfter, String key, String value);

    void addPending(Transaction transaction);

    /** Replaces the peers, and which of them added us, in one transaction. */
    void savePeers(List<String> peers, Set<String> addedUs);

    /** Replaces the peers, all of them added by our user. */
    default void savePeers(List<String> peers) {
        savePeers(peers, Set.of());
    }

    @Override
    void close();
}
