package dev.blockdesk.store;

import static dev.blockdesk.store.StoreSnapshot.bigBlock;
import static dev.blockdesk.store.StoreSnapshot.chainOf;
import static dev.blockdesk.store.StoreSnapshot.manyPeers;
import static dev.blockdesk.store.StoreSnapshot.transaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.Transaction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/**
 * What the full-disk tests share, however they fill the disk: the store they start from, the
 * writes that need new pages, and the check that each fails saying why and leaves nothing behind.
 */
final class FullDisk {

    private FullDisk() {}

    /** Gives {@code store} 5 of {@code chain}'s blocks, {@code waiting} pending, a peer and a setting. */
    static StoreSnapshot prepare(Store store, Chain chain, Transaction waiting) {
        store.replaceBlocks(1, chain.blocks().subList(0, 5), List.of());
        store.addPending(waiting);
        store.savePeers(List.of("127.0.0.1:5001"));
        store.putSetting("theme", "dark");
        return StoreSnapshot.of(store);
    }

    /** One write of each kind, each needing new pages, on a store {@link #prepare}d from {@code chain}; in order. */
    static Map<String, Executable> writes(Store store, Chain chain, Transaction waiting) {
        Block five = chain.blocks().get(4);
        Map<String, Executable> writes = new LinkedHashMap<>();
        writes.put("appendBlock", () -> store.appendBlock(bigBlock(five, 300), List.of()));
        writes.put(
                "replaceBlocks",
                () -> store.replaceBlocks(2, chainOf(80).blocks().subList(1, 80), List.of(waiting)));
        writes.put("addPending", () -> store.addPending(transaction("x".repeat(50_000))));
        writes.put("savePeers", () -> store.savePeers(manyPeers(300)));
        writes.put("putSetting", () -> store.putSetting("window", "x".repeat(50_000)));
        return writes;
    }

    /** Each write fails, says the disk is full and nothing of it was saved, and leaves the store as {@code before}. */
    static void assertEachFailsLeavingNothing(Store store, StoreSnapshot before, Map<String, Executable> writes) {
        for (Map.Entry<String, Executable> write : writes.entrySet()) {
            StoreException e = assertThrows(StoreException.class, write.getValue(), write.getKey());
            assertTrue(
                    e.getMessage().contains("the disk is full")
                            && e.getMessage().contains("nothing of it was saved"),
                    write.getKey() + ": " + e.getMessage());
            assertEquals(before, StoreSnapshot.of(store), write.getKey() + " left something behind");
        }
    }
}
