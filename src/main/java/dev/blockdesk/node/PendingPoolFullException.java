package dev.blockdesk.node;

/**
 * A new transaction refused because the pending pool holds its most ({@link NodeLimits#maxPending()}):
 * nothing was stored or added. Mining a block empties the pool.
 */
public final class PendingPoolFullException extends RuntimeException {

    private final int limit;

    public PendingPoolFullException(int limit) {
        super("pending pool is full (" + limit + " transactions); mine a block first");
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
