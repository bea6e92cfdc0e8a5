package dev.blockdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The peers tables of {@link SqliteStore}: {@code peers} in the order they were added, and
 * {@code peer_origins}, how each came to be ours (a database from before that table has no rows in
 * it: every peer reads as added by us). Its statements run inside the store's transactions, on the
 * store's connection.
 */
final class SqlitePeers {

    /** Part of SqliteStore's schema. */
    static final List<String> TABLES = List.of(
            "CREATE TABLE IF NOT EXISTS peers (seq INTEGER PRIMARY KEY, address TEXT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS peer_origins (address TEXT PRIMARY KEY, origin TEXT NOT NULL)");
    /** A peer's origin in {@code peer_origins}: as the Peers tab says it. */
    private static final String ADDED_BY_US = "added by us";

    private static final String ADDED_US = "added us";

    private SqlitePeers() {}

    static List<String> read(Connection connection) throws SQLException {
        List<String> peers = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT address FROM peers ORDER BY seq")) {
            while (rs.next()) {
                peers.add(rs.getString(1));
            }
        }
        return peers;
    }

    static Set<String> thatAddedUs(Connection connection) throws SQLException {
        Set<String> addedUs = new HashSet<>();
        try (PreparedStatement p = connection.prepareStatement("SELECT address FROM peer_origins WHERE origin = ?")) {
            p.setString(1, ADDED_US);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    addedUs.add(rs.getString(1));
                }
            }
        }
        return addedUs;
    }

    /** Replaces the peers and their origins with {@code peers}, {@code addedUs} being those that added us. */
    static void save(Connection connection, List<String> peers, Set<String> addedUs) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("DELETE FROM peers");
            s.executeUpdate("DELETE FROM peer_origins");
        }
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO peers (seq, address) VALUES (?, ?)");
                PreparedStatement o = connection.prepareStatement(
                        "INSERT OR REPLACE INTO peer_origins (address, origin) VALUES (?, ?)")) {
            for (int i = 0; i < peers.size(); i++) {
                p.setInt(1, i);
                p.setString(2, peers.get(i));
                p.executeUpdate();
                o.setString(1, peers.get(i));
                o.setString(2, addedUs.contains(peers.get(i)) ? ADDED_US : ADDED_BY_US);
                o.executeUpdate();
            }
        }
    }
}
