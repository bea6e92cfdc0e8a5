package dev.blockdesk.ui;

import com.fasterxml.jackson.databind.node.IntNode;
import dev.blockdesk.app.ChainFiles;
import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.Blockchain;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.ChainReplacement;
import dev.blockdesk.chain.ChainRules;
import dev.blockdesk.chain.ChainValidator;
import dev.blockdesk.chain.DvfRules;
import dev.blockdesk.chain.InvalidTransactionException;
import dev.blockdesk.chain.MiningJob;
import dev.blockdesk.chain.PowPuzzle;
import dev.blockdesk.chain.Transaction;
import dev.blockdesk.chain.TransactionRules;
import dev.blockdesk.chain.ValidationResult;
import dev.blockdesk.node.InvalidPeerAddressException;
import dev.blockdesk.node.NodeListener;
import dev.blockdesk.node.Orphan;
import dev.blockdesk.node.PeerAddress;
import dev.blockdesk.node.PeerOrigin;
import dev.blockdesk.node.PeerStatus;
import dev.blockdesk.node.PendingPoolFullException;
import dev.blockdesk.node.Reorg;
import dev.blockdesk.node.ResolveReport;
import dev.blockdesk.node.TooManyPeersException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * A stand-in for the running node, for view-model tests: the chain rules are the real ones
 * (dvf at difficulty 0, so any proof does, unless a test gives others), everything else is plain
 * state a test can read and set. {@link #failWith} makes the next disk-touching calls fail, as a
 * full disk would.
 */
public final class FakeNode implements DesktopNode {

    public static final DvfRules ANY_PROOF = new DvfRules(0);

    /** The node's dialect: what it mines, validates and explains under; a test may change it, as a genesis-only node can. */
    public volatile ChainRules rules;

    public volatile Chain chain;
    public final List<Transaction> pending = new CopyOnWriteArrayList<>();
    public final List<PeerStatus> peers = new CopyOnWriteArrayList<>();
    /** Replaced whole, as the node publishes a new snapshot. */
    public volatile List<Orphan> orphans = List.of();

    public final List<String> calls = new CopyOnWriteArrayList<>();
    /** When set, every call that would write to disk throws it and changes nothing. */
    public volatile RuntimeException failWith;

    public volatile Duration autoSync;
    /** Auto-mine's mode and the slow-motion cap, as the view model last set them. */
    public volatile boolean autoMineWhenPending;

    public volatile double hashRateCap;
    /** The job {@link #miningJob()} reports, when a test sets one. */
    public volatile MiningJob job;
    /** Whether new peers would be asked to add us, as the view model last set it. */
    public volatile boolean mutualPeering = true;
    /** Whether overspending transactions would be refused, as the view model last set it. */
    public volatile boolean refuseOverspending;
    /** The web pages let in, as the view model last set them. */
    public volatile dev.blockdesk.node.CorsOrigins cors = dev.blockdesk.node.CorsOrigins.NONE;
    /** The pending pool's limit: a submission past it is refused as the real node refuses it. */
    public volatile int maxPending = Integer.MAX_VALUE;
    /** The peers' limit: an address past it is refused as the real node refuses it. */
    public volatile int maxPeers = Integer.MAX_VALUE;

    private final List<Registration> listeners = new CopyOnWriteArrayList<>();

    private record Registration(NodeListener listener, Executor executor) {}

    /** A dvf node at difficulty 0: any proof does. */
    public FakeNode() {
        this(ANY_PROOF);
    }

    /** A node of the dialect {@code rules}, with its genesis block; it mines the smallest proofs under them. */
    public FakeNode(ChainRules rules) {
        this.rules = rules;
        this.chain = Chain.startingAt(rules, 1_700_000_000.5);
    }

    /** Delivers an event to the registered listeners, each through its executor. */
    public void fire(Consumer<NodeListener> event) {
        listeners.forEach(r -> r.executor().execute(() -> event.accept(r.listener())));
    }

    private void mayFail(String call) {
        calls.add(call);
        RuntimeException failure = failWith;
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public String url() {
        return "http://127.0.0.1:5999";
    }

    @Override
    public Chain chain() {
        return chain;
    }

    @Override
    public List<Transaction> pending() {
        return List.copyOf(pending);
    }

    @Override
    public List<PeerStatus> peers() {
        return List.copyOf(peers);
    }

    @Override
    public List<Orphan> orphans() {
        return orphans;
    }

    @Override
    public ChainRules rules() {
        return rules;
    }

    @Override
    public Optional<MiningJob> miningJob() {
        return Optional.ofNullable(job);
    }

    @Override
    public void addListener(NodeListener listener, Executor executor) {
        listeners.add(new Registration(listener, executor));
    }

    @Override
    public void mine() {
        mayFail("mine");
        Block tip = chain.tip();
        List<Transaction> transactions = new ArrayList<>(pending);
        transactions.add(Transaction.reward("fake", IntNode.valueOf(1)));
        PowPuzzle puzzle = rules.proof().puzzleAfter(tip);
        long from = rules.proof().firstProof(puzzle);
        long proof = rules.proof().search(puzzle).scan(from, from + 100_000_000); // 0 at difficulty 0
        Block block =
                Block.create(tip.index() + 1, tip.timestamp() + 1, transactions, proof, tip.hash(), rules.hasher());
        chain = chain.append(block);
        pending.clear();
        fire(l -> l.blockMined(block));
    }

    @Override
    public void cancelMining() {
        calls.add("cancelMining");
    }

    @Override
    public void setAutoMine(boolean on) {
        calls.add("setAutoMine " + on);
    }

    @Override
    public void setAutoMineWhenPending(boolean on) {
        calls.add("setAutoMineWhenPending " + on);
        autoMineWhenPending = on;
    }

    @Override
    public void setHashRateCap(double triesPerSecond) {
        calls.add("setHashRateCap " + triesPerSecond);
        hashRateCap = triesPerSecond;
    }

    @Override
    public int minerThreads() {
        return 1;
    }

    @Override
    public Blockchain.Receipt submit(String sender, String recipient, String amount)
            throws InvalidTransactionException {
        mayFail("submit");
        if (pending.size() >= maxPending) {
            throw new PendingPoolFullException(maxPending);
        }
        Transaction transaction = Transaction.of(sender, recipient, TransactionRules.parseAmount(amount));
        pending.add(transaction);
        return new Blockchain.Receipt(chain.tip().index() + 1, false, transaction);
    }

    @Override
    public void addPeer(String address) throws InvalidPeerAddressException {
        PeerAddress peer = PeerAddress.parse(address);
        mayFail("addPeer " + peer);
        if (peers.stream().noneMatch(p -> p.address().equals(peer)) && peers.size() >= maxPeers) {
            throw new TooManyPeersException(maxPeers, peers.size(), 1);
        }
        peers.add(new PeerStatus(peer, false, -1, null, null, null, null, null, null, null, PeerOrigin.ADDED_BY_US));
    }

    @Override
    public void removePeer(String address) throws InvalidPeerAddressException {
        PeerAddress peer = PeerAddress.parse(address);
        mayFail("removePeer " + peer);
        peers.removeIf(p -> p.address().equals(peer));
    }

    @Override
    public CompletableFuture<ResolveReport> sync() {
        calls.add("sync");
        return CompletableFuture.completedFuture(new ResolveReport(chain, null, List.of()));
    }

    @Override
    public void setAutoSync(Duration interval) {
        calls.add("setAutoSync " + interval);
        autoSync = interval;
    }

    @Override
    public void setMutualPeering(boolean on) {
        calls.add("setMutualPeering " + on);
        mutualPeering = on;
    }

    @Override
    public dev.blockdesk.node.CorsOrigins cors() {
        return cors;
    }

    @Override
    public void setCors(dev.blockdesk.node.CorsOrigins origins) {
        calls.add("setCors " + origins.describe());
        cors = origins;
    }

    @Override
    public void setRefuseOverspending(boolean on) {
        calls.add("setRefuseOverspending " + on);
        refuseOverspending = on;
    }

    @Override
    public ValidationResult readChain(Path file) throws IOException {
        return ChainFiles.read(file, new ChainValidator(rules));
    }

    @Override
    public Optional<ChainReplacement> adopt(Chain longer, String source) {
        mayFail("adopt");
        if (longer.length() <= chain.length()) {
            return Optional.empty();
        }
        try {
            ChainReplacement replacement = new Blockchain(chain, rules, IntNode.valueOf(1)).planReplacement(longer);
            chain = longer;
            return Optional.of(replacement);
        } catch (InvalidTransactionException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * {@code longer} replaces our chain, as a peer's would: the pending transactions afterwards, the
     * dropped blocks orphaned, and the node's events for it ({@code fake} being this node's miner id).
     *
     * @return the reorganisation, or null when none of our blocks was dropped
     */
    public Reorg reorganise(Chain longer, String source, Instant at) {
        try {
            Blockchain ours = new Blockchain(chain, rules, IntNode.valueOf(1));
            ours.restorePending(List.copyOf(pending));
            ChainReplacement replacement = ours.planReplacement(longer);
            chain = longer;
            pending.clear();
            pending.addAll(replacement.pending());
            List<Orphan> kept = new ArrayList<>(orphans);
            replacement.dropped().forEach(block -> kept.add(new Orphan(block, at)));
            orphans = List.copyOf(kept);
            Reorg reorg = Reorg.of(replacement, source, "fake", at);
            fire(l -> l.chainReplaced(replacement));
            if (reorg != null) {
                fire(l -> l.reorganized(reorg));
            }
            return reorg;
        } catch (InvalidTransactionException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public int exportOrphans(Path file) throws IOException {
        mayFail("exportOrphans");
        ChainFiles.writeOrphans(
                orphans.stream().map(o -> o.block().canonicalBytes()).toList(), file);
        return orphans.size();
    }

    @Override
    public int exportChain(Path file) throws IOException {
        ChainFiles.write(chain, rules, file);
        return chain.length();
    }
}
