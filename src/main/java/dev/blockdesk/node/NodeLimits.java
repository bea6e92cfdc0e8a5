package dev.blockdesk.node;

/**
 * What a flood of clients can make a node hold at once, each refused with a clear answer past it.
 *
 * @param maxConnections requests in progress at once (a connection sending its request or awaiting the answer);
 *                       past it a new request is answered 503 and its connection closed
 *                       ({@code --max-connections})
 * @param maxPending     pending transactions; past it {@code POST /transactions/new} is answered 503 and nothing is
 *                       stored ({@code --max-pending})
 * @param maxPeers       peers; a registration that would pass it is refused whole, 409 ({@code --max-peers})
 */
public record NodeLimits(int maxConnections, int maxPending, int maxPeers) {

    public static final int DEFAULT_MAX_CONNECTIONS = 512;
    public static final int DEFAULT_MAX_PENDING = 10_000;
    public static final int DEFAULT_MAX_PEERS = 256;

    public NodeLimits {
        if (maxConnections < 1) {
            throw new IllegalArgumentException("--max-connections must be at least 1");
        }
        if (maxPending < 1) {
            throw new IllegalArgumentException("--max-pending must be at least 1");
        }
        if (maxPeers < 1) {
            throw new IllegalArgumentException("--max-peers must be at least 1");
        }
    }

    public static NodeLimits defaults() {
        return new NodeLimits(DEFAULT_MAX_CONNECTIONS, DEFAULT_MAX_PENDING, DEFAULT_MAX_PEERS);
    }

    public NodeLimits withMaxConnections(int value) {
        return new NodeLimits(value, maxPending, maxPeers);
    }

    public NodeLimits withMaxPending(int value) {
        return new NodeLimits(maxConnections, value, maxPeers);
    }

    public NodeLimits withMaxPeers(int value) {
        return new NodeLimits(maxConnections, maxPending, value);
    }
}
