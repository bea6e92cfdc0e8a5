package dev.blockdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.IntNode;
import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.ChainValidator;
import dev.blockdesk.chain.DvfRules;
import dev.blockdesk.chain.SevensRules;
import dev.blockdesk.chain.Transaction;
import dev.blockdesk.testing.ManualClock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite store on a real file in a temporary directory. */
class SqliteStoreTest extends StoreContractTest {

    /** The link and proof checks are not what these tests are about; difficulty 0 accepts any proof. */
    private static final ChainValidator ANY_PROOF = new ChainValidator(new DvfRules(0));

    @TempDir
    Path dir;

    private final List<Store> opened = new ArrayList<>();

    @Override
    Store store(Clock clock) {
        return open(clock);
    }

    private SqliteStore open() {
        return open(Clock.systemUTC());
    }

    private SqliteStore open(Clock clock) {
        SqliteStore store = SqliteStore.open(dir.resolve("blockdesk.db"), clock);
        opened.add(store);
        return store;
    }

    @AfterEach
    void close() {
        opened.forEach(Store::close);
    }

    @Test
    void loadingShowsTheNewestRowsFirstThenHowManyBlocksAreChecked() {
        Chain chain = chainOf(2_500);
        SqliteStore store = open();
        store.replaceBlocks(1, chain.blocks(), List.of());
        List<Integer> rowsRead = new java.util.ArrayList<>();
        List<String> checked = new java.util.ArrayList<>();
        StoredChain loaded = StoredChain.load(store, ANY_PROOF, new StoredChain.Progress() {
            @Override
            public void read(List<StoredBlock> newestFirst, int total) {
                assertTrue(checked.isEmpty(), "the rows come before any block is checked");
                rowsRead.add(newestFirst.size());
                rowsRead.add(total);
                assertEquals(chain.tip().hash(), newestFirst.get(0).hash());
                assertEquals(
                        chain.block(chain.tip().index() - StoredChain.PREVIEW + 1)
                                .hash(),
                        newestFirst.get(StoredChain.PREVIEW - 1).hash());
            }

            @Override
            public void checked(int count, int total) {
                checked.add(count + "/" + total);
            }
        });
        assertTrue(loaded.isValid(), loaded.problem());
        assertEquals(List.of(StoredChain.PREVIEW, 2_500), rowsRead);
        assertEquals(List.of("1000/2500", "2000/2500", "2500/2500"), checked);
    }

    @Test
    void everythingSurvivesClosingAndOpeningAgain() {
        Chain chain = chainOf(6);
        try (SqliteStore store = SqliteStore.open(dir.resolve("blockdesk.db"))) {
            store.replaceBlocks(1, chain.blocks(), List.of());
            store.savePeers(List.of("127.0.0.1:5001"));
            store.putSetting("node_id", "ab".repeat(16));
        }
        SqliteStore again = open();
        StoredChain loaded = StoredChain.load(again, ANY_PROOF);
        assertTrue(loaded.isValid(), loaded.problem());
        assertEquals(chain, loaded.chain().orElseThrow());
        assertEquals(List.of("127.0.0.1:5001"), again.peers());
        assertEquals("ab".repeat(16), again.setting("node_id").orElseThrow());
    }

    @Test
    void peersThatAddedUsStaySoAfterOpeningAgain() {
        try (SqliteStore store = SqliteStore.open(dir.resolve("blockdesk.db"))) {
            store.savePeers(List.of("127.0.0.1:5001", "127.0.0.1:5002"), Set.of("127.0.0.1:5002"));
        }
        SqliteStore again = open();
        assertEquals(List.of("127.0.0.1:5001", "127.0.0.1:5002"), again.peers());
        assertEquals(Set.of("127.0.0.1:5002"), again.peersThatAddedUs());
    }

    @Test
    void aDatabaseFromBeforePeersHadAnOriginReadsThemAllAsAddedByUs() throws Exception {
        Path file = dir.resolve("blockdesk.db");
        try (Connection sql = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = sql.createStatement()) {
            // the schema as this version's predecessor wrote it: no peer_origins table
            s.executeUpdate("CREATE TABLE blocks (idx INTEGER PRIMARY KEY, hash TEXT NOT NULL, json BLOB NOT NULL)");
            s.executeUpdate("CREATE TABLE pending (seq INTEGER PRIMARY KEY AUTOINCREMENT, json TEXT NOT NULL)");
            s.executeUpdate("CREATE TABLE peers (seq INTEGER PRIMARY KEY, address TEXT NOT NULL)");
            s.executeUpdate("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
            s.executeUpdate("INSERT INTO settings (key, value) VALUES ('schema_version', '1')");
            s.executeUpdate("INSERT INTO peers (seq, address) VALUES (0, '127.0.0.1:5001'), (1, '127.0.0.1:5002')");
        }
        SqliteStore old = open();
        assertEquals(List.of("127.0.0.1:5001", "127.0.0.1:5002"), old.peers());
        assertEquals(Set.of(), old.peersThatAddedUs());
        old.savePeers(List.of("127.0.0.1:5001", "127.0.0.1:5003"), Set.of("127.0.0.1:5003"));
        assertEquals(Set.of("127.0.0.1:5003"), old.peersThatAddedUs(), "and takes origins from then on");
    }

    @Test
    void aFailedReplacementLeavesTheOldChainWhole() {
        SqliteStore store = open();
        Chain chain = chainOf(4);
        store.replaceBlocks(1, chain.blocks(), List.of());
        Block duplicate = chain.blocks().get(1);
        // Block 2 twice: the second insert violates the key, and the whole replacement rolls back.
        assertThrows(StoreException.class, () -> store.replaceBlocks(2, List.of(duplicate, duplicate), List.of()));
        assertEquals(4, store.blocks().size());
        assertEquals(chain, StoredChain.load(store, ANY_PROOF).chain().orElseThrow());
        assertEquals(
                List.of(), store.orphans(), "blocks 2 to 4 were copied to the orphans, and that was rolled back too");
    }

    @Test
    void orphansSurviveClosingAndOpeningAgain() {
        Chain ours = chainOf(5);
        Chain theirs = fork(ours, 3, 6);
        List<String> orphans;
        try (SqliteStore store = SqliteStore.open(dir.resolve("blockdesk.db"), new ManualClock(START))) {
            store.replaceBlocks(1, ours.blocks(), List.of());
            store.replaceBlocks(4, theirs.blocks().subList(3, 6), List.of());
            orphans = describe(store.orphans());
        }
        assertEquals(List.of(orphan(ours, 4, START), orphan(ours, 5, START)), orphans);
        assertEquals(orphans, describe(open().orphans()));
    }

    @Test
    void aDatabaseWrittenBeforeOrphansWereKeptOpensAndKeepsThemFromThenOn() throws Exception {
        Chain ours = chainOf(4);
        try (Connection sql = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("blockdesk.db"));
                Statement s = sql.createStatement()) {
            // The previous build's schema, word for word, and what it wrote.
            s.execute(
                    "CREATE TABLE IF NOT EXISTS blocks (idx INTEGER PRIMARY KEY, hash TEXT NOT NULL, json BLOB NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS pending (seq INTEGER PRIMARY KEY AUTOINCREMENT, json TEXT NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS peers (seq INTEGER PRIMARY KEY, address TEXT NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
            s.execute("INSERT INTO settings (key, value) VALUES ('schema_version', '1')");
            try (PreparedStatement p = sql.prepareStatement("INSERT INTO blocks (idx, hash, json) VALUES (?, ?, ?)")) {
                for (Block block : ours.blocks()) {
                    p.setLong(1, block.index());
                    p.setString(2, block.hash());
                    p.setBytes(3, block.canonicalBytes());
                    p.executeUpdate();
                }
            }
        }

        SqliteStore store = open(new ManualClock(START));
        assertEquals(ours, StoredChain.load(store, ANY_PROOF).chain().orElseThrow());
        assertEquals(List.of(), store.orphans());
        Chain theirs = fork(ours, 2, 5);
        store.replaceBlocks(3, theirs.blocks().subList(2, 5), List.of());
        assertEquals(List.of(orphan(ours, 3, START), orphan(ours, 4, START)), describe(store.orphans()));
        assertEquals(
                "1",
                store.setting("schema_version").orElseThrow(),
                "the same schema version: the table is simply added");
    }

    @Test
    void aTamperedDatabaseIsDetectedAndTheFirstBadBlockNamed() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve("blockdesk.db"))) {
            store.replaceBlocks(1, chainOf(6).blocks(), List.of());
        }
        try (Connection sql = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("blockdesk.db"));
                Statement s = sql.createStatement()) {
            s.executeUpdate(
                    "UPDATE blocks SET json = replace(json, '\"amount\": 0.1', '\"amount\": 1000.0') WHERE idx = 4");
        }
        StoredChain loaded = StoredChain.load(open(), ANY_PROOF);
        assertFalse(loaded.isValid());
        assertEquals(4, loaded.badBlock());
        assertEquals(
                "the stored chain is invalid at block 4: its content does not match the hash recorded when it was stored",
                loaded.problem());
        assertEquals(3, loaded.validPrefix().orElseThrow().length());
    }

    @Test
    void aRewrittenHashColumnIsCaughtByTheNextLink() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve("blockdesk.db"))) {
            store.replaceBlocks(1, chainOf(5).blocks(), List.of());
        }
        try (Connection sql = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("blockdesk.db"));
                Statement s = sql.createStatement()) {
            s.executeUpdate(
                    "UPDATE blocks SET json = replace(json, '\"amount\": 0.1', '\"amount\": 2.0') WHERE idx = 2");
            s.executeUpdate("UPDATE blocks SET hash = 'x' WHERE idx = 2");
        }
        StoredChain loaded = StoredChain.load(open(), ANY_PROOF);
        assertEquals(2, loaded.badBlock());
        try (Connection sql = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("blockdesk.db"));
                Statement s = sql.createStatement()) {
            s.executeUpdate("UPDATE blocks SET json = 'not json' WHERE idx = 5");
        }
        assertEquals(2, StoredChain.load(open(), ANY_PROOF).badBlock(), "the first bad block is named");
    }

    @Test
    void storedBlocksAreHashedAgainByTheChainsOwnRules() throws Exception {
        SevensRules sevens = new SevensRules(1);
        Chain chain = Chain.startingAt(sevens, 1528705939.274652);
        while (chain.length() < 5) {
            Block tip = chain.tip();
            long proof = 7 - tip.proof().longValueExact() % 7;
            chain = chain.append(Block.create(
                    tip.index() + 1,
                    1528705940.5 + tip.index(),
                    List.of(Transaction.of("a", "b", IntNode.valueOf(1))),
                    proof,
                    tip.hash(),
                    sevens.hasher()));
        }
        try (SqliteStore store = SqliteStore.open(dir.resolve("blockdesk.db"))) {
            store.replaceBlocks(1, chain.blocks(), List.of());
        }
        ChainValidator validator = new ChainValidator(sevens);
        assertEquals(chain, StoredChain.load(open(), validator).chain().orElseThrow());
        assertEquals(
                "the stored chain is invalid at block 1: its content does not match the hash recorded when it was stored",
                StoredChain.load(open(), ANY_PROOF).problem(),
                "dvf hashes the same rows differently");

        try (Connection sql = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("blockdesk.db"));
                Statement s = sql.createStatement()) {
            s.executeUpdate("UPDATE blocks SET json = replace(json, '\"amount\": 1', '\"amount\": 9') WHERE idx = 4");
        }
        StoredChain tampered = StoredChain.load(open(), validator);
        assertEquals(
                "the stored chain is invalid at block 4: its content does not match the hash recorded when it was stored",
                tampered.problem());
        assertEquals(chain.block(3), tampered.validPrefix().orElseThrow().tip());
    }

    @Test
    void unreadableJsonIsReportedNotThrown() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve("blockdesk.db"))) {
            store.replaceBlocks(1, chainOf(3).blocks(), List.of());
        }
        try (Connection sql = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("blockdesk.db"));
                Statement s = sql.createStatement()) {
            s.executeUpdate("UPDATE blocks SET json = '{\"index\": ' WHERE idx = 3");
        }
        StoredChain loaded = StoredChain.load(open(), ANY_PROOF);
        assertEquals(3, loaded.badBlock());
        assertTrue(
                loaded.problem().startsWith("the stored chain is invalid at block 3: stored JSON is unreadable"),
                loaded.problem());
    }

    @Test
    void aSecondOpeningOfTheSameDataDirectoryIsRefused() {
        try (DataDirectory first = DataDirectory.open(dir.resolve("data"))) {
            StoreException e = assertThrows(StoreException.class, () -> DataDirectory.open(dir.resolve("data")));
            assertEquals(
                    "the data directory " + first.path() + " is already in use by another Blockdesk;"
                            + " close it, or give this one another --data-dir",
                    e.getMessage());
        }
        DataDirectory.open(dir.resolve("data")).close(); // free again once the first is closed
    }
}
