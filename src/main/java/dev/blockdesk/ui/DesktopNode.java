package dev.blockdesk.ui;

import dev.blockdesk.chain.Blockchain;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.ChainReplacement;
import dev.blockdesk.chain.ChainRules;
import dev.blockdesk.chain.InvalidTransactionException;
import dev.blockdesk.chain.MiningJob;
import dev.blockdesk.chain.Transaction;
import dev.blockdesk.chain.ValidationResult;
import dev.blockdesk.node.InvalidPeerAddressException;
import dev.blockdesk.node.NodeListener;
import dev.blockdesk.node.Orphan;
import dev.blockdesk.node.PeerStatus;
import dev.blockdesk.node.ResolveReport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * What the window's view models may ask of the running node, and nothing more: typed calls, read
 * snapshots, and events through an executor. The application passes {@link LiveNode}; view-model
 * tests pass a fake. Calls that touch disk or network are made off the FX thread (see
 * {@link Background}); the snapshot reads never wait.
 */
public interface DesktopNode {

    /** Where the node's HTTP API listens. */
    String url();

    Chain chain();

    List<Transaction> pending();

    List<PeerStatus> peers();

    /** Our blocks that longer chains dropped, the last thousand, oldest orphaned first. */
    List<Orphan> orphans();

    /** The chain rules of the node's dialect: hashing, proof of work, genesis. */
    ChainRules rules();

    /** The mining job under way, if any; read without waiting for the miner. */
    Optional<MiningJob> miningJob();

    void addListener(NodeListener listener, Executor executor);

    // ---- calls that may touch disk or network: off the FX thread

    /** Mines the next block, or joins the job already mining it; failures are the node's events. */
    void mine();

    void cancelMining();

    void setAutoMine(boolean on);

    /** Auto-mine's mode: mine only while transactions are waiting (true), or block after block (false). */
    void setAutoMineWhenPending(boolean on);

    /** Caps the miner at {@code triesPerSecond}, all threads together (slow motion); 0 lifts the cap. */
    void setHashRateCap(double triesPerSecond);

    /** How many threads the node's miner uses. */
    int minerThreads();

    /**
     * Sends a transaction.
     *
     * @param amount the amount as typed: {@code 5} stays an integer, {@code 5.0} a float
     */
    Blockchain.Receipt submit(String sender, String recipient, String amount) throws InvalidTransactionException;

    void addPeer(String address) throws InvalidPeerAddressException;

    void removePeer(String address) throws InvalidPeerAddressException;

    /** One round of consensus, or the one already running. */
    CompletableFuture<ResolveReport> sync();

    /** Resolves every {@code interval}; null turns auto-sync off. */
    void setAutoSync(Duration interval);

    /** Whether peers added from now on are asked to add us too; the answers are node events. */
    void setMutualPeering(boolean on);

    /** Whether new transactions spending more than their sender's balance (chain and pending) are refused. */
    void setRefuseOverspending(boolean on);

    /** The web pages of other origins that may read the node, or also write ({@code --cors}). */
    dev.blockdesk.node.CorsOrigins cors();

    /** Lets these web pages in from now on, and no others. */
    void setCors(dev.blockdesk.node.CorsOrigins origins);

    /** Reads and validates a chain file under this node's rules. */
    ValidationResult readChain(Path file) throws IOException;

    /**
     * Adopts a valid chain read from a file if it is longer than ours; empty when it is not.
     *
     * @param source the chain's origin, for the reorg notice: {@code the file chain.json}
     */
    Optional<ChainReplacement> adopt(Chain chain, String source);

    /** Writes our chain to a file in the {@code /chain} format; the number of blocks written. */
    int exportChain(Path file) throws IOException;

    /** Writes our orphaned blocks to a file, oldest orphaned first; the number written. */
    int exportOrphans(Path file) throws IOException;
}
