package dev.blockdesk.store;

import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.BlockBodies;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConfig;

/**
 * Reads the stored blocks back, on a read-only connection of its own: in WAL mode a reader sees the
 * last committed state and never waits for a write in progress, so showing or serving a block never
 * waits on a long replacement (nor on the store's lock). A block a replacement dropped is read from
 * the orphans, by hash. Thread-safe: one statement at a time.
 */
final class SqliteBodies implements BlockBodies {

    /** How long a read may wait for the database file's lock: only a checkpoint or a schema change takes it. */
    private static final int BUSY_MILLIS = 5_000;

    private final Path file;
    private Connection connection; // guarded by this; opened on first use
    private boolean closed; // guarded by this

    SqliteBodies(Path file) {
        this.file = file;
    }

    /** Streams every stored block, in index order, holding one row at a time. */
    synchronized void scan(Store.RowVisitor visitor) {
        try (Statement s = connection().createStatement();
                ResultSet rows = s.executeQuery("SELECT idx, hash, json FROM blocks ORDER BY idx")) {
            rows.setFetchSize(BATCH);
            while (rows.next()) {
                visitor.visit(rows.getLong(1), rows.getString(2), rows.getBytes(3));
            }
        } catch (SQLException e) {
            throw new StoreException("could not read the blocks of " + file + ": " + e.getMessage(), e);
        }
    }

    /** The newest {@code count} stored blocks, newest first. */
    synchronized List<StoredBlock> newest(int count) {
        List<StoredBlock> rows = new ArrayList<>(Math.min(count, BATCH));
        try (PreparedStatement p =
                connection().prepareStatement("SELECT idx, hash, json FROM blocks ORDER BY idx DESC LIMIT ?")) {
            p.setInt(1, count);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    rows.add(new StoredBlock(rs.getLong(1), rs.getString(2), rs.getBytes(3)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("could not read the newest blocks of " + file + ": " + e.getMessage(), e);
        }
        return rows;
    }

    @Override
    public byte[] canonical(long index, String hash) {
        return read(List.of(new Wanted(index, hash))).get(0);
    }

    @Override
    public List<byte[]> canonical(List<Block> blocks) {
        List<Wanted> wanted = new ArrayList<>(blocks.size());
        blocks.forEach(block -> wanted.add(new Wanted(block.index(), block.hash())));
        return read(wanted);
    }

    private record Wanted(long index, String hash) {}

    private synchronized List<byte[]> read(List<Wanted> wanted) {
        byte[][] found = new byte[wanted.size()][];
        long first = wanted.get(0).index();
        try (PreparedStatement p =
                connection().prepareStatement("SELECT idx, hash, json FROM blocks WHERE idx BETWEEN ? AND ?")) {
            p.setLong(1, first);
            p.setLong(2, wanted.get(wanted.size() - 1).index());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    long at = rs.getLong(1) - first;
                    if (at >= 0
                            && at < found.length
                            && wanted.get((int) at).hash().equals(rs.getString(2))) {
                        found[(int) at] = rs.getBytes(3);
                    }
                }
            }
            List<byte[]> bodies = new ArrayList<>(found.length);
            for (int i = 0; i < found.length; i++) {
                bodies.add(found[i] != null ? found[i] : orphaned(wanted.get(i)));
            }
            return bodies;
        } catch (SQLException e) {
            throw new StoreException("could not read block " + first + " back from " + file + ": " + e.getMessage(), e);
        }
    }

    /** A block no longer on the stored chain: a replacement kept it as an orphan, by hash. */
    private byte[] orphaned(Wanted block) throws SQLException {
        try (PreparedStatement p = connection().prepareStatement("SELECT json FROM orphans WHERE hash = ?")) {
            p.setString(1, block.hash());
            try (ResultSet rs = p.executeQuery()) {
                if (rs.next()) {
                    return rs.getBytes(1);
                }
            }
        }
        throw new IllegalStateException(
                "block " + block.index() + " (" + block.hash() + ") is no longer stored in " + file);
    }

    private Connection connection() throws SQLException {
        if (closed) {
            throw new StoreException("the store " + file + " is closed");
        }
        if (connection == null) {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            config.setBusyTimeout(BUSY_MILLIS);
            connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        }
        return connection;
    }

    synchronized void close() {
        closed = true;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                throw new StoreException(
                        "could not close the reading connection of " + file + ": " + e.getMessage(), e);
            } finally {
                connection = null;
            }
        }
    }
}
