package dev.blockdesk.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.BlockBodies;
import dev.blockdesk.chain.CanonicalJson;
import dev.blockdesk.chain.MalformedJsonException;
import dev.blockdesk.chain.Transaction;
import dev.blockdesk.chain.WireJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The store in one SQLite file (sqlite-jdbc, WAL mode, full sync): blocks as canonical JSON keyed
 * by index, so appending costs the same at any height and hashes stay exact; pending transactions
 * in arrival order; peers, with how each came to be ours; settings; the blocks a replacement
 * overwrote (orphans), by hash. Every public method is one committed transaction.
 *
 * <p>This class holds the schema and the SQL of each method, except the orphans' and the peers'
 * tables' SQL, which is {@link SqliteOrphans}' and {@link SqlitePeers}'. The connection and its transactions belong to
 * {@link SqliteTransactions}: a write that fails (on a full disk, say) leaves the store exactly as
 * before it, and says so. Blocks are read back for a long chain on a connection of their own, by
 * {@link SqliteBodies}. It does one thing, the blocks, pending and settings tables of one file;
 * its length is one short method per {@link Store} call.
 */
public final class SqliteStore implements Store {

    private static final int SCHEMA_VERSION = 1;
    private static final int INSERT_BATCH = 1_000;
    /**
     * Run on every connection, including one opened again after a failed write. A database written
     * before orphans or peer origins were kept gets their tables when it is opened (the schema
     * version stays 1: an older Blockdesk reads such a file as before, ignoring the tables).
     */
    private static final List<String> TABLES = Stream.of(
                    List.of(
                            "CREATE TABLE IF NOT EXISTS blocks (idx INTEGER PRIMARY KEY, hash TEXT NOT NULL, json BLOB NOT NULL)",
                            "CREATE TABLE IF NOT EXISTS pending (seq INTEGER PRIMARY KEY AUTOINCREMENT, json TEXT NOT NULL)",
                            "CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
                            SqliteOrphans.TABLE),
                    SqlitePeers.TABLES)
            .flatMap(List::stream)
            .toList();

    private final Path file;
    private final Clock clock;
    private final SqliteTransactions transactions;
    private final SqliteBodies bodies;

    private SqliteStore(Path file, Clock clock, SqliteTransactions transactions) {
        this.file = file;
        this.clock = clock;
        this.transactions = transactions;
        this.bodies = new SqliteBodies(file);
    }

    /** Opens (creating if needed) the database file; blocks are orphaned at the system clock's time. */
    public static SqliteStore open(Path file) {
        return open(file, Clock.systemUTC());
    }

    /** Opens (creating if needed) the database file; blocks are orphaned at {@code clock}'s time. */
    public static SqliteStore open(Path file, Clock clock) {
        return open(file, clock, UnaryOperator.identity());
    }

    /** For tests: {@code connections} sees (and may wrap) each connection before the store uses it. */
    static SqliteStore open(Path file, Clock clock, UnaryOperator<Connection> connections) {
        SqliteTransactions transactions = SqliteTransactions.open(file, connections, TABLES);
        try {
            SqliteStore store = new SqliteStore(file, clock, transactions);
            store.checkSchema();
            return store;
        } catch (RuntimeException e) {
            transactions.closeAfterFailedOpen(e);
            throw e;
        }
    }

    private void checkSchema() {
        String version = settings().get("schema_version");
        if (version == null) {
            putSetting("schema_version", Integer.toString(SCHEMA_VERSION));
        } else if (!version.equals(Integer.toString(SCHEMA_VERSION))) {
            throw new StoreException("the database " + file + " has schema version " + version
                    + ", which this Blockdesk does not read (it reads version " + SCHEMA_VERSION + ")");
        }
    }

    @Override
    public synchronized List<StoredBlock> blocks() {
        return transactions.read("read the blocks", connection -> {
            List<StoredBlock> blocks = new ArrayList<>();
            try (Statement s = connection.createStatement();
                    ResultSet rs = s.executeQuery("SELECT idx, hash, json FROM blocks ORDER BY idx")) {
                while (rs.next()) {
                    blocks.add(new StoredBlock(rs.getLong(1), rs.getString(2), rs.getBytes(3)));
                }
            }
            return blocks;
        });
    }

    /** Streams the blocks on the reading connection: the store stays free for writes meanwhile. */
    @Override
    public void scanBlocks(RowVisitor visitor) {
        bodies.scan(visitor);
    }

    @Override
    public List<StoredBlock> newestBlocks(int count) {
        return bodies.newest(count);
    }

    @Override
    public BlockBodies bodies() {
        return bodies;
    }

    @Override
    public synchronized List<OrphanedBlock> orphans() {
        return transactions.read("read the orphaned blocks", SqliteOrphans::read);
    }

    @Override
    public synchronized long blockCount() {
        return transactions.read("count the blocks", connection -> {
            try (Statement s = connection.createStatement();
                    ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM blocks")) {
                return rows.next() ? rows.getLong(1) : 0L;
            }
        });
    }

    @Override
    public synchronized List<Transaction> pending() {
        return transactions.read("read the pending transactions", connection -> {
            List<Transaction> pending = new ArrayList<>();
            try (Statement s = connection.createStatement();
                    ResultSet rs = s.executeQuery("SELECT seq, json FROM pending ORDER BY seq")) {
                while (rs.next()) {
                    pending.add(transaction(rs.getLong(1), rs.getString(2)));
                }
            }
            return pending;
        });
    }

    @Override
    public synchronized List<String> peers() {
        return transactions.read("read the peers", SqlitePeers::read);
    }

    @Override
    public synchronized Set<String> peersThatAddedUs() {
        return transactions.read("read the peers' origins", SqlitePeers::thatAddedUs);
    }

    @Override
    public synchronized Map<String, String> settings() {
        return transactions.read("read the settings", connection -> {
            Map<String, String> settings = new LinkedHashMap<>();
            try (Statement s = connection.createStatement();
                    ResultSet rs = s.executeQuery("SELECT key, value FROM settings ORDER BY key")) {
                while (rs.next()) {
                    settings.put(rs.getString(1), rs.getString(2));
                }
            }
            return settings;
        });
    }

    @Override
    public synchronized void putSetting(String key, String value) {
        transactions.write("save the setting " + key, connection -> writeSetting(connection, key, value));
    }

    @Override
    public synchronized void replaceChain(
            List<Block> blocks, List<Transaction> pendingAfter, String key, String value) {
        transactions.write("replace the whole chain", connection -> {
            try (Statement s = connection.createStatement()) {
                s.executeUpdate("DELETE FROM blocks");
            }
            insertBlocks(connection, blocks);
            setPending(connection, pendingAfter);
            writeSetting(connection, key, value);
        });
    }

    /**
     * Starts the data directory over, in one transaction: every block, orphaned block and pending
     * transaction is dropped, {@code blocks} (a new genesis block) stored, {@code settings} written
     * (the new chain's dialect, difficulty, reward) and, unless {@code keepPeers}, the peers
     * forgotten. A failure (a full disk) keeps everything as it was.
     */
    public synchronized void startOver(List<Block> blocks, Map<String, String> settings, boolean keepPeers) {
        transactions.write("start the chain over", connection -> {
            try (Statement s = connection.createStatement()) {
                s.executeUpdate("DELETE FROM blocks");
                s.executeUpdate("DELETE FROM orphans");
            }
            insertBlocks(connection, blocks);
            setPending(connection, List.of());
            if (!keepPeers) {
                SqlitePeers.save(connection, List.of(), Set.of());
            }
            for (Map.Entry<String, String> setting : settings.entrySet()) {
                writeSetting(connection, setting.getKey(), setting.getValue());
            }
        });
    }

    private static void writeSetting(Connection connection, String key, String value) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement(
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
            p.setString(1, key);
            p.setString(2, value);
            p.executeUpdate();
        }
    }

    @Override
    public synchronized void appendBlock(Block block, List<Transaction> pendingAfter) {
        transactions.write("store block " + block.index(), connection -> {
            Long top;
            try (Statement s = connection.createStatement();
                    ResultSet rs = s.executeQuery("SELECT max(idx) FROM blocks")) {
                top = rs.next() ? (Long) rs.getObject(1, Long.class) : null;
            }
            if (top != null && block.index() != top + 1) {
                throw new StoreException(
                        "block " + block.index() + " does not follow block " + top + ", the last stored");
            }
            insertBlocks(connection, List.of(block));
            setPending(connection, pendingAfter);
        });
    }

    @Override
    public synchronized void replaceBlocks(long fromIndex, List<Block> blocks, List<Transaction> pendingAfter) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        transactions.write("replace the chain from block " + fromIndex, connection -> {
            SqliteOrphans.keep(connection, fromIndex, now);
            try (PreparedStatement p = connection.prepareStatement("DELETE FROM blocks WHERE idx >= ?")) {
                p.setLong(1, fromIndex);
                p.executeUpdate();
            }
            insertBlocks(connection, blocks);
            setPending(connection, pendingAfter);
        });
    }

    @Override
    public synchronized void addPending(Transaction transaction) {
        transactions.write("store a pending transaction", connection -> insertPending(connection, transaction));
    }

    @Override
    public synchronized void savePeers(List<String> peers, Set<String> addedUs) {
        transactions.write("save the peers", connection -> SqlitePeers.save(connection, peers, addedUs));
    }

    /**
     * Closes the database. Synchronized like every other method, so a write another thread has
     * begun is committed (or undone) first; any call after this one fails with "the store is closed".
     * Closing again does nothing.
     */
    @Override
    public synchronized void close() {
        try {
            bodies.close();
        } finally {
            transactions.close();
        }
    }

    /** One statement for all of them, in batches: a long chain is stored at the speed of its bytes. */
    private static void insertBlocks(Connection connection, List<Block> blocks) throws SQLException {
        try (PreparedStatement p =
                connection.prepareStatement("INSERT INTO blocks (idx, hash, json) VALUES (?, ?, ?)")) {
            int batched = 0;
            for (Block block : blocks) {
                p.setLong(1, block.index());
                p.setString(2, block.hash());
                p.setBytes(3, block.canonicalBytes());
                p.addBatch();
                if (++batched % INSERT_BATCH == 0) {
                    p.executeBatch();
                }
            }
            p.executeBatch();
        }
    }

    private static void setPending(Connection connection, List<Transaction> pending) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("DELETE FROM pending");
        }
        for (Transaction tx : pending) {
            insertPending(connection, tx);
        }
    }

    private static void insertPending(Connection connection, Transaction tx) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO pending (json) VALUES (?)")) {
            p.setString(1, tx.canonicalJson());
            p.executeUpdate();
        }
    }

    private Transaction transaction(long seq, String json) {
        try {
            JsonNode node = WireJson.parse(json.getBytes(StandardCharsets.UTF_8));
            if (!node.isObject()) {
                throw new StoreException("pending transaction " + seq + " in " + file + " is not a JSON object: "
                        + CanonicalJson.write(node));
            }
            return Transaction.fromJson((ObjectNode) node);
        } catch (MalformedJsonException e) {
            throw new StoreException(
                    "pending transaction " + seq + " in " + file + " is unreadable: " + e.getMessage(), e);
        }
    }
}
