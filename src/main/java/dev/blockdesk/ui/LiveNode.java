package dev.blockdesk.ui;

import dev.blockdesk.app.ChainFiles;
import dev.blockdesk.chain.Blockchain;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.ChainReplacement;
import dev.blockdesk.chain.ChainRules;
import dev.blockdesk.chain.InvalidTransactionException;
import dev.blockdesk.chain.MiningJob;
import dev.blockdesk.chain.Transaction;
import dev.blockdesk.chain.TransactionRules;
import dev.blockdesk.chain.ValidationResult;
import dev.blockdesk.node.InvalidPeerAddressException;
import dev.blockdesk.node.Node;
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

/** The window's view of a running {@link Node}. */
public final class LiveNode implements DesktopNode {

    private final Node node;

    public LiveNode(Node node) {
        this.node = node;
    }

    @Override
    public String url() {
        return node.url().toString();
    }

    @Override
    public Chain chain() {
        return node.chain();
    }

    @Override
    public List<Transaction> pending() {
        return node.pending();
    }

    @Override
    public List<PeerStatus> peers() {
        return node.peers();
    }

    @Override
    public List<Orphan> orphans() {
        return node.orphans();
    }

    @Override
    public ChainRules rules() {
        return node.rules();
    }

    @Override
    public Optional<MiningJob> miningJob() {
        return node.miningJob();
    }

    @Override
    public void addListener(NodeListener listener, Executor executor) {
        node.addListener(listener, executor);
    }

    @Override
    public void mine() {
        node.mine(); // the outcome reaches the window as the node's events
    }

    @Override
    public void cancelMining() {
        node.cancelMining();
    }

    @Override
    public void setAutoMine(boolean on) {
        node.setAutoMine(on);
    }

    @Override
    public void setAutoMineWhenPending(boolean on) {
        node.setAutoMineWhenPending(on);
    }

    @Override
    public void setHashRateCap(double triesPerSecond) {
        node.setMiningRateLimit(triesPerSecond);
    }

    @Override
    public int minerThreads() {
        int threads = node.config().minerThreads();
        return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    }

    @Override
    public Blockchain.Receipt submit(String sender, String recipient, String amount)
            throws InvalidTransactionException {
        return node.submitTransaction(sender, recipient, TransactionRules.parseAmount(amount));
    }

    @Override
    public void addPeer(String address) throws InvalidPeerAddressException {
        node.registerPeers(List.of(address));
    }

    @Override
    public void removePeer(String address) throws InvalidPeerAddressException {
        node.removePeer(address);
    }

    @Override
    public CompletableFuture<ResolveReport> sync() {
        return node.resolveAsync();
    }

    @Override
    public void setAutoSync(Duration interval) {
        node.setAutoSync(interval);
    }

    @Override
    public void setMutualPeering(boolean on) {
        node.setMutualPeering(on);
    }

    @Override
    public void setRefuseOverspending(boolean on) {
        node.setRefuseOverspending(on);
    }

    @Override
    public dev.blockdesk.node.CorsOrigins cors() {
        return node.cors();
    }

    @Override
    public void setCors(dev.blockdesk.node.CorsOrigins origins) {
        node.setCors(origins);
    }

    @Override
    public ValidationResult readChain(Path file) throws IOException {
        return ChainFiles.read(file, node.validator());
    }

    @Override
    public Optional<ChainReplacement> adopt(Chain chain, String source) {
        return node.importChain(chain, source);
    }

    @Override
    public int exportChain(Path file) throws IOException {
        Chain chain = node.chain();
        ChainFiles.write(chain, node.rules(), file);
        return chain.length();
    }

    @Override
    public int exportOrphans(Path file) throws IOException {
        List<Orphan> orphans = node.orphans();
        ChainFiles.writeOrphans(
                orphans.stream().map(o -> o.block().canonicalBytes()).toList(), file);
        return orphans.size();
    }
}
