package dev.blockdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.chain.ChainValidator;
import dev.blockdesk.chain.DvfRules;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
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
    void storedJsonThatDoesNotReadIsCheckedRowByRowAndTheLogSaysWhy() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve("blockdesk.db"))) {
            store.replaceBlocks(1, StoreContractTest.chainOf(3).blocks(), List.of());
        }
        try (Connection sql = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("blockdesk.db"));
             Statement s = sql.createStatement()) {
            s.executeUpdate("UPDATE blocks SET json = '{\"index\": ' WHERE idx = 3");
        }
        StoredChain[] loaded = new StoredChain[1];
        List<LogRecord> warnings = warnings(() -> {
            try (SqliteStore store = SqliteStore.open(dir.resolve("blockdesk.db"))) {
                loaded[0] = StoredChain.load(store, ANY_PROOF);
            }
        });
        assertEquals(3, loaded[0].badBlock());
        assertEquals(1, warnings.size(), () -> warnings.toString());
        String logged = warnings.get(0).getMessage();
        assertTrue(logged.contains("does not read as JSON") && logged.contains("row by row"), logged);
    }

    /** The warnings StoredChain logs while {@code action} runs. */
    private static List<LogRecord> warnings(Runnable action) {
        Logger logger = Logger.getLogger(StoredChain.class.getName());
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    records.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(handler);
        try {
            action.run();
        } finally {
            logger.removeHandler(handler);
        }
        return records;
    }
}
