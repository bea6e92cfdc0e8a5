package dev.blockdesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.UnaryOperator;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The SQLite connection behind {@link SqliteStore}, and the transactions on it: opens the file (WAL
 * mode, full sync), runs each write as one transaction ({@link #write}) and each read
 * ({@link #read}), undoes a failed write whole, opens the file again when that is the only way to
 * undo it, knows whether the store is closed, and words the failures (naming a full disk).
 *
 * <p>Transactions are begun, committed and rolled back here, explicitly, not by the driver (which
 * begins the next transaction only if the last rollback worked, and SQLite refuses a rollback of a
 * transaction it has already rolled back itself, as it does when the disk is full). A write that
 * fails leaves the database exactly as before it. What is stored, and in which tables, is
 * {@link SqliteStore}'s business.
 */
final class SqliteTransactions {

    /** The store's logger: these messages are about the store. */
    private static final System.Logger LOG = System.getLogger(SqliteStore.class.getName());

    private static final String CLOSED = "the store is closed";

    /** Work done in a write transaction, on the store's connection. */
    @FunctionalInterface
    interface SqlWork {
        void run(Connection connection) throws SQLException;
    }

    /** A read on the store's connection, and what it found. */
    @FunctionalInterface
    interface SqlRead<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Path file;
    private final UnaryOperator<Connection> connections;
    private final List<String> schema;
    private Connection connection;
    /** Null while the store is open; once closed, what every call is answered with. */
    private String closed;

    private SqliteTransactions(Path file, UnaryOperator<Connection> connections, List<String> schema) {
        this.file = file;
        this.connections = connections;
        this.schema = List.copyOf(schema);
    }

    /**
     * Opens (creating if needed) the database file, and runs {@code schema} (statements that may run
     * on every open, such as CREATE TABLE IF NOT EXISTS) on it, and on every connection opened again
     * later. {@code connections} sees (and may wrap) each connection before it is used.
     */
    static SqliteTransactions open(Path file, UnaryOperator<Connection> connections, List<String> schema) {
        SqliteTransactions transactions = new SqliteTransactions(file, connections, schema);
        try {
            transactions.connection = transactions.connect();
            return transactions;
        } catch (SQLException e) {
            transactions.closeAfterFailedOpen(e);
            throw new StoreException("cannot open the database " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            transactions.closeAfterFailedOpen(e);
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
            for (String sql : schema) {
                s.execute(sql);
            }
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

    /** Closes the store when opening it failed after the connection was made; {@code failure} is why. */
    synchronized void closeAfterFailedOpen(Exception failure) {
        closed = CLOSED;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                failure.addSuppressed(e);
            }
        }
    }

    /**
     * Closes the database; any call after this one fails with "the store is closed". Closing again
     * does nothing.
     */
    synchronized void close() {
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

    /**
     * Runs {@code work} as one transaction. If anything fails, nothing of it stays: the store is as
     * before the call (see {@link #undo}), and the failure is a {@link StoreException} that says
     * what could not be done, naming a full disk when that is why.
     */
    synchronized void write(String what, SqlWork work) {
        checkOpen();
        try {
            execute("BEGIN IMMEDIATE");
            work.run(connection);
            execute("COMMIT");
        } catch (Throwable e) {
            undo(e);
            if (e instanceof Error error) {
                throw error;
            }
            throw failure(what, e);
        }
    }

    /** Runs {@code work}, a read; a failure is a {@link StoreException} that says what could not be read. */
    synchronized <T> T read(String what, SqlRead<T> work) {
        checkOpen();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("could not " + what + " from " + file + ": " + e.getMessage(), e);
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
            LOG.log(
                    System.Logger.Level.DEBUG,
                    () -> "SQLite had already rolled back the failed write in " + file + " itself ("
                            + failure.getMessage() + "), so there was nothing left to roll back: "
                            + rollbackFailure.getMessage());
            return;
        }
        rollbackFailure.addSuppressed(leftOpen);
        failure.addSuppressed(rollbackFailure);
        LOG.log(
                System.Logger.Level.WARNING,
                "could not roll back a failed write in " + file + " (" + rollbackFailure.getMessage()
                        + "); closing and opening the database again to discard it",
                rollbackFailure);
        try {
            connection.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
        try {
            connection = connect();
        } catch (SQLException | RuntimeException e) {
            failure.addSuppressed(e);
            closed = CLOSED + ": the database " + file + " could not be opened again after a failed write ("
                    + e.getMessage() + "); restart Blockdesk";
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
            return new StoreException(
                    "could not " + what + ": the disk is full (there is no room to write " + file
                            + "); nothing of it was saved. Free some space and try again.",
                    e);
        }
        return new StoreException("could not " + what + " in " + file + ": " + e.getMessage(), e);
    }

    private static boolean diskFull(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLiteException sqlite
                    && (sqlite.getResultCode().code & 0xff) == SQLiteErrorCode.SQLITE_FULL.code) {
                return true;
            }
        }
        return false;
    }

    private void checkOpen() {
        if (closed != null) {
            throw new StoreException(closed);
        }
    }
}
