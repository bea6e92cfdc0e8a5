package dev.blockdesk.store;

import static dev.blockdesk.store.StoreSnapshot.chainOf;
import static dev.blockdesk.store.StoreSnapshot.transaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.ChainStudyRules;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link SqliteStore#startOver}: a data directory's chain dropped and begun anew, all at once or not at all, on real SQLite. */
class SqliteStoreStartOverTest {

    @TempDir
    Path dir;

    private final AtomicBoolean failSettings = new AtomicBoolean();
    private SqliteStore store;

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    /** A store with a chain of 6 blocks, an orphaned block, a pending transaction, two peers and a difficulty. */
    private SqliteStore filled() {
        store = SqliteStore.open(dir.resolve("blockdesk.db"), Clock.systemUTC(), c -> failingSettings(c, failSettings));
        Chain chain = chainOf(6);
        store.replaceBlocks(1, chain.blocks(), List.of());
        store.replaceBlocks(
                6, StoreContractTest.fork(chain, 5, 6).blocks().subList(5, 6), List.of(transaction("alice")));
        store.savePeers(List.of("http://127.0.0.1:5001", "http://127.0.0.1:5002"), Set.of("http://127.0.0.1:5002"));
        store.putSetting("difficulty", "4");
        store.putSetting("node_id", "0".repeat(32));
        assertEquals(1, store.orphans().size());
        return store;
    }

    private static List<Block> genesis() {
        return Chain.startingAt(new ChainStudyRules(2), 1_700_000_000.5).blocks();
    }

    @Test
    void dropsTheChainTheOrphansAndThePendingStoresTheGenesisAndTheSettingsAndKeepsThePeersWhenAsked() {
        SqliteStore store = filled();
        store.startOver(genesis(), Map.of("dialect", "chain-study", "difficulty", "2", "reward", "100"), true);

        List<StoredBlock> blocks = store.blocks();
        assertEquals(1, blocks.size());
        assertEquals(genesis().get(0).hash(), blocks.get(0).hash());
        assertEquals(List.of(), store.orphans());
        assertEquals(List.of(), store.pending());
        assertEquals(List.of("http://127.0.0.1:5001", "http://127.0.0.1:5002"), store.peers());
        assertEquals(Set.of("http://127.0.0.1:5002"), store.peersThatAddedUs());
        assertEquals("chain-study", store.setting("dialect").orElseThrow());
        assertEquals("2", store.setting("difficulty").orElseThrow());
        assertEquals("100", store.setting("reward").orElseThrow());
        assertEquals("0".repeat(32), store.setting("node_id").orElseThrow(), "the node keeps its id");

        store.close();
        this.store = SqliteStore.open(dir.resolve("blockdesk.db"));
        assertEquals(1, this.store.blocks().size(), "durable: the same after a reopen");
        assertEquals("chain-study", this.store.setting("dialect").orElseThrow());
    }

    @Test
    void forgetsThePeersWhenAsked() {
        SqliteStore store = filled();
        store.startOver(genesis(), Map.of("dialect", "chain-study"), false);
        assertEquals(List.of(), store.peers());
        assertEquals(Set.of(), store.peersThatAddedUs());
    }

    @Test
    void aFailureHalfWayChangesNothingAndSaysSo() {
        SqliteStore store = filled();
        StoreSnapshot before = StoreSnapshot.of(store);
        failSettings.set(true); // the last step: the blocks, orphans and pending are already dropped in the transaction

        StoreException e = assertThrows(
                StoreException.class,
                () -> store.startOver(genesis(), Map.of("dialect", "chain-study", "difficulty", "2"), false));

        assertTrue(e.getMessage().contains("start the chain over"), e.getMessage());
        assertEquals(before, StoreSnapshot.of(store));
        assertEquals(6, store.blocks().size());
    }

    /** The connection, whose statements writing a setting fail while {@code fail} is set, as a full disk would make them. */
    private static Connection failingSettings(Connection real, AtomicBoolean fail) {
        return (Connection) Proxy.newProxyInstance(
                SqliteStoreStartOverTest.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement")
                            && args[0] instanceof String sql
                            && sql.startsWith("INSERT INTO settings")
                            && fail.get()) {
                        throw new SQLException("injected: database or disk is full");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
