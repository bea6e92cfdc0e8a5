package dev.blockdesk.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.CanonicalJson;
import dev.blockdesk.chain.MalformedJsonException;
import dev.blockdesk.chain.Transaction;
import dev.blockdesk.chain.WireJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The store in one SQLite file (sqlite-jdbc, WAL mode, full sync): blocks as canonical JSON keyed
 * by index, so appending costs the same at any height and hashes stay exact; pending transactions
 * in arrival order; peers; settings. Every public method is one committed transaction.
 *
 * <p>Transactions are begun, committed and rolled back here, explicitly, not by the driver (which
 * begins the next transaction only if the last rollback worked, and SQLite refuses a rollback of a
 * transaction it has already rolled back itself, as it does when the disk is full). A write that
 * fails leaves the store exactly as before it; see {@link #write}.
 */
public final class SqliteStore implements Store {

    private static final System.Logger LOG = System.getLogger(SqliteStore.class.getName());
    private static final int SCHEMA_VERSION = 1;
    private static final String CLOSED = "the store is closed";

    private final Path file;
    private final UnaryOperator<Connection> connections;
    private Connection connection;
    /** Null while the store is open; once closed, what every call is answered with. */
    private String closed;

    private SqliteStore(Path file, UnaryOperator<Connection> connections) {
        this.file = file;
        this.connections = connections;
    }

    /** Opens (creating if needed) the database file. */
    public static SqliteStore open(Path file) {
        return open(file, UnaryOperator.identity());
    }

    /** For tests: {@code connections} sees (and may wrap) each connection before the store uses it. */
    static SqliteStore open(Path file, UnaryOperator<Connection> connections) {
        SqliteStore store = new SqliteStore(file, connections);
        try {
            store.connection = store.connect();
            store.checkSchema();
            return store;
        } catch (SQLException e) {
            store.closeAfterFailedOpen(e);
            throw new StoreException("cannot open the database " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            store.closeAfterFailedOpen(e);
            throw e;
        }
    }

    /**
     * A new connection, ready for use: the connection stays in the driver's auto-commit mode, and
     * {@link #write} brackets each write in its own BEGIN IMMEDIATE ... COMMIT.
     */
    private Connection connect() throws SQLException {
        Connection opened = connections.apply(DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath()));
        try (Statement s = opened.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA synchronous=FULL");
            s.execute("PRAGMA busy_timeout=5000");
            s.execute("CREATE TABLE IF NOT EXISTS blocks (idx INTEGER PRIMARY KEY, hash TEXT NOT NULL, json BLOB NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS pending (seq INTEGER PRIMARY KEY AUTOINCREMENT, json TEXT NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS peers (seq INTEGER PRIMARY KEY, address TEXT NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
            return opened;
        } catch (SQLException | RuntimeException e) {
            try {
                opened.close();
            } catch (SQLException close) {
                e.addSuppressed(close);
            }
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

    private void closeAfterFailedOpen(Exception failure) {
        closed = CLOSED;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                failure.addSuppressed(e);
            }
        }
    }

    @Override
    public synchronized List<StoredBlock> blocks() {
        return read("read the blocks", () -> {
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

    @Override
    public synchronized List<Transaction> pending() {
        return read("read the pending transactions", () -> {
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
        return read("read the peers", () -> {
            List<String> peers = new ArrayList<>();
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("SELECT address FROM peers ORDER BY seq")) {
                while (rs.next()) {
                    peers.add(rs.getString(1));
                }
            }
            return peers;
        });
    }

    @Override
    public synchronized Map<String, String> settings() {
        return read("read the settings", () -> {
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
        write("save the setting " + key, () -> {
            try (PreparedStatement p = connection.prepareStatement(
                    "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
                p.setString(1, key);
                p.setString(2, value);
                p.executeUpdate();
            }
        });
    }

    @Override
    public synchronized void appendBlock(Block block, List<Transaction> pendingAfter) {
        write("store block " + block.index(), () -> {
            long top;
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT coalesce(max(idx), 0) FROM blocks")) {
                top = rs.getLong(1);
            }
            if (block.index() != top + 1) {
                throw new StoreException("block " + block.index() + " does not follow the " + top + " stored blocks");
            }
            insertBlock(block);
            setPending(pendingAfter);
        });
    }

    @Override
    public synchronized void replaceBlocks(long fromIndex, List<Block> blocks, List<Transaction> pendingAfter) {
        write("replace the chain from block " + fromIndex, () -> {
            try (PreparedStatement p = connection.prepareStatement("DELETE FROM blocks WHERE idx >= ?")) {
                p.setLong(1, fromIndex);
                p.executeUpdate();
            }
            for (Block block : blocks) {
                insertBlock(block);
            }
            setPending(pendingAfter);
        });
    }

    @Override
    public synchronized void addPending(Transaction transaction) {
        write("store a pending transaction", () -> insertPending(transaction));
    }

    @Override
    public synchronized void savePeers(List<String> peers) {
        write("save the peers", () -> {
            try (Statement s = connection.createStatement()) {
                s.executeUpdate("DELETE FROM peers");
            }
            try (PreparedStatement p = connection.prepareStatement("INSERT INTO peers (seq, address) VALUES (?, ?)")) {
                for (int i = 0; i < peers.size(); i++) {
                    p.setInt(1, i);
                    p.setString(2, peers.get(i));
                    p.executeUpdate();
                }
            }
        });
    }

    /**
     * Closes the database. Synchronized like every other method, so a write another thread has
     * begun is committed (or undone) first; any call after this one fails with "the store is closed".
     * Closing again does nothing.
     */
    @Override
    public synchronized void close() {
        if (closed != null) {
            return;
        }
        closed = CLOSED;
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the database " + file + ": " + e.getMessage(), e);
        }
    }

    private void insertBlock(Block block) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO blocks (idx, hash, json) VALUES (?, ?, ?)")) {
            p.setLong(1, block.index());
            p.setString(2, block.hash());
            p.setBytes(3, block.canonicalBytes());
            p.executeUpdate();
        }
    }

    private void setPending(List<Transaction> pending) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("DELETE FROM pending");
        }
        for (Transaction tx : pending) {
            insertPending(tx);
        }
    }

    private void insertPending(Transaction tx) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO pending (json) VALUES (?)")) {
            p.setString(1, tx.canonicalJson());
            p.executeUpdate();
        }
    }

    private Transaction transaction(long seq, String json) {
        try {
            JsonNode node = WireJson.parse(json.getBytes(StandardCharsets.UTF_8));
            if (!node.isObject()) {
                throw new StoreException("pending transaction " + seq + " in " + file + " is not a JSON object: " + CanonicalJson.write(node));
            }
            return Transaction.fromJson((ObjectNode) node);
        } catch (MalformedJsonException e) {
            throw new StoreException("pending transaction " + seq + " in " + file + " is unreadable: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface SqlWork {
        void run() throws SQLException;
    }

    @FunctionalInterface
    private interface SqlRead<T> {
        T run() throws SQLException;
    }

    /**
     * Runs {@code work} as one transaction. If anything fails, nothing of it stays: the store is as
     * before the call (see {@link #undo}), and the failure is a {@link StoreException} that says
     * what could not be done, naming a full disk when that is why.
     */
    private void write(String what, SqlWork work) {
        checkOpen();
        try {
            execute("BEGIN IMMEDIATE");
            work.run();
            execute("COMMIT");
        } catch (Throwable e) {
            undo(e);
            if (e instanceof Error error) {
                throw error;
            }
            throw failure(what, e);
        }
    }

    /**
     * Makes sure nothing of a failed write stays: rolls its transaction back. SQLite may already have
     * done that itself (it does on SQLITE_FULL, SQLITE_IOERR and SQLITE_NOMEM, and when COMMIT fails),
     * and then refuses the ROLLBACK; whether a transaction is left is checked, not assumed. If one is
     * left that will not roll back, the connection is closed, which discards it, and opened again, so
     * no later write can commit half of this one. If it cannot be opened again, the store is closed.
     */
    private void undo(Throwable failure) {
        SQLException rollbackFailure;
        try {
            execute("ROLLBACK");
            return;
        } catch (SQLException e) {
            rollbackFailure = e;
        }
        SQLException leftOpen = transactionLeftOpen();
        if (leftOpen == null) {
            LOG.log(System.Logger.Level.DEBUG, () -> "SQLite had already rolled back the failed write in " + file
                    + " itself (" + failure.getMessage() + "), so there was nothing left to roll back: " + rollbackFailure.getMessage());
            return;
        }
        rollbackFailure.addSuppressed(leftOpen);
        failure.addSuppressed(rollbackFailure);
        LOG.log(System.Logger.Level.WARNING, "could not roll back a failed write in " + file + " (" + rollbackFailure.getMessage()
                + "); closing and opening the database again to discard it", rollbackFailure);
        try {
            connection.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
        try {
            connection = connect();
        } catch (SQLException | RuntimeException e) {
            failure.addSuppressed(e);
            closed = CLOSED + ": the database " + file + " could not be opened again after a failed write (" + e.getMessage()
                    + "); restart Blockdesk";
            LOG.log(System.Logger.Level.ERROR, closed, e);
        }
    }

    /**
     * Null when the connection is known to have no transaction open, else why not: BEGIN is refused
     * inside a transaction. (A plain BEGIN takes no lock and touches no file.)
     */
    private SQLException transactionLeftOpen() {
        try {
            execute("BEGIN");
            execute("ROLLBACK");
            return null;
        } catch (SQLException e) {
            return e;
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    private StoreException failure(String what, Throwable e) {
        if (e instanceof StoreException storeException) {
            return storeException;
        }
        if (diskFull(e)) {
            return new StoreException("could not " + what + ": the disk is full (there is no room to write " + file
                    + "); nothing of it was saved. Free some space and try again", e);
        }
        return new StoreException("could not " + what + " in " + file + ": " + e.getMessage(), e);
    }

    private static boolean diskFull(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLiteException sqlite && (sqlite.getResultCode().code & 0xff) == SQLiteErrorCode.SQLITE_FULL.code) {
                return true;
            }
        }
        return false;
    }

    private <T> T read(String what, SqlRead<T> work) {
        checkOpen();
        try {
            return work.run();
        } catch (SQLException e) {
            throw new StoreException("could not " + what + " from " + file + ": " + e.getMessage(), e);
        }
    }

    private void checkOpen() {
        if (closed != null) {
            throw new StoreException(closed);
        }
    }
}
