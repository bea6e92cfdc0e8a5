package dev.blockdesk.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blockdesk.chain.InvalidTransactionException;
import dev.blockdesk.chain.ProofOfWork;
import dev.blockdesk.chain.TransactionRules;
import dev.blockdesk.node.InvalidPeerAddressException;
import dev.blockdesk.node.Node;
import dev.blockdesk.node.NodeConfig;
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
            description = "Data directory (default: ~/.blockdesk). Not used yet: this version keeps its state in memory.")
    Path dataDir;

    @Option(names = "--peer", paramLabel = "URL", description = "A peer to sync with, e.g. http://127.0.0.1:5001; repeatable.")
    List<String> peers = new ArrayList<>();

    @Option(names = "--difficulty", paramLabel = "N", defaultValue = "" + ProofOfWork.DEFAULT_DIFFICULTY,
            description = "Leading zero hex digits a proof needs (default: ${DEFAULT-VALUE}).")
    int difficulty;

    @Option(names = "--reward", paramLabel = "AMOUNT", defaultValue = "1", description = "Mining reward (default: ${DEFAULT-VALUE}).")
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
        NodeConfig config;
        try {
            config = config();
        } catch (IllegalArgumentException | InvalidTransactionException e) {
            err.println("node: " + e.getMessage());
            return BlockdeskCommand.EXIT_BAD_INPUT;
        }
        Node node;
        try {
            node = new Node(config);
            node.start();
        } catch (BindException e) {
            err.println("node: cannot listen on " + host + ":" + port + " (" + e.getMessage()
                    + "); choose another --port, or --port 0 for any free port");
            return BlockdeskCommand.EXIT_BAD_INPUT;
        } catch (InvalidPeerAddressException | InvalidTransactionException e) {
            err.println("node: " + e.getMessage());
            return BlockdeskCommand.EXIT_BAD_INPUT;
        } catch (java.io.IOException e) {
            err.println("node: cannot start the HTTP server: " + e.getMessage());
            return BlockdeskCommand.EXIT_BAD_INPUT;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            node.close();
            stopped.countDown();
        }, "blockdesk-shutdown"));
        if (dataDir != null) {
            err.println("node: note: --data-dir is not used yet; this version keeps its state in memory");
        }
        out.println("Blockdesk node " + node.nodeId() + " listening on " + node.url());
        out.println("difficulty " + difficulty + ", reward " + reward + (mine ? ", mining" : "")
                + (autoSyncSeconds != null ? ", auto-sync every " + autoSyncSeconds + " s" : "") + ", peers: " + node.peers().size());
        out.flush();
        if (mine) {
            node.setAutoMine(true);
        }
        stopped.await();
        return 0;
    }

    NodeConfig config() throws InvalidTransactionException {
        if (difficulty < 0 || difficulty > ProofOfWork.MAX_DIFFICULTY) {
            throw new IllegalArgumentException("--difficulty must be between 0 and " + ProofOfWork.MAX_DIFFICULTY);
        }
        if (threads < 0) {
            throw new IllegalArgumentException("--threads must be 0 (one per core) or more");
        }
        if (autoSyncSeconds != null && !(autoSyncSeconds >= 0.1)) {
            throw new IllegalArgumentException("--auto-sync must be at least 0.1 seconds");
        }
        JsonNode rewardAmount;
        try {
            rewardAmount = TransactionRules.parseAmount(reward);
        } catch (InvalidTransactionException e) {
            throw new InvalidTransactionException("--reward: " + e.getMessage());
        }
        return NodeConfig.defaults().withHost(host).withPort(port).withDifficulty(difficulty).withReward(rewardAmount)
                .withMinerThreads(threads).withPeers(peers)
                .withAutoSyncInterval(autoSyncSeconds == null ? null : Duration.ofMillis((long) (autoSyncSeconds * 1000)));
    }
}
