package dev.blockdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.chain.ChainValidator;
import dev.blockdesk.chain.DvfRules;
import dev.blockdesk.testing.Logs;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> StoredChain.load(store, ANY_PROOF, buggy));
        assertEquals("a bug in a progress listener", e.getMessage());
    }

    @Test
    void storedJsonThatDoesNotReadIsCheckedInFullAndTheLogSaysWhy() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve("blockdesk.db"))) {
            store.replaceBlocks(1, StoreContractTest.chainOf(3).blocks(), List.of());
        }
        try (Connection sql = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("blockdesk.db"));
             Statement s = sql.createStatement()) {
            s.executeUpdate("UPDATE blocks SET json = '{\"index\": ' WHERE idx = 3");
        }
        StoredChain[] loaded = new StoredChain[1];
        List<String> warnings = new CopyOnWriteArrayList<>();
        Logs.warnings(StoredChain.class.getName(), warnings, () -> {
            try (SqliteStore store = SqliteStore.open(dir.resolve("blockdesk.db"))) {
                loaded[0] = StoredChain.load(store, ANY_PROOF);
            }
            return null;
        });
        assertEquals(3, loaded[0].badBlock());
        assertEquals(1, warnings.size(), () -> warnings.toString());
        String logged = warnings.get(0);
        assertTrue(logged.contains("differs at block 3") && logged.contains("checking every block in full"), logged);
        assertTrue(loaded[0].problem().startsWith("the stored chain is invalid at block 3: stored JSON is unreadable"), loaded[0].problem());
    }
}
