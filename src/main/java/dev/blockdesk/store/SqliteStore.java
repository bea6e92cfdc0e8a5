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

/**
 * The store in one SQLite file (sqlite-jdbc, WAL mode, full sync): blocks as canonical JSON keyed
 * by index, so appending costs the same at any height and hashes stay exact; pending transactions
 * in arrival order; peers; settings. Every public method is one committed transaction.
 */
public final class SqliteStore implements Store {

    private static final int SCHEMA_VERSION = 1;

    private final Path file;
    private final Connection connection;

    private SqliteStore(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (creating if needed) the database file. */
    public static SqliteStore open(Path file) {
        try {
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            SqliteStore store = new SqliteStore(file, connection);
            store.initialise();
            return store;
        } catch (SQLException e) {
            throw new StoreException("cannot open the database " + file + ": " + e.getMessage(), e);
        }
    }

    private void initialise() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA synchronous=FULL");
            s.execute("PRAGMA busy_timeout=5000");
            s.execute("CREATE TABLE IF NOT EXISTS blocks (idx INTEGER PRIMARY KEY, hash TEXT NOT NULL, json BLOB NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS pending (seq INTEGER PRIMARY KEY AUTOINCREMENT, json TEXT NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS peers (seq INTEGER PRIMARY KEY, address TEXT NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
        }
        connection.setAutoCommit(false);
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

    @Override
    public synchronized void close() {
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

    private void write(String what, SqlWork work) {
        try {
            work.run();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw e instanceof StoreException se ? se
                    : new StoreException("could not " + what + " in " + file + ": " + e.getMessage(), e);
        }
    }

    private <T> T read(String what, SqlRead<T> work) {
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException e) {
            throw new StoreException("could not " + what + " from " + file + ": " + e.getMessage(), e);
        }
    }
}
