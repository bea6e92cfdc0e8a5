package dev.blockdesk.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.Blockchain;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.ChainReplacement;
import dev.blockdesk.chain.ChainRules;
import dev.blockdesk.chain.ChainValidator;
import dev.blockdesk.chain.InvalidTransactionException;
import dev.blockdesk.chain.Miner;
import dev.blockdesk.chain.MiningJob;
import dev.blockdesk.chain.Transaction;
import dev.blockdesk.chain.TransactionRules;
import dev.blockdesk.node.http.HttpApi;
import dev.blockdesk.store.InMemoryStore;
import dev.blockdesk.store.Store;
import dev.blockdesk.store.StoreException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * A running node, as one façade over its parts: the chain's state ({@link ChainState}: one lock,
 * snapshots, the store written before every answer), the miner ({@link MiningService}), the peers
 * ({@link PeerNetwork}), consensus ({@link Consensus}, {@link AutoSync}) and the HTTP API. Events
 * reach listeners through the executor each registered with. No JavaFX here.
 *
 * <p>It does one thing, wiring the parts and passing each call to the part that owns it: its length
 * is one documented method per thing a caller (the HTTP API, the window, the command line) may ask,
 * with no logic of its own to split off beyond the pending pool's bound, which it hands {@link ChainState}
 * as the check to run under the chain's lock. What a call does is its part's.
 */
public final class Node implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Node.class.getName());

    private final NodeConfig config;
    private final Listeners listeners = new Listeners();
    private final ChainState state;
    private final PeerClient peerClient;
    private final PeerNetwork network;
    private final Consensus consensus;
    private final AutoSync autoSync;
    private final MiningService mining;
    private final OverspendingGuard overspending = new OverspendingGuard(false);
    private volatile HttpApi http;
    private volatile CorsOrigins cors = CorsOrigins.NONE;

    /** A node in memory only, starting from a new genesis block. */
    public Node(NodeConfig config) throws InvalidTransactionException {
        this(config, Chain.startingAt(config.rules(), Block.now()));
    }

    /** A node in memory only, starting from {@code chain}. */
    public Node(NodeConfig config, Chain chain) throws InvalidTransactionException {
        this(config, chain, List.of(), InMemoryStore.holding(chain));
    }

    /**
     * A node whose every change is committed to {@code store} before it is answered or shown.
     * {@code chain} and {@code pending} are what the store holds, validated by the caller.
     */
    public Node(NodeConfig config, Chain chain, List<Transaction> pending, Store store)
            throws InvalidTransactionException {
        this.config = config;
        ChainRules rules = config.rules();
        Blockchain blockchain = new Blockchain(chain, rules, TransactionRules.checkAmount(config.reward()));
        blockchain.restorePending(pending);
        this.state = new ChainState(blockchain, store, config.nodeId(), listeners);
        this.peerClient = new PeerClient(config);
        this.network = new PeerNetwork(peerClient, store, listeners, config);
        network.restore(store.peers(), store.peersThatAddedUs());
        this.consensus = new Consensus(network, peerClient, state, listeners, config);
        this.autoSync = new AutoSync(() -> !network.addresses().isEmpty(), consensus::resolveAsync);
        this.mining = new MiningService(
                new Miner(config.minerThreads()), new MiningFront(state, network, autoSync, listeners));
        listeners.add(
                new NodeListener() {
                    @Override
                    public void chainReplaced(ChainReplacement replacement) {
                        mining.restartOnNewTip();
                        mining.pendingChanged(); // transactions the replacement returned to pending
                    }

                    @Override
                    public void transactionAdded(Transaction transaction) {
                        mining.pendingChanged();
                    }

                    @Override
                    public void reorganized(Reorg reorg) {
                        network.sendAgain(reorg);
                    }
                },
                Runnable::run);
    }

    /**
     * Starts the HTTP server and registers the configured peers (as our user's: they are asked to
     * add us too). Port 0 takes any free port.
     */
    public void start() throws IOException, InvalidPeerAddressException {
        InetSocketAddress bind = new InetSocketAddress(config.host(), config.port());
        http = HttpApi.start(this, bind);
        network.listeningOn(
                config.host(), http.port(), new AdvertisedUrl(config.advertise(), bind.getAddress(), http.port()));
        registerPeers(config.peers());
        if (config.autoSyncInterval() != null) {
            setAutoSync(config.autoSyncInterval());
        }
        LOG.log(System.Logger.Level.INFO, "node {0} listening on {1}", config.nodeId(), url());
    }

    /** Where the HTTP API listens, e.g. {@code http://127.0.0.1:5000}. */
    public URI url() {
        if (http == null) {
            throw new IllegalStateException("the node is not started");
        }
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return URI.create("http://" + host + ":" + http.port());
    }

    public int port() {
        return http.port();
    }

    public String nodeId() {
        return config.nodeId();
    }

    /** The store setting that records the node's dialect with its chain. */
    public static final String DIALECT_SETTING = ChainState.DIALECT_SETTING;

    public NodeConfig config() {
        return config;
    }

    /** The rules of the node's dialect; they change only when a genesis-only chain takes its first peer's dialect. */
    public ChainRules rules() {
        return state.validator().rules();
    }

    public ChainValidator validator() {
        return state.validator();
    }

    /** The chain as it is now; immutable. */
    public Chain chain() {
        return state.chain();
    }

    /** The pending transactions as they are now; immutable. */
    public List<Transaction> pending() {
        return state.pending();
    }

    /** Our blocks that longer chains dropped, the last thousand, oldest orphaned first; immutable. */
    public List<Orphan> orphans() {
        return state.orphans();
    }

    public void addListener(NodeListener listener, Executor executor) {
        listeners.add(listener, executor);
    }

    public void removeListener(NodeListener listener) {
        listeners.remove(listener);
    }

    // ---- transactions

    /**
     * Accepts a transaction body ({@code sender}, {@code recipient}, {@code amount}, optionally our
     * {@code id}), stores it, and forwards a new one to our peers. A known id changes nothing.
     *
     * @throws StoreException            when it could not be stored: nothing changed
     * @throws PendingPoolFullException   when {@link NodeLimits#maxPending()} transactions are pending: nothing changed
     */
    public Blockchain.Receipt submitTransaction(JsonNode body) throws InvalidTransactionException {
        Transaction transaction = TransactionRules.validateNew(body);
        int maxPending = config.limits().maxPending();
        Blockchain.Receipt receipt = state.submit(transaction, (tx, chain, pending) -> {
            if (pending.size() >= maxPending) {
                throw new PendingPoolFullException(
                        maxPending); // checked under the chain's lock, before the store is written
            }
            overspending.check(tx, chain, pending);
        });
        if (!receipt.duplicate()) {
            network.forward(transaction);
        }
        return receipt;
    }

    /**
     * Whether new transactions that spend more than their sender's balance (the chain's, with the
     * pending transactions) are refused; off by default, as in the tutorial protocols. Peers' chains
     * are never judged by it.
     */
    public void setRefuseOverspending(boolean on) {
        overspending.set(on);
        overspending.prepare(state.chain());
    }

    public boolean refusesOverspending() {
        return overspending.isOn();
    }

    /** {@link #submitTransaction(JsonNode)} from its three fields; the amount keeps its JSON type. */
    public Blockchain.Receipt submitTransaction(String sender, String recipient, JsonNode amount)
            throws InvalidTransactionException {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("sender", sender);
        body.put("recipient", recipient);
        body.set("amount", amount);
        return submitTransaction(body);
    }

    // ---- mining

    /**
     * Mines the next block, or joins the job already mining it. Completes with the block, with a
     * {@link java.util.concurrent.CancellationException} when mining is cancelled, or with a
     * {@link StoreException} when the block found could not be stored.
     */
    public CompletableFuture<Block> mine() {
        return mining.mineOne();
    }

    public void cancelMining() {
        mining.cancel();
    }

    public void setAutoMine(boolean on) {
        mining.setAutoMine(on);
    }

    public boolean isAutoMining() {
        return mining.isAutoMining();
    }

    /**
     * Auto-mine's mode: with {@code true}, auto-mine mines a block only while transactions are
     * waiting, and starts when one arrives (from the window, over HTTP, from a peer, or returned by a
     * reorganisation); with {@code false}, block after block. A block asked for (Mine, {@code /mine})
     * is mined either way.
     */
    public void setAutoMineWhenPending(boolean on) {
        mining.setAutoMineWhenPending(on);
    }

    public boolean isAutoMiningWhenPending() {
        return mining.isAutoMiningWhenPending();
    }

    /**
     * Slow motion: caps the miner at {@code triesPerSecond}, all threads together, the job under way
     * included, so a class can watch the tries climb; 0 lifts the cap. Cancelling stays immediate.
     */
    public void setMiningRateLimit(double triesPerSecond) {
        mining.setRateLimit(triesPerSecond);
    }

    /** The cap on the miner's tries a second, or 0 for none. */
    public double miningRateLimit() {
        return mining.rateLimit();
    }

    public boolean isMining() {
        return mining.isMining();
    }

    public Optional<MiningJob> miningJob() {
        return mining.currentJob();
    }

    // ---- peers and consensus

    /**
     * Adds peers as our user's ({@link PeerOrigin#ADDED_BY_US}); all or nothing, with the reason
     * when one is not an address we can use. New ones are asked to add us too when mutual peering is
     * on: the answers are {@link NodeListener#registrationAnswered} events.
     *
     * @return the addresses that were new
     * @throws StoreException when the new list could not be stored: nothing changed
     */
    public List<PeerAddress> registerPeers(Collection<String> addresses) throws InvalidPeerAddressException {
        return registerPeers(addresses, PeerOrigin.ADDED_BY_US);
    }

    /**
     * Adds peers with their origin: {@link PeerOrigin#ADDED_US} for a peer's mutual registration,
     * which is not asked back; {@link PeerOrigin#ADDED_BY_US} as {@link #registerPeers(Collection)}.
     *
     * @throws StoreException when the new list could not be stored: nothing changed
     */
    public List<PeerAddress> registerPeers(Collection<String> addresses, PeerOrigin origin)
            throws InvalidPeerAddressException {
        return network.register(addresses, origin);
    }

    /** Which web pages of other origins may read the node, or also change it ({@code --cors}); none by default. */
    public void setCors(CorsOrigins origins) {
        cors = java.util.Objects.requireNonNull(origins);
    }

    public CorsOrigins cors() {
        return cors;
    }

    /** Whether peers our user adds from now on are asked to add us too. */
    public void setMutualPeering(boolean on) {
        network.setMutualPeering(on);
    }

    public boolean mutualPeering() {
        return network.mutualPeering();
    }

    /** @throws StoreException when the new list could not be stored: nothing changed */
    public boolean removePeer(String address) throws InvalidPeerAddressException {
        return network.remove(address);
    }

    public List<PeerStatus> peers() {
        return network.statuses();
    }

    /**
     * One round of consensus, or the outcome of the one already running; see {@link Consensus}.
     * Ends within the peers' connect and whole-answer deadlines whatever they do.
     */
    public ResolveReport resolve() {
        return consensus.resolveAsync().join();
    }

    /** {@link #resolve()} without waiting. */
    public CompletableFuture<ResolveReport> resolveAsync() {
        return consensus.resolveAsync();
    }

    /** Resolves every {@code interval} on our own, and prompts peers after we mine; null turns it off. */
    public void setAutoSync(Duration interval) {
        autoSync.set(interval);
    }

    public Duration autoSyncInterval() {
        return autoSync.interval();
    }

    /**
     * Adopts a valid chain from a file, as a sync would: only a longer one, losing no transaction.
     *
     * @param source where it comes from, as the reorg notice names it: {@code the file chain.json}
     * @return what the replacement did, or empty when the chain is not longer than ours
     * @throws StoreException when it could not be stored: nothing changed
     */
    public Optional<ChainReplacement> importChain(Chain longer, String source) {
        return state.adopt(longer, source);
    }

    /** Stops mining, syncing and the HTTP server. The store stays open: it belongs to the caller. */
    @Override
    public void close() {
        mining.close();
        autoSync.close();
        HttpApi running = http;
        if (running != null) {
            running.stop();
        }
        consensus.close();
        network.close();
        peerClient.close();
    }

    /** How many transactions wait to be offered to a peer again; package-private, for tests. */
    int undeliveredCount() {
        return network.undeliveredCount();
    }
}
