package dev.blockdesk.store;

import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.Transaction;
import java.util.List;
import java.util.Map;

/** A store in memory whose writes can be told to fail as a full disk does: with an error, changing nothing. */
public final class FailingStore implements Store {

    private final InMemoryStore inner = new InMemoryStore();
    private volatile boolean failing;

    /** A store holding {@code chain}. */
    public static FailingStore holding(Chain chain) {
        FailingStore store = new FailingStore();
        store.inner.replaceBlocks(1, chain.blocks(), List.of());
        return store;
    }

    public void failWrites(boolean fail) {
        failing = fail;
    }

    private void check(String what) {
        if (failing) {
            throw new StoreException("could not " + what + ": [SQLITE_FULL] database or disk is full", null);
        }
    }

    @Override
    public List<StoredBlock> blocks() {
        return inner.blocks();
    }

    @Override
    public List<Transaction> pending() {
        return inner.pending();
    }

    @Override
    public List<String> peers() {
        return inner.peers();
    }

    @Override
    public Map<String, String> settings() {
        return inner.settings();
    }

    @Override
    public void putSetting(String key, String value) {
        check("save the setting " + key);
        inner.putSetting(key, value);
    }

    @Override
    public void appendBlock(Block block, List<Transaction> pendingAfter) {
        check("append block " + block.index());
        inner.appendBlock(block, pendingAfter);
    }

    @Override
    public void replaceBlocks(long fromIndex, List<Block> blocks, List<Transaction> pendingAfter) {
        check("replace the blocks from " + fromIndex);
        inner.replaceBlocks(fromIndex, blocks, pendingAfter);
    }

    @Override
    public void addPending(Transaction transaction) {
        check("add a pending transaction");
        inner.addPending(transaction);
    }

    @Override
    public void savePeers(List<String> peers) {
        check("save the peers");
        inner.savePeers(peers);
    }

    @Override
    public void close() {
        inner.close();
    }
}
