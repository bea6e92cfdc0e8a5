package dev.blockdesk.node;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.Blockchain;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.ChainReplacement;
import dev.blockdesk.chain.ChainRules;
import dev.blockdesk.chain.ChainValidator;
import dev.blockdesk.chain.InvalidTransactionException;
import dev.blockdesk.chain.Miner;
import dev.blockdesk.chain.MiningJob;
import dev.blockdesk.chain.PowPuzzle;
import dev.blockdesk.chain.StaleProofException;
import dev.blockdesk.chain.Transaction;
import dev.blockdesk.chain.TransactionRules;
import dev.blockdesk.store.InMemoryStore;
import dev.blockdesk.store.Store;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A running node: our chain and pending transactions, the miner, peers and consensus, and the
 * HTTP API. The chain changes only under one lock; readers get immutable snapshots. Events reach
 * listeners through the executor each registered with. No JavaFX here.
 */
public final class Node implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Node.class.getName());

    private final NodeConfig config;
    private final Store store;
    private final Object lock = new Object();
    private final Blockchain blockchain;
    private volatile Chain chain;
    private volatile List<Transaction> pending;
    private final ChainValidator validator;
    private final Listeners listeners = new Listeners();
    private final PeerRegistry registry = new PeerRegistry();
    private final ExecutorService peerCalls = Executors.newFixedThreadPool(8, daemons("blockdesk-peer"));
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(daemons("blockdesk-scheduler"));
    private final PeerClient peerClient;
    private final PeerPrompter prompter;
    private final MiningService mining;
    private final Object resolveLock = new Object();
    private HttpApi http;
    private ScheduledFuture<?> autoSync;
    private Duration autoSyncInterval;

    /** A node in memory only, starting from a new genesis block. */
    public Node(NodeConfig config) throws InvalidTransactionException {
        this(config, Chain.startingAt(config.rules(), Block.now()));
    }

    /** A node in memory only, starting from {@code chain}. */
    public Node(NodeConfig config, Chain chain) throws InvalidTransactionException {
        this(config, chain, List.of(), inMemory(chain));
    }

    /**
     * A node whose every change is committed to {@code store} before it is answered or shown.
     * {@code chain} and {@code pending} are what the store holds, validated by the caller.
     */
    public Node(NodeConfig config, Chain chain, List<Transaction> pending, Store store) throws InvalidTransactionException {
        this.config = config;
        this.store = store;
        ChainRules rules = config.rules();
        this.blockchain = new Blockchain(chain, rules, TransactionRules.checkAmount(config.reward()));
        this.blockchain.restorePending(pending);
        this.validator = new ChainValidator(rules);
        publish();
        store.peers().forEach(peer -> {
            try {
                registry.addAll(List.of(peer));
            } catch (InvalidPeerAddressException e) {
                LOG.log(System.Logger.Level.WARNING, "ignoring a stored peer: " + e.getMessage());
            }
        });
        this.peerClient = new PeerClient(config, scheduler);
        this.prompter = new PeerPrompter(peerClient, this::recordContact);
        this.mining = new MiningService(new Miner(config.minerThreads()), new MiningService.Chain() {
            @Override
            public PowPuzzle puzzle() {
                synchronized (lock) {
                    return blockchain.puzzle();
                }
            }

            @Override
            public Block forge(PowPuzzle puzzle, long proof) throws StaleProofException {
                return forgeBlock(puzzle, proof);
            }

            @Override
            public void miningStarted(MiningJob job) {
                listeners.fire(l -> l.miningStarted(job));
            }

            @Override
            public void miningStopped() {
                listeners.fire(NodeListener::miningStopped);
            }
        });
    }

    /** Starts the HTTP server and registers the configured peers. Port 0 takes any free port. */
    public void start() throws IOException, InvalidPeerAddressException {
        http = HttpApi.start(this, new InetSocketAddress(config.host(), config.port()));
        registry.setSelf(selfAddresses(config.host(), http.port()));
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

    public NodeConfig config() {
        return config;
    }

    public ChainRules rules() {
        return validator.rules();
    }

    public ChainValidator validator() {
        return validator;
    }

    /** The chain as it is now; immutable. */
    public Chain chain() {
        return chain;
    }

    /** The pending transactions as they are now; immutable. */
    public List<Transaction> pending() {
        return pending;
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
     * {@code id}) and forwards a new one to our peers. A known id changes nothing.
     */
    public Blockchain.Receipt submitTransaction(JsonNode body) throws InvalidTransactionException {
        Transaction transaction = TransactionRules.validateNew(body);
        Blockchain.Receipt receipt;
        synchronized (lock) {
            if (!blockchain.isKnown(transaction)) {
                store.addPending(transaction); // durable before it is acknowledged
            }
            receipt = blockchain.addTransaction(transaction);
            publish();
        }
        if (!receipt.duplicate()) {
            listeners.fire(l -> l.transactionAdded(transaction));
            for (PeerAddress peer : registry.addresses()) {
                peerClient.forward(peer, transaction).thenAccept(this::recordContact);
            }
        }
        return receipt;
    }

    // ---- mining

    /** Mines the next block, or joins the job already mining it. */
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

    public boolean isMining() {
        return mining.isMining();
    }

    public Optional<MiningJob> miningJob() {
        return mining.currentJob();
    }

    private Block forgeBlock(PowPuzzle puzzle, long proof) throws StaleProofException {
        Block block;
        synchronized (lock) {
            block = blockchain.nextBlock(puzzle, proof, config.nodeId(), Block.now());
            store.appendBlock(block, blockchain.pendingAfter(block)); // durable before it is shown
            blockchain.append(block);
            publish();
        }
        listeners.fire(l -> l.blockMined(block));
        if (autoSyncOn()) {
            registry.addresses().forEach(prompter::prompt);
        }
        return block;
    }

    // ---- peers and consensus

    /** Adds peers; all or nothing, with the reason when one is not an address we can use. */
    public List<PeerAddress> registerPeers(Collection<String> addresses) throws InvalidPeerAddressException {
        List<PeerAddress> added = registry.addAll(addresses);
        if (!added.isEmpty()) {
            savePeers();
            listeners.fire(l -> l.peersChanged(registry.statuses()));
        }
        return added;
    }

    public boolean removePeer(String address) throws InvalidPeerAddressException {
        boolean removed = registry.remove(PeerAddress.parse(address));
        if (removed) {
            savePeers();
            listeners.fire(l -> l.peersChanged(registry.statuses()));
        }
        return removed;
    }

    public List<PeerStatus> peers() {
        return registry.statuses();
    }

    private void savePeers() {
        store.savePeers(registry.addresses().stream().map(PeerAddress::toString).toList());
    }

    private static Store inMemory(Chain chain) {
        Store store = new InMemoryStore();
        store.replaceBlocks(1, chain.blocks(), List.of());
        return store;
    }

    /**
     * One round of consensus: fetches every peer's chain at once, validates each, and adopts the
     * longest valid one that is strictly longer than ours. A dead, silent or lying peer costs at
     * most the timeouts and never keeps a good peer's chain from being adopted.
     */
    public ResolveReport resolve() {
        synchronized (resolveLock) {
            List<PeerAddress> peers = registry.addresses();
            Chain ours = chain;
            int ourLength = ours.length();
            List<CompletableFuture<PeerFetch>> calls = new ArrayList<>();
            for (PeerAddress peer : peers) {
                calls.add(CompletableFuture.supplyAsync(() -> peerClient.fetchChain(peer, validator, ours), peerCalls));
            }
            List<PeerFetch> fetches = calls.stream().map(CompletableFuture::join).toList();
            PeerFetch best = null;
            for (PeerFetch fetch : fetches) {
                if (fetch.answered() && fetch.verdict().isValid() && fetch.verdict().length() > ourLength
                        && (best == null || fetch.verdict().length() > best.verdict().length())) {
                    best = fetch;
                }
            }
            ChainReplacement replacement = best == null ? null : adopt(best.verdict().chain().orElseThrow());
            if (replacement != null) {
                LOG.log(System.Logger.Level.INFO, "adopted the chain of {0}: its {1} blocks replaced our {2}",
                        best.peer(), best.verdict().length(), ourLength);
            }
            List<PeerOutcome> outcomes = new ArrayList<>();
            for (PeerFetch fetch : fetches) {
                outcomes.add(outcome(fetch, fetch == best && replacement != null, ourLength, replacement));
                recordFetch(fetch);
            }
            ResolveReport report = new ResolveReport(chain, replacement, List.copyOf(outcomes));
            listeners.fire(l -> l.peersChanged(registry.statuses()));
            listeners.fire(l -> l.resolved(report));
            return report;
        }
    }

    public CompletableFuture<ResolveReport> resolveAsync() {
        return CompletableFuture.supplyAsync(this::resolve, peerCalls);
    }

    /** Resolves every {@code interval} on our own, and prompts peers after we mine; null turns it off. */
    public synchronized void setAutoSync(Duration interval) {
        if (autoSync != null) {
            autoSync.cancel(false);
            autoSync = null;
        }
        autoSyncInterval = interval;
        if (interval != null) {
            long millis = Math.max(100, interval.toMillis());
            autoSync = scheduler.scheduleWithFixedDelay(this::autoResolve, millis, millis, TimeUnit.MILLISECONDS);
        }
    }

    public synchronized Duration autoSyncInterval() {
        return autoSyncInterval;
    }

    private synchronized boolean autoSyncOn() {
        return autoSyncInterval != null;
    }

    private void autoResolve() {
        if (registry.addresses().isEmpty()) {
            return;
        }
        try {
            resolveAsync().join();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "automatic sync failed", e);
        }
    }

    /**
     * Adopts a valid chain from a file, as a sync would: only a longer one, losing no transaction.
     *
     * @return what the replacement did, or empty when the chain is not longer than ours
     */
    public Optional<ChainReplacement> importChain(Chain longer) {
        return Optional.ofNullable(adopt(longer));
    }

    /** Replaces our chain with a longer valid one, unless ours has grown as long meanwhile. */
    private ChainReplacement adopt(Chain longer) {
        ChainReplacement replacement;
        synchronized (lock) {
            if (longer.length() <= blockchain.chain().length()) {
                return null;
            }
            replacement = blockchain.planReplacement(longer);
            store.replaceBlocks(replacement.forkIndex(), replacement.added(), replacement.pending()); // one transaction
            blockchain.apply(replacement);
            publish();
        }
        mining.restartOnNewTip();
        listeners.fire(l -> l.chainReplaced(replacement));
        return replacement;
    }

    private static PeerOutcome outcome(PeerFetch fetch, boolean adopted, int ourLength, ChainReplacement replacement) {
        if (!fetch.answered()) {
            PeerOutcome.Kind kind = fetch.error().startsWith("unreachable") || fetch.error().startsWith("no complete answer")
                    ? PeerOutcome.Kind.UNREACHABLE : PeerOutcome.Kind.INVALID;
            return new PeerOutcome(fetch.peer(), kind, -1, (kind == PeerOutcome.Kind.INVALID ? "rejected: " : "") + fetch.error());
        }
        if (!fetch.verdict().isValid()) {
            return new PeerOutcome(fetch.peer(), PeerOutcome.Kind.INVALID, -1, "rejected: invalid chain: " + fetch.verdict().describe());
        }
        int length = fetch.verdict().length();
        if (adopted) {
            return new PeerOutcome(fetch.peer(), PeerOutcome.Kind.ADOPTED, length,
                    "adopted: its " + length + " blocks replaced our " + ourLength);
        }
        String reason = length > ourLength && replacement != null
                ? "kept: its " + length + " blocks are valid, but a longer chain was adopted"
                : "kept ours: its " + length + " blocks are not more than our " + ourLength;
        return new PeerOutcome(fetch.peer(), PeerOutcome.Kind.NOT_LONGER, length, reason);
    }

    private void recordFetch(PeerFetch fetch) {
        Instant now = Instant.now();
        registry.update(fetch.peer(), status -> {
            if (!fetch.answered()) {
                return status.failed(fetch.latency(), now, fetch.error());
            }
            Chain theirs = fetch.verdict().chain().orElse(null);
            return theirs == null
                    ? status.fetched(-1, null, fetch.latency(), now, "invalid chain: " + fetch.verdict().describe())
                    : status.fetched(theirs.length(), theirs.tip().hash(), fetch.latency(), now, null);
        });
    }

    private void recordContact(PeerClient.PeerContact contact) {
        Instant now = Instant.now();
        registry.update(contact.peer(), status -> contact.answered() && contact.error() == null
                ? status.answered(contact.latency(), now)
                : status.failed(contact.latency(), now, contact.error()));
        listeners.fire(l -> l.peersChanged(registry.statuses()));
    }

    /** Called under the lock after every change: readers see the new snapshots. */
    private void publish() {
        chain = blockchain.chain();
        pending = blockchain.pending();
    }

    private static Set<PeerAddress> selfAddresses(String host, int port) {
        Set<PeerAddress> self = new HashSet<>();
        self.add(PeerAddress.of("127.0.0.1", port));
        if (!host.isBlank() && !host.equals("0.0.0.0") && !host.equals("::")) {
            self.add(PeerAddress.of(host.contains(":") ? "[" + host + "]" : host, port));
        }
        return self;
    }

    @Override
    public void close() {
        mining.close();
        synchronized (this) {
            if (autoSync != null) {
                autoSync.cancel(false);
            }
        }
        if (http != null) {
            http.stop();
        }
        scheduler.shutdownNow();
        peerCalls.shutdownNow();
    }

    static ThreadFactory daemons(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
