package dev.blockdesk.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.ChainValidator;
import dev.blockdesk.chain.DvfRules;
import dev.blockdesk.chain.Sha256;
import dev.blockdesk.testing.Logs;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the stored chain back: bad data is diagnosed and said, a bug is not mistaken for bad data. */
class StoredChainTest {

    private static final ChainValidator ANY_PROOF = new ChainValidator(new DvfRules(0));

    @TempDir
    Path dir;

    @Test
    void aProgrammingErrorWhileTheChainIsReadIsThrownNotTakenForBadData() {
        InMemoryStore store = new InMemoryStore();
        store.replaceBlocks(1, StoreContractTest.chainOf(2_500).blocks(), List.of());
        StoredChain.Progress buggy = (checked, total) -> {
            if (checked < total) {
                throw new IllegalStateException("a bug in a progress listener"); // called while the rows are streamed
            }
        };
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> StoredChain.load(store, ANY_PROOF, buggy));
        assertEquals("a bug in a progress listener", e.getMessage());
    }

    @Test
    void storedJsonThatDoesNotReadIsCheckedInFullAndTheLogSaysWhy() throws Exception {
        storeChainOf(3);
        sql("UPDATE blocks SET json = '{\"index\": ' WHERE idx = 3");
        List<String> warnings = new CopyOnWriteArrayList<>();
        StoredChain loaded = Logs.warnings(StoredChain.class.getName(), warnings, this::load);
        assertEquals(3, loaded.badBlock());
        assertEquals(1, warnings.size(), () -> warnings.toString());
        String logged = warnings.get(0);
        assertTrue(logged.contains("differs at block 3") && logged.contains("checking every block in full"), logged);
        assertTrue(
                loaded.problem().startsWith("the stored chain is invalid at block 3: stored JSON is unreadable"),
                loaded.problem());
    }

    @Test
    void aLoadedChainHoldsHeadersAndReadsItsBodiesBackFromTheStoreWithoutTheThoroughPath() throws Exception {
        Chain chain = StoreContractTest.chainOf(1_500);
        try (SqliteStore store = SqliteStore.open(dir.resolve("blockdesk.db"))) {
            store.replaceBlocks(1, chain.blocks(), List.of());
        }
        List<String> warnings = new CopyOnWriteArrayList<>();
        try (SqliteStore store = SqliteStore.open(dir.resolve("blockdesk.db"))) {
            Chain loaded = Logs.warnings(
                            StoredChain.class.getName(), warnings, () -> StoredChain.load(store, ANY_PROOF))
                    .chain()
                    .orElseThrow();
            assertEquals(List.of(), warnings, "a sound store is checked the quick way");
            assertEquals(chain, loaded);
            assertTrue(loaded.blocks().stream().noneMatch(Block::holdsBody), "only headers in memory");
            Block middle = loaded.block(700);
            assertEquals(chain.block(700).transactions(), middle.transactions());
            assertEquals(chain.block(700).transactionIds(), middle.transactionIds());
            assertEquals(2, middle.transactionCount());
            ByteArrayOutputStream served = new ByteArrayOutputStream();
            loaded.writeDocument(served);
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            chain.writeDocument(expected);
            assertArrayEquals(
                    expected.toByteArray(), served.toByteArray(), "the chain streams from the store byte for byte");
            ByteArrayOutputStream exported = new ByteArrayOutputStream();
            loaded.writeArray(exported, ANY_PROOF.rules());
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            chain.writeArray(file, ANY_PROOF.rules());
            assertArrayEquals(file.toByteArray(), exported.toByteArray(), "and is exported as a file the same");
        }
    }

    @Test
    void aBlockRewrittenWithAMatchingHashIsCaughtByTheNextLinkOnHeadersAlone() throws Exception {
        storeChainOf(6);
        rewrite(3, json -> json.replace("\"amount\": 0.1", "\"amount\": 1000.0"));
        StoredChain loaded = load();
        assertEquals(
                "the stored chain is invalid at block 4: previous_hash does not match the hash of block 3",
                loaded.problem());
        assertEquals(
                3, loaded.validPrefix().orElseThrow().length(), "the rewritten block itself is well formed and linked");
    }

    @Test
    void aNewestBlockRewrittenOutOfCanonicalFormIsCaughtByReadingItInFull() throws Exception {
        storeChainOf(6);
        rewrite(6, json -> json.replace("\"index\": 6, ", "\"index\":6,"));
        List<String> warnings = new CopyOnWriteArrayList<>();
        StoredChain loaded = Logs.warnings(StoredChain.class.getName(), warnings, this::load);
        assertEquals(
                "the stored chain is invalid at block 6: its content does not match the hash recorded when it was stored",
                loaded.problem());
        assertTrue(warnings.get(0).contains("newest block that does not read back as stored"), warnings.toString());
    }

    @Test
    void aStoreWithARowMissingIsNamedAtTheGap() throws Exception {
        storeChainOf(6);
        sql("DELETE FROM blocks WHERE idx = 4");
        StoredChain loaded = load();
        assertEquals(
                "the stored chain is invalid at block 4: stored with index 5 where block 4 belongs", loaded.problem());
        assertEquals(3, loaded.validPrefix().orElseThrow().length());
    }

    private void storeChainOf(int length) {
        try (SqliteStore store = SqliteStore.open(dir.resolve("blockdesk.db"))) {
            store.replaceBlocks(1, StoreContractTest.chainOf(length).blocks(), List.of());
        }
    }

    private void sql(String update) throws Exception {
        try (Connection sql = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("blockdesk.db"));
                Statement s = sql.createStatement()) {
            s.executeUpdate(update);
        }
    }

    private StoredChain load() {
        try (SqliteStore store = SqliteStore.open(dir.resolve("blockdesk.db"))) {
            return StoredChain.load(store, ANY_PROOF);
        }
    }

    /** Rewrites block {@code index}'s stored JSON and records the SHA-256 of the new bytes as its hash, as a careful tamperer would. */
    private void rewrite(int index, UnaryOperator<String> change) throws Exception {
        try (Connection sql = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("blockdesk.db"))) {
            String json;
            try (PreparedStatement read = sql.prepareStatement("SELECT json FROM blocks WHERE idx = ?")) {
                read.setInt(1, index);
                try (ResultSet rs = read.executeQuery()) {
                    rs.next();
                    json = new String(rs.getBytes(1), StandardCharsets.US_ASCII);
                }
            }
            byte[] changed = change.apply(json).getBytes(StandardCharsets.US_ASCII);
            assertTrue(!json.equals(new String(changed, StandardCharsets.US_ASCII)), "the change applies");
            try (PreparedStatement write = sql.prepareStatement("UPDATE blocks SET json = ?, hash = ? WHERE idx = ?")) {
                write.setBytes(1, changed);
                write.setString(2, Sha256.hex(changed));
                write.setInt(3, index);
                write.executeUpdate();
            }
        }
    }
}
