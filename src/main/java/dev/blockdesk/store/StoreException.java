package dev.blockdesk.store;

/** Storage failed: the disk, the database file, or its contents. The message says which and what to do. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
