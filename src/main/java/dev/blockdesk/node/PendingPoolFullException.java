package dev.blockdesk.node;

import dev.blockdesk.chain.ChainText;
import dev.blockdesk.chain.Explained;

/**
 * A new transaction refused because the pending pool holds its most ({@link NodeLimits#maxPending()}):
 * nothing was stored or added. Mining a block empties the pool.
 */
public final class PendingPoolFullException extends RuntimeException implements Explained {

    private final int limit;
    private final transient ChainText text;

    public PendingPoolFullException(int limit) {
        this(limit, ChainText.of("node.pendingFull", limit));
    }

    private PendingPoolFullException(int limit, ChainText text) {
        super(text.english());
        this.limit = limit;
        this.text = text;
    }

    public int limit() {
        return limit;
    }

    /** The message in any language; {@link #getMessage()} is its English. */
    @Override
    public ChainText text() {
        return text;
    }
}
