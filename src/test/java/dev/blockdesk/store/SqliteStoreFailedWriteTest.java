package dev.blockdesk.store;

import static dev.blockdesk.store.StoreSnapshot.bigBlock;
import static dev.blockdesk.store.StoreSnapshot.chainOf;
import static dev.blockdesk.store.StoreSnapshot.transaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.Transaction;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write that fails leaves the store exactly as it was, and the store works normally (one
 * transaction per method) afterwards: a real SQLite file driven to SQLITE_FULL with
 * {@code PRAGMA max_page_count} on the store's own connection (the limit belongs to a connection,
 * so a second one could not make the store's writes fail).
 */
class SqliteStoreFailedWriteTest {

    @TempDir
    Path dir;

    private final List<Store> opened = new ArrayList<>();
    private Connection connection; // the store's own, as the test hook saw it

    @AfterEach
    void close() {
        opened.forEach(Store::close);
    }

    private SqliteStore open() {
        SqliteStore store = SqliteStore.open(dir.resolve("blockdesk.db"), Clock.systemUTC(), c -> {
            connection = c;
            return c;
        });
        opened.add(store);
        return store;
    }

    /** Lets the database file grow to {@code pages} pages at most; SQLite says how many that is. */
    private long maxPages(long pages) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA max_page_count = " + pages)) {
            return rs.getLong(1);
        }
    }

    private long pages() throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA page_count")) {
            return rs.getLong(1);
        }
    }

    @Test
    void aWriteOnAFullDiskChangesNothingSaysSoAndTheStoreWorksOnceThereIsRoomAgain() throws Exception {
        SqliteStore store = open();
        Chain chain = chainOf(8);
        Transaction waiting = transaction("alice");
        StoreSnapshot before = FullDisk.prepare(store, chain, waiting);

        assertEquals(pages(), maxPages(pages()), "the file may not grow any more");
        Block five = chain.blocks().get(4);
        Map<String, Executable> writes = FullDisk.writes(store, chain, waiting);
        writes.put("appendBlock again", () -> store.appendBlock(bigBlock(five, 300), List.of()));
        FullDisk.assertEachFailsLeavingNothing(store, before, writes);

        maxPages(1_000_000_000);
        assertEquals(before, StoreSnapshot.of(store));
        // Every method works again, and is one transaction again: one that fails half way leaves nothing.
        Block six = chain.blocks().get(5);
        assertThrows(StoreException.class, () -> store.appendBlock(six, Arrays.asList(waiting, null)));
        assertEquals(before, StoreSnapshot.of(store), "a failed append is undone whole");
        store.appendBlock(six, List.of());
        assertEquals(6, store.blocks().size());
        assertEquals(List.of(), store.pending());
        Block seven = chain.blocks().get(6);
        assertThrows(StoreException.class, () -> store.replaceBlocks(2, List.of(seven, seven), List.of(waiting)));
        assertEquals(6, store.blocks().size(), "a failed replacement is undone whole");
        assertEquals(List.of(), store.orphans(), "blocks 2 to 6 were copied to the orphans, and that was undone too");
        assertEquals(List.of(), store.pending());
        store.replaceBlocks(7, List.of(seven), List.of(waiting));
        store.addPending(transaction("carol"));
        store.putSetting("theme", "light");
        store.savePeers(List.of("127.0.0.1:5002"));
        StoreSnapshot after = StoreSnapshot.of(store);
        assertEquals(7, after.blocks().size());
        assertEquals(2, after.pending().size());
        assertEquals("light", after.settings().get("theme"));

        store.close();
        assertEquals(after, StoreSnapshot.of(open()), "what was acknowledged is on disk");
    }

    @Test
    void aRollbackThatFailsStillLeavesNothingOfTheFailedWrite() {
        AtomicBoolean failRollback = new AtomicBoolean();
        SqliteStore store = SqliteStore.open(
                dir.resolve("blockdesk.db"), Clock.systemUTC(), c -> failingRollbacks(c, failRollback));
        opened.add(store);
        Chain chain = chainOf(4);
        store.replaceBlocks(1, chain.blocks(), List.of());
        store.addPending(transaction("alice"));
        StoreSnapshot before = StoreSnapshot.of(store);

        failRollback.set(true);
        Block two = chainOf(2).blocks().get(1);
        // The old blocks are deleted, the first new one is inserted, the second breaks the key: roll back...
        assertThrows(StoreException.class, () -> store.replaceBlocks(2, List.of(two, two), List.of()));
        assertEquals(false, failRollback.get(), "the rollback was attempted, and failed");
        assertEquals(before, StoreSnapshot.of(store), "the failed write is not visible");

        store.putSetting("theme", "dark"); // ...and the next write does not commit the half-done one with it
        store.close();
        StoreSnapshot reopened = StoreSnapshot.of(open());
        assertEquals(before.blocks(), reopened.blocks());
        assertEquals(before.pending(), reopened.pending());
        assertEquals("dark", reopened.settings().get("theme"));
    }

    @Test
    void closingWhileAnotherThreadWritesKeepsEveryAcknowledgedWriteAndRefusesLaterOnesClearly() throws Exception {
        SqliteStore store = open();
        AtomicLong acknowledged = new AtomicLong(-1);
        AtomicReference<Throwable> refused = new AtomicReference<>();
        Thread writer = new Thread(
                () -> {
                    try {
                        for (long i = 0; ; i++) {
                            store.putSetting("window", Long.toString(i));
                            acknowledged.set(i);
                        }
                    } catch (Throwable e) {
                        refused.set(e);
                    }
                },
                "test-writer");
        writer.start();
        while (acknowledged.get() < 50 && writer.isAlive()) {
            Thread.onSpinWait();
        }
        store.close();
        writer.join(10_000);
        assertTrue(refused.get() instanceof StoreException, "refused with " + refused.get());
        assertEquals("the store is closed", refused.get().getMessage());
        assertEquals(
                Long.toString(acknowledged.get()),
                StoreSnapshot.of(open()).settings().get("window"),
                "the last write acknowledged before closing is kept");

        store.close(); // closing twice is harmless
        for (Executable call : List.<Executable>of(
                () -> store.putSetting("theme", "dark"),
                store::blocks,
                () -> store.addPending(transaction("alice")),
                () -> store.savePeers(List.of()))) {
            assertEquals(
                    "the store is closed",
                    assertThrows(StoreException.class, call).getMessage());
        }
    }

    /** {@code real}, except that a rollback fails (without rolling anything back) while {@code fail} is set, once. */
    static Connection failingRollbacks(Connection real, AtomicBoolean fail) {
        return (Connection) Proxy.newProxyInstance(
                SqliteStoreFailedWriteTest.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("rollback")
                            && method.getParameterCount() == 0
                            && fail.getAndSet(false)) {
                        throw new SQLException("injected: the rollback failed");
                    }
                    Object result = call(real, method, args);
                    return result instanceof Statement statement
                                    && method.getName().equals("createStatement")
                            ? failingRollbacks(statement, fail)
                            : result;
                });
    }

    private static Statement failingRollbacks(Statement real, AtomicBoolean fail) {
        return (Statement) Proxy.newProxyInstance(
                SqliteStoreFailedWriteTest.class.getClassLoader(),
                new Class<?>[] {Statement.class},
                (proxy, method, args) -> {
                    if (method.getName().startsWith("execute")
                            && args != null
                            && args.length > 0
                            && args[0] instanceof String sql
                            && sql.strip().equalsIgnoreCase("ROLLBACK")
                            && fail.getAndSet(false)) {
                        throw new SQLException("injected: the rollback failed");
                    }
                    return call(real, method, args);
                });
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
