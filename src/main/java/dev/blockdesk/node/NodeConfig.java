package dev.blockdesk.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import dev.blockdesk.chain.ChainRules;
import dev.blockdesk.chain.Dialects;
import dev.blockdesk.chain.DvfRules;
import dev.blockdesk.chain.ProofOfWork;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How a node runs. Built with {@link #defaults()} and the {@code with...} methods.
 *
 * <p>It does one thing, the node's settings as one value: most of its length is the {@code with...}
 * methods, each a copy with one field changed, which the formatter writes one argument a line.
 *
 * @param host                 the address the HTTP server binds (127.0.0.1 unless listening beyond loopback is chosen)
 * @param port                 the port; 0 takes any free one
 * @param nodeId               32 lowercase hex characters; the recipient of our mining rewards
 * @param dialect              the id of the dialect the node speaks ({@link Dialects#IDS})
 * @param difficulty           leading zero hex digits a proof needs
 * @param reward               the mining reward amount
 * @param minerThreads         threads that mine; 0 means one per core
 * @param peers                peers to register at start
 * @param autoSyncInterval     how often to resolve with peers on our own, or null for never
 * @param peerConnectTimeout   how long a peer may take to accept a connection
 * @param peerResponseTimeout  how long a peer may take to send its whole answer
 * @param maxPeerResponseBytes the largest whole chain read from a peer ({@code GET /chain}, {@code --max-chain-bytes}),
 *                             counted as it streams in; a page of the sync API is read under the lower of this and
 *                             {@link SyncApi#MAX_PAGE_READ}
 * @param dataDirectory        where {@code GET /write} writes {@code chains.json}, or null for a node without one
 * @param mutualPeering        whether a peer our user adds is asked to add us too
 * @param advertise            the URL we ask peers to add ({@code --advertise}), or null to choose one each peer can
 *                             reach: see {@link #advertisedUrl(String)}
 * @param limits               what a flood of clients can make the node hold at once: connections, pending
 *                             transactions, peers
 */
public record NodeConfig(
        String host,
        int port,
        String nodeId,
        String dialect,
        int difficulty,
        JsonNode reward,
        int minerThreads,
        List<String> peers,
        Duration autoSyncInterval,
        Duration peerConnectTimeout,
        Duration peerResponseTimeout,
        long maxPeerResponseBytes,
        java.nio.file.Path dataDirectory,
        boolean mutualPeering,
        URI advertise,
        NodeLimits limits) {

    public static final int DEFAULT_PORT = 5000;
    /** 1 GiB: a Python peer's 1,000,000 tutorial blocks are about 470 MB, or about 750 MB as Flask's jsonify indents them. */
    public static final long DEFAULT_MAX_PEER_RESPONSE_BYTES = 1L << 30;

    public NodeConfig {
        Objects.requireNonNull(host);
        Objects.requireNonNull(nodeId);
        Objects.requireNonNull(reward);
        Objects.requireNonNull(limits);
        Dialects.rules(dialect, difficulty); // an unknown dialect or difficulty is refused here
        peers = List.copyOf(peers);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 to 65535");
        }
        if (!nodeId.matches("[0-9a-f]{32}")) {
            throw new IllegalArgumentException("a node id is 32 lowercase hex characters");
        }
        advertise = advertise == null ? null : advertisedUrl(advertise.toString());
    }

    /**
     * Reads a URL to advertise: {@code http://host:port}, with both host and port, nothing after
     * them but an optional {@code /}.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    public static URI advertisedUrl(String text) {
        String given = text == null ? "" : text.strip();
        String problem;
        try {
            URI uri = new URI(given);
            if (!given.contains("://")
                    || uri.getScheme() == null
                    || !uri.getScheme().equalsIgnoreCase("http")) {
                problem = "it must start with http://";
            } else if (uri.getHost() == null) {
                problem = "it has no host";
            } else if (uri.getPort() < 0) {
                problem = "it has no port";
            } else if (uri.getPort() < 1 || uri.getPort() > 65535) {
                problem = "the port must be from 1 to 65535";
            } else if (uri.getRawUserInfo() != null
                    || uri.getRawQuery() != null
                    || uri.getRawFragment() != null
                    || !(uri.getRawPath() == null
                            || uri.getRawPath().isEmpty()
                            || uri.getRawPath().equals("/"))) {
                problem = "it must be only the scheme, host and port";
            } else {
                return URI.create("http://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + uri.getPort());
            }
        } catch (URISyntaxException e) {
            problem = given.contains("://") ? "it is not a URL" : "it must start with http://";
        }
        throw new IllegalArgumentException("\"" + given + "\" is not a URL peers can reach us at: " + problem
                + " (like http://192.168.1.20:5000)");
    }

    public static NodeConfig defaults() {
        return new NodeConfig(
                "127.0.0.1",
                DEFAULT_PORT,
                NodeIds.random(),
                DvfRules.ID,
                ProofOfWork.DEFAULT_DIFFICULTY,
                IntNode.valueOf(1),
                0,
                List.of(),
                null,
                Duration.ofSeconds(2),
                Duration.ofSeconds(10),
                DEFAULT_MAX_PEER_RESPONSE_BYTES,
                null,
                true,
                null,
                NodeLimits.defaults());
    }

    /** The chain rules the node starts with: its dialect at {@link #difficulty}. */
    public ChainRules rules() {
        return Dialects.rules(dialect, difficulty);
    }

    public NodeConfig withDialect(String value) {
        return new NodeConfig(
                host,
                port,
                nodeId,
                value,
                difficulty,
                reward,
                minerThreads,
                peers,
                autoSyncInterval,
                peerConnectTimeout,
                peerResponseTimeout,
                maxPeerResponseBytes,
                dataDirectory,
                mutualPeering,
                advertise,
                limits);
    }

    public NodeConfig withHost(String value) {
        return new NodeConfig(
                value,
                port,
                nodeId,
                dialect,
                difficulty,
                reward,
                minerThreads,
                peers,
                autoSyncInterval,
                peerConnectTimeout,
                peerResponseTimeout,
                maxPeerResponseBytes,
                dataDirectory,
                mutualPeering,
                advertise,
                limits);
    }

    public NodeConfig withPort(int value) {
        return new NodeConfig(
                host,
                value,
                nodeId,
                dialect,
                difficulty,
                reward,
                minerThreads,
                peers,
                autoSyncInterval,
                peerConnectTimeout,
                peerResponseTimeout,
                maxPeerResponseBytes,
                dataDirectory,
                mutualPeering,
                advertise,
                limits);
    }

    public NodeConfig withNodeId(String value) {
        return new NodeConfig(
                host,
                port,
                value,
                dialect,
                difficulty,
                reward,
                minerThreads,
                peers,
                autoSyncInterval,
                peerConnectTimeout,
                peerResponseTimeout,
                maxPeerResponseBytes,
                dataDirectory,
                mutualPeering,
                advertise,
                limits);
    }

    public NodeConfig withDifficulty(int value) {
        return new NodeConfig(
                host,
                port,
                nodeId,
                dialect,
                value,
                reward,
                minerThreads,
                peers,
                autoSyncInterval,
                peerConnectTimeout,
                peerResponseTimeout,
                maxPeerResponseBytes,
                dataDirectory,
                mutualPeering,
                advertise,
                limits);
    }

    public NodeConfig withReward(JsonNode value) {
        return new NodeConfig(
                host,
                port,
                nodeId,
                dialect,
                difficulty,
                value,
                minerThreads,
                peers,
                autoSyncInterval,
                peerConnectTimeout,
                peerResponseTimeout,
                maxPeerResponseBytes,
                dataDirectory,
                mutualPeering,
                advertise,
                limits);
    }

    public NodeConfig withMinerThreads(int value) {
        return new NodeConfig(
                host,
                port,
                nodeId,
                dialect,
                difficulty,
                reward,
                value,
                peers,
                autoSyncInterval,
                peerConnectTimeout,
                peerResponseTimeout,
                maxPeerResponseBytes,
                dataDirectory,
                mutualPeering,
                advertise,
                limits);
    }

    public NodeConfig withPeers(List<String> value) {
        return new NodeConfig(
                host,
                port,
                nodeId,
                dialect,
                difficulty,
                reward,
                minerThreads,
                value,
                autoSyncInterval,
                peerConnectTimeout,
                peerResponseTimeout,
                maxPeerResponseBytes,
                dataDirectory,
                mutualPeering,
                advertise,
                limits);
    }

    public NodeConfig withAutoSyncInterval(Duration value) {
        return new NodeConfig(
                host,
                port,
                nodeId,
                dialect,
                difficulty,
                reward,
                minerThreads,
                peers,
                value,
                peerConnectTimeout,
                peerResponseTimeout,
                maxPeerResponseBytes,
                dataDirectory,
                mutualPeering,
                advertise,
                limits);
    }

    public NodeConfig withPeerTimeouts(Duration connect, Duration response) {
        return new NodeConfig(
                host,
                port,
                nodeId,
                dialect,
                difficulty,
                reward,
                minerThreads,
                peers,
                autoSyncInterval,
                connect,
                response,
                maxPeerResponseBytes,
                dataDirectory,
                mutualPeering,
                advertise,
                limits);
    }

    public NodeConfig withMaxPeerResponseBytes(long value) {
        return new NodeConfig(
                host,
                port,
                nodeId,
                dialect,
                difficulty,
                reward,
                minerThreads,
                peers,
                autoSyncInterval,
                peerConnectTimeout,
                peerResponseTimeout,
                value,
                dataDirectory,
                mutualPeering,
                advertise,
                limits);
    }

    public NodeConfig withDataDirectory(java.nio.file.Path value) {
        return new NodeConfig(
                host,
                port,
                nodeId,
                dialect,
                difficulty,
                reward,
                minerThreads,
                peers,
                autoSyncInterval,
                peerConnectTimeout,
                peerResponseTimeout,
                maxPeerResponseBytes,
                value,
                mutualPeering,
                advertise,
                limits);
    }

    public NodeConfig withMutualPeering(boolean value) {
        return new NodeConfig(
                host,
                port,
                nodeId,
                dialect,
                difficulty,
                reward,
                minerThreads,
                peers,
                autoSyncInterval,
                peerConnectTimeout,
                peerResponseTimeout,
                maxPeerResponseBytes,
                dataDirectory,
                value,
                advertise,
                limits);
    }

    /** @param value {@code http://host:port} (see {@link #advertisedUrl(String)}), or null to choose one for each peer */
    public NodeConfig withAdvertise(URI value) {
        return new NodeConfig(
                host,
                port,
                nodeId,
                dialect,
                difficulty,
                reward,
                minerThreads,
                peers,
                autoSyncInterval,
                peerConnectTimeout,
                peerResponseTimeout,
                maxPeerResponseBytes,
                dataDirectory,
                mutualPeering,
                value,
                limits);
    }

    public NodeConfig withLimits(NodeLimits value) {
        return new NodeConfig(
                host,
                port,
                nodeId,
                dialect,
                difficulty,
                reward,
                minerThreads,
                peers,
                autoSyncInterval,
                peerConnectTimeout,
                peerResponseTimeout,
                maxPeerResponseBytes,
                dataDirectory,
                mutualPeering,
                advertise,
                value);
    }
}
