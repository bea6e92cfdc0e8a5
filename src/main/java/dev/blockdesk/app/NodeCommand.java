package dev.blockdesk.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blockdesk.chain.InvalidTransactionException;
import dev.blockdesk.chain.ProofOfWork;
import dev.blockdesk.chain.TransactionRules;
import dev.blockdesk.node.InvalidPeerAddressException;
import dev.blockdesk.node.Node;
import dev.blockdesk.node.NodeConfig;
import dev.blockdesk.store.DataDirectory;
import dev.blockdesk.store.StoreException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code blockdesk node}: the node without a window. */
@Command(name = "node", mixinStandardHelpOptions = true,
        description = {"Runs a node without a window: the tutorial HTTP API, peers and consensus, optional mining.",
                "Ctrl-C shuts it down cleanly."})
final class NodeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--host", paramLabel = "H", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 listens beyond this machine).")
    String host;

    @Option(names = "--port", paramLabel = "P", defaultValue = "" + NodeConfig.DEFAULT_PORT,
            description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 takes any free port).")
    int port;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where the chain, pending transactions, peers and settings are kept (default: ~/.blockdesk).")
    Path dataDir;

    @Option(names = "--recover",
            description = "If the stored chain is invalid, start from the longest valid part of it instead of refusing to start.")
    boolean recover;

    @Option(names = "--peer", paramLabel = "URL", description = "A peer to sync with, e.g. http://127.0.0.1:5001; repeatable.")
    List<String> peers = new ArrayList<>();

    @Option(names = "--difficulty", paramLabel = "N",
            description = "Leading zero hex digits a proof needs (default: the data directory's, else 4). Remembered.")
    Integer difficulty;

    @Option(names = "--reward", paramLabel = "AMOUNT", description = "Mining reward (default: the data directory's, else 1). Remembered.")
    String reward;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "0", description = "Mining threads; 0 means one per core (default).")
    int threads;

    @Option(names = "--mine", description = "Mine continuously.")
    boolean mine;

    @Option(names = "--auto-sync", paramLabel = "SECONDS",
            description = "Resolve with peers every SECONDS, and ask peers to resolve after each block we mine.")
    Double autoSyncSeconds;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (difficulty != null && (difficulty < 0 || difficulty > ProofOfWork.MAX_DIFFICULTY)) {
            return fail(err, "--difficulty must be between 0 and " + ProofOfWork.MAX_DIFFICULTY);
        }
        NodeSetup setup;
        try {
            setup = NodeSetup.open(dataDir == null ? DataDirectory.defaultPath() : dataDir, difficulty, recover,
                    notice -> err.println("node: " + notice));
        } catch (NodeSetup.InvalidStoredChainException e) {
            return fail(err, e.getMessage() + "; start with --recover to continue from the " + e.validBlocks()
                    + " valid blocks before it");
        } catch (StoreException e) {
            return fail(err, e.getMessage());
        }
        Node node;
        try {
            NodeConfig config = config(setup);
            node = new Node(config, setup.chain(), setup.pending(), setup.store());
            node.start();
        } catch (BindException e) {
            setup.close();
            return fail(err, "cannot listen on " + host + ":" + port + " (" + e.getMessage()
                    + "); choose another --port, or --port 0 for any free port");
        } catch (IllegalArgumentException | InvalidPeerAddressException | InvalidTransactionException | StoreException e) {
            setup.close();
            return fail(err, e.getMessage());
        } catch (java.io.IOException e) {
            setup.close();
            return fail(err, "cannot start the HTTP server: " + e.getMessage());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            node.close();
            setup.close();
            stopped.countDown();
        }, "blockdesk-shutdown"));
        out.println("Blockdesk node " + node.nodeId() + " listening on " + node.url());
        out.println("data " + setup.path() + ", " + node.chain().length() + " blocks, " + node.pending().size()
                + " pending, difficulty " + setup.difficulty() + ", reward " + node.config().reward() + (mine ? ", mining" : "")
                + (autoSyncSeconds != null ? ", auto-sync every " + autoSyncSeconds + " s" : "") + ", peers: " + node.peers().size());
        out.flush();
        if (mine) {
            node.setAutoMine(true);
        }
        stopped.await();
        return 0;
    }

    private static int fail(PrintWriter err, String message) {
        err.println("node: " + message);
        err.flush();
        return BlockdeskCommand.EXIT_BAD_INPUT;
    }

    NodeConfig config(NodeSetup setup) throws InvalidTransactionException {
        if (threads < 0) {
            throw new IllegalArgumentException("--threads must be 0 (one per core) or more");
        }
        if (autoSyncSeconds != null && !(autoSyncSeconds >= 0.1)) {
            throw new IllegalArgumentException("--auto-sync must be at least 0.1 seconds");
        }
        String rewardText = reward != null ? reward : setup.store().setting(NodeSetup.REWARD).orElse("1");
        JsonNode rewardAmount;
        try {
            rewardAmount = TransactionRules.parseAmount(rewardText);
        } catch (InvalidTransactionException e) {
            throw new InvalidTransactionException("--reward: " + e.getMessage());
        }
        if (reward != null) {
            setup.store().putSetting(NodeSetup.REWARD, reward.strip());
        }
        return NodeConfig.defaults().withNodeId(setup.nodeId()).withHost(host).withPort(port).withDifficulty(setup.difficulty())
                .withReward(rewardAmount).withMinerThreads(threads).withPeers(peers)
                .withAutoSyncInterval(autoSyncSeconds == null ? null : Duration.ofMillis((long) (autoSyncSeconds * 1000)));
    }
}
