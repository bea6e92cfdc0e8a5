package dev.blockdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The orphans table of {@link SqliteStore}: the blocks a replacement overwrote, one row per hash,
 * {@code orphaned_at} in milliseconds since the epoch. Its statements run inside the store's
 * transactions, on the store's connection.
 */
final class SqliteOrphans {

    /** Part of SqliteStore's schema. */
    static final String TABLE = "CREATE TABLE IF NOT EXISTS orphans (hash TEXT PRIMARY KEY, idx INTEGER NOT NULL,"
            + " json BLOB NOT NULL, orphaned_at INTEGER NOT NULL)";
    /** The order of {@link Store#orphans()}, as InMemoryStore's: oldest orphaned first, ties by index, then by hash. */
    private static final String OLDEST_FIRST = "orphaned_at, idx, hash";

    private static final String NEWEST_FIRST = "orphaned_at DESC, idx DESC, hash DESC";

    private SqliteOrphans() {}

    /**
     * Copies the blocks from {@code fromIndex} on into the orphans table, orphaned {@code now}: at
     * most the newest {@link Store#ORPHANS_KEPT} of them (older ones would go at once), a hash already
     * kept only getting the new time. Then drops the oldest orphaned beyond {@link Store#ORPHANS_KEPT}.
     * Call it before the blocks are deleted, in the same transaction.
     */
    static void keep(Connection connection, long fromIndex, Instant now) throws SQLException {
        int copied;
        // The WHERE before ON CONFLICT is what tells SQLite's parser the upsert's ON from a join's.
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO orphans (hash, idx, json, orphaned_at)"
                + " SELECT hash, idx, json, ? FROM blocks WHERE idx >= ? ORDER BY idx DESC LIMIT ?"
                + " ON CONFLICT(hash) DO UPDATE SET orphaned_at = excluded.orphaned_at")) {
            p.setLong(1, now.toEpochMilli());
            p.setLong(2, fromIndex);
            p.setInt(3, Store.ORPHANS_KEPT);
            copied = p.executeUpdate();
        }
        if (copied > 0) {
            try (PreparedStatement p = connection.prepareStatement("DELETE FROM orphans WHERE hash NOT IN"
                    + " (SELECT hash FROM orphans ORDER BY " + NEWEST_FIRST + " LIMIT ?)")) {
                p.setInt(1, Store.ORPHANS_KEPT);
                p.executeUpdate();
            }
        }
    }

    /** The kept orphaned blocks, oldest orphaned first. */
    static List<OrphanedBlock> read(Connection connection) throws SQLException {
        List<OrphanedBlock> orphans = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs =
                        s.executeQuery("SELECT idx, hash, json, orphaned_at FROM orphans ORDER BY " + OLDEST_FIRST)) {
            while (rs.next()) {
                orphans.add(new OrphanedBlock(
                        rs.getLong(1), rs.getString(2), rs.getBytes(3), Instant.ofEpochMilli(rs.getLong(4))));
            }
        }
        return orphans;
    }
}
