package dev.blockdesk.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import dev.blockdesk.chain.InvalidTransactionException;
import dev.blockdesk.chain.ProofOfWork;
import dev.blockdesk.chain.TransactionRules;
import dev.blockdesk.node.CorsOrigins;
import dev.blockdesk.node.NodeConfig;
import dev.blockdesk.node.NodeLimits;
import dev.blockdesk.node.SyncApi;
import dev.blockdesk.store.DefaultDataDirectory;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/**
 * The options of a node, shared by {@code blockdesk node} and the desktop app.
 *
 * <p>It does one thing, the command line's node options as picocli fields; its length is one annotated
 * field and its description an option.
 */
public final class NodeOptions {

    @Option(
            names = "--host",
            paramLabel = "H",
            defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 listens beyond this machine).")
    String host;

    @Option(
            names = "--port",
            paramLabel = "P",
            description =
                    "Port to listen on (default: 5000; the desktop takes the next free one if it is taken; 0 takes any free port).")
    Integer port;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "Where the chain, pending transactions, peers and settings are kept (default: "
                    + DefaultDataDirectory.DESCRIPTION + ").")
    Path dataDir;

    /** The data directory chosen when {@code --data-dir} is not given; null until then. */
    private DefaultDataDirectory defaultDataDir;

    private static final System.Logger LOG = System.getLogger(NodeOptions.class.getName());

    @Option(
            names = "--recover",
            description =
                    "If the stored chain is invalid, start from the longest valid part of it instead of refusing to start.")
    boolean recover;

    @Option(
            names = "--peer",
            paramLabel = "URL",
            description = "A peer to sync with, e.g. http://127.0.0.1:5001; repeatable.")
    List<String> peers = new ArrayList<>();

    @Option(
            names = "--difficulty",
            paramLabel = "N",
            description = "Leading zero hex digits a proof needs (default: the data directory's, else 4). Remembered.")
    Integer difficulty;

    @Option(
            names = "--dialect",
            paramLabel = "ID",
            description =
                    "The tutorial dialect to speak: dvf, dvf-early, chain-study or pyscoop (default: the data directory's, else dvf)."
                            + " Recorded with the chain; a chain with mined blocks keeps its own.")
    String dialect;

    @Option(
            names = "--reward",
            paramLabel = "AMOUNT",
            description = "Mining reward (default: the data directory's, else 1). Remembered.")
    String reward;

    @Option(
            names = "--threads",
            paramLabel = "T",
            defaultValue = "0",
            description =
                    "Mining threads; 0 means one per core (default), and in the desktop one per core but one, left for the window.")
    int threads;

    @Option(
            names = "--auto-sync",
            paramLabel = "SECONDS",
            description = "Resolve with peers every SECONDS, and ask peers to resolve after each block we mine.")
    Double autoSyncSeconds;

    @Option(
            names = "--no-mutual-peering",
            description =
                    "Do not ask the peers we add to add us too (by default each new peer is asked, at a URL it can reach).")
    boolean noMutualPeering;

    @Option(
            names = "--advertise",
            paramLabel = "URL",
            description =
                    "The URL peers are asked to add, e.g. http://192.168.1.20:5000 (default: the loopback URL, the --host"
                            + " address, or with 0.0.0.0 this machine's address on the route to each peer).")
    String advertise;

    @Option(
            names = "--refuse-overspending",
            description =
                    "Refuse a new transaction whose sender's balance (the chain's, with the pending transactions) is below its amount;"
                            + " the tutorial protocols check no balances, and peers' chains are never refused for it. The desktop remembers its check box.")
    boolean refuseOverspending;

    @Option(
            names = "--max-chain-bytes",
            paramLabel = "SIZE",
            description =
                    "The largest whole chain read from a peer's GET /chain, counted as it streams in: bytes, or with K, M or G"
                            + " (KiB, MiB, GiB), e.g. 512M (default: 1G, room for 1,000,000 tutorial blocks even as a Python node indents them; at least 16M)."
                            + " A Blockdesk peer's new blocks come in pages, which this does not limit.")
    String maxChainBytes;

    @Option(
            names = "--cors",
            arity = "1..*",
            paramLabel = "ORIGIN",
            description =
                    "Let web pages of ORIGIN (like https://explorer.example or http://localhost:3000) read the read-only endpoints"
                            + " (/chain, /chains, /transactions/pending, /transactions, /nodes, the sync API) from a browser; ORIGIN=write lets one"
                            + " also change the node (post transactions, mine, add and remove peers); * lets every page read. Without it no web page"
                            + " of another origin can read the node or make it do anything. The desktop remembers the list in its Peers tab.")
    List<String> cors;

    /**
     * The web origins {@code --cors} lets in, or null when it was not given.
     *
     * @throws IllegalArgumentException naming the entry that is not an origin
     */
    public CorsOrigins cors() {
        if (cors == null) {
            return null;
        }
        try {
            return CorsOrigins.parse(cors);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--cors: " + e.getMessage(), e);
        }
    }

    @Option(
            names = "--max-connections",
            paramLabel = "N",
            defaultValue = "" + NodeLimits.DEFAULT_MAX_CONNECTIONS,
            description =
                    "Requests in progress at once (slow clients included); past it a request is answered 503 (default: ${DEFAULT-VALUE}).")
    int maxConnections;

    @Option(
            names = "--max-pending",
            paramLabel = "N",
            defaultValue = "" + NodeLimits.DEFAULT_MAX_PENDING,
            description =
                    "Pending transactions held at most; past it POST /transactions/new is answered 503 until a block is mined (default: ${DEFAULT-VALUE}).")
    int maxPending;

    @Option(
            names = "--max-peers",
            paramLabel = "N",
            defaultValue = "" + NodeLimits.DEFAULT_MAX_PEERS,
            description =
                    "Peers kept at most; a registration that would pass it is refused whole (default: ${DEFAULT-VALUE}).")
    int maxPeers;

    /** True when {@code --refuse-overspending} was given. */
    public boolean refuseOverspending() {
        return refuseOverspending;
    }

    public boolean recover() {
        return recover;
    }

    /** The port asked for, or the default 5000. */
    public int port() {
        return port == null ? NodeConfig.DEFAULT_PORT : port;
    }

    /** True when a port was given: the desktop then does not look for the next free one. */
    public boolean portGiven() {
        return port != null;
    }

    public Double autoSyncSeconds() {
        return autoSyncSeconds;
    }

    /** False when {@code --no-mutual-peering} was given. */
    public boolean mutualPeering() {
        return !noMutualPeering;
    }

    /**
     * From now on the dialect, difficulty and reward are the data directory's, not those given on the
     * command line: File → New chain… stored new ones, which the node started after it must use.
     */
    public void useStoredChainSettings() {
        dialect = null;
        difficulty = null;
        reward = null;
    }

    /** Opens the data directory; see {@link NodeSetup#open}. */
    public NodeSetup open(boolean recoverNow, Consumer<String> notice) throws NodeSetup.InvalidStoredChainException {
        checkDifficulty();
        return NodeSetup.open(dataDirectory(), difficulty, dialect, recover || recoverNow, notice);
    }

    /** The quick half of {@link #open}; see {@link NodeSetup#openStore}. */
    public NodeSetup openStore() {
        checkDifficulty();
        return NodeSetup.openStore(dataDirectory(), difficulty, dialect);
    }

    private Path dataDirectory() {
        if (dataDir != null) {
            return dataDir;
        }
        if (defaultDataDir == null) {
            defaultDataDir = DefaultDataDirectory.ofThisSystem();
        }
        return defaultDataDir.path();
    }

    /**
     * Logs which data directory is used and why, when {@code --data-dir} was not given: call it once
     * the log file is open, so the log says it too.
     */
    public void logDataDirectoryChoice() {
        if (dataDir == null && defaultDataDir != null) {
            LOG.log(System.Logger.Level.INFO, defaultDataDir.why());
        }
    }

    private void checkDifficulty() {
        if (difficulty != null && (difficulty < 0 || difficulty > ProofOfWork.MAX_DIFFICULTY)) {
            throw new IllegalArgumentException("--difficulty must be between 0 and " + ProofOfWork.MAX_DIFFICULTY);
        }
    }

    /** The node's configuration: these options over what the data directory remembers. */
    public NodeConfig config(NodeSetup setup, int listenPort) throws InvalidTransactionException {
        if (threads < 0) {
            throw new IllegalArgumentException("--threads must be 0 (one per core) or more");
        }
        if (autoSyncSeconds != null && !(autoSyncSeconds >= 0.1)) {
            throw new IllegalArgumentException("--auto-sync must be at least 0.1 seconds");
        }
        URI advertised = null;
        if (advertise != null) {
            try {
                advertised = NodeConfig.advertisedUrl(advertise);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--advertise: " + e.getMessage(), e);
            }
        }
        NodeConfig defaults = NodeConfig.defaults().withLimits(new NodeLimits(maxConnections, maxPending, maxPeers));
        if (maxChainBytes != null) {
            defaults = defaults.withMaxPeerResponseBytes(
                    ByteSizes.parse("--max-chain-bytes", maxChainBytes, SyncApi.MAX_PAGE_READ));
        }
        JsonNode rewardAmount;
        if (reward != null) {
            try {
                rewardAmount = TransactionRules.parseAmount(reward);
            } catch (InvalidTransactionException e) {
                throw new InvalidTransactionException("--reward: " + e.getMessage());
            }
            setup.store().putSetting(NodeSetup.REWARD, reward.strip());
        } else {
            // chain-study's node rewards 100; the others 1. A damaged stored reward: that default, and a warning.
            rewardAmount = setup.settings()
                    .amount(
                            NodeSetup.REWARD,
                            IntNode.valueOf(Integer.parseInt(NewChain.defaultReward(setup.dialect()))));
        }
        return defaults.withNodeId(setup.nodeId())
                .withHost(host)
                .withPort(listenPort)
                .withDialect(setup.dialect())
                .withDataDirectory(setup.path())
                .withDifficulty(setup.difficulty())
                .withReward(rewardAmount)
                .withMinerThreads(threads)
                .withPeers(peers)
                .withMutualPeering(!noMutualPeering)
                .withAdvertise(advertised)
                .withAutoSyncInterval(
                        autoSyncSeconds == null ? null : Duration.ofMillis((long) (autoSyncSeconds * 1000)));
    }
}
