package dev.blockdesk.store;

import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.Transaction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A store that forgets everything when the process ends: for tests, and nodes that want no disk. */
public final class InMemoryStore implements Store {

    /** A store holding {@code chain} and nothing else. */
    public static InMemoryStore holding(dev.blockdesk.chain.Chain chain) {
        InMemoryStore store = new InMemoryStore();
        store.replaceBlocks(1, chain.blocks(), List.of());
        return store;
    }


    private final List<StoredBlock> blocks = new ArrayList<>();
    private final List<Transaction> pending = new ArrayList<>();
    private final List<String> peers = new ArrayList<>();
    private final Map<String, String> settings = new LinkedHashMap<>();

    @Override
    public synchronized List<StoredBlock> blocks() {
        return List.copyOf(blocks);
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
    public synchronized Map<String, String> settings() {
        return Map.copyOf(settings);
    }

    @Override
    public synchronized void putSetting(String key, String value) {
        settings.put(key, value);
    }

    @Override
    public synchronized void appendBlock(Block block, List<Transaction> pendingAfter) {
        long expected = blocks.size() + 1L;
        if (block.index() != expected) {
            throw new StoreException("block " + block.index() + " does not follow the " + blocks.size() + " stored blocks");
        }
        blocks.add(stored(block));
        setPending(pendingAfter);
    }

    @Override
    public synchronized void replaceBlocks(long fromIndex, List<Block> replacement, List<Transaction> pendingAfter) {
        if (fromIndex < 1 || fromIndex > blocks.size() + 1L) {
            throw new StoreException("cannot replace from block " + fromIndex + " in " + blocks.size() + " stored blocks");
        }
        blocks.subList((int) fromIndex - 1, blocks.size()).clear();
        replacement.forEach(b -> blocks.add(stored(b)));
        setPending(pendingAfter);
    }

    @Override
    public synchronized void addPending(Transaction transaction) {
        pending.add(transaction);
    }

    @Override
    public synchronized void savePeers(List<String> list) {
        peers.clear();
        peers.addAll(list);
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
