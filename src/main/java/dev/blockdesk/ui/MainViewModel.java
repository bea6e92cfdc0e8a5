package dev.blockdesk.ui;

import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.MiningJob;
import dev.blockdesk.chain.Transaction;
import dev.blockdesk.node.Node;
import dev.blockdesk.node.NodeListener;
import dev.blockdesk.node.PeerStatus;
import dev.blockdesk.node.ResolveReport;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The window's state: toolbar, status bar and the three tabs' view models. The node's events only
 * queue work here; {@link #tick()}, called on the FX thread a few times a second, applies it, so a
 * busy miner can never flood the FX queue.
 */
public final class MainViewModel {

    private final Node node;
    private final BlocksViewModel blocks;
    private final PendingViewModel pending;
    private final PeersViewModel peers;
    private final ConcurrentLinkedQueue<ResolveReport> resolves = new ConcurrentLinkedQueue<>();
    private final ReadOnlyStringWrapper nodeUrl = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper nodeId = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper chainLength = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper pendingCount = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper peersOnline = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper syncState = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper inSync = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper hashRate = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper miningStatus = new ReadOnlyStringWrapper("Idle. Mine to forge the next block.");
    private final ReadOnlyBooleanWrapper mining = new ReadOnlyBooleanWrapper();
    private final BooleanProperty autoMine = new SimpleBooleanProperty();
    private volatile String lastMined = "";

    public MainViewModel(Node node, Executor background, Executor fx, Clock clock, BiConsumer<String, String> saveSetting) {
        this.node = node;
        this.blocks = new BlocksViewModel(node.proofOfWork());
        this.pending = new PendingViewModel(node, background, fx, clock);
        this.peers = new PeersViewModel(node, background, fx, clock, saveSetting);
        nodeUrl.set(node.url().toString());
        nodeId.set(node.nodeId());
        autoMine.addListener((o, was, on) -> {
            node.setAutoMine(on);
            saveSetting.accept("auto_mine", Boolean.toString(on));
        });
        node.addListener(new NodeListener() {
            @Override
            public void resolved(ResolveReport report) {
                resolves.add(report);
            }

            @Override
            public void blockMined(Block block) {
                lastMined = "Block " + block.index() + " mined";
            }
        }, Runnable::run);
        tick();
    }

    /** Mine one block, or cancel the mining under way. */
    public void mineOrCancel() {
        if (node.isMining()) {
            autoMine.set(false);
            node.cancelMining();
        } else {
            node.mine();
        }
        tick();
    }

    /** Applies what changed in the node since the last tick. FX thread. */
    public void tick() {
        Chain chain = node.chain();
        List<Transaction> waiting = node.pending();
        blocks.update(chain);
        pending.update(waiting);
        List<PeerStatus> peerList = node.peers();
        peers.update(peerList);
        for (ResolveReport report; (report = resolves.poll()) != null; ) {
            peers.logResolve(report);
        }
        chainLength.set(chain.length() + " blocks");
        pendingCount.set(waiting.size() + " pending");
        long online = peerList.stream().filter(PeerStatus::reachable).count();
        peersOnline.set(online + "/" + peerList.size() + " peers online");
        updateSyncState(chain, peerList, online);
        updateMining();
    }

    private void updateSyncState(Chain chain, List<PeerStatus> peerList, long online) {
        Optional<PeerStatus> ahead = peerList.stream().filter(p -> p.reachable() && p.chainLength() > chain.length()).findFirst();
        if (peerList.isEmpty()) {
            syncState.set("Alone: no peers");
            inSync.set(false);
        } else if (peers.syncingProperty().get()) {
            syncState.set("Syncing…");
            inSync.set(false);
        } else if (ahead.isPresent()) {
            syncState.set("Behind: " + ahead.get().address() + " has " + ahead.get().chainLength() + " blocks");
            inSync.set(false);
        } else if (online == 0) {
            syncState.set("Peers offline");
            inSync.set(false);
        } else {
            syncState.set("In sync with " + online + (online == 1 ? " peer" : " peers"));
            inSync.set(true);
        }
    }

    private void updateMining() {
        Optional<MiningJob> job = node.miningJob();
        mining.set(job.isPresent());
        if (job.isEmpty()) {
            hashRate.set("0 H/s");
            miningStatus.set(lastMined.isEmpty() ? "Idle. Mine to forge the next block." : lastMined + ". Idle.");
            return;
        }
        MiningJob running = job.get();
        double expected = node.proofOfWork().expectedTries();
        hashRate.set(Formats.hashRate(running.hashRate()));
        miningStatus.set(String.format(java.util.Locale.ROOT, "Mining block %d: %s tries of about %s expected, %s, %.1f s",
                running.puzzle().nextIndex(), Formats.count(running.tries()), Formats.count(expected),
                Formats.hashRate(running.hashRate()), running.elapsed().toMillis() / 1000.0));
    }

    public Node node() {
        return node;
    }

    public BlocksViewModel blocks() {
        return blocks;
    }

    public PendingViewModel pending() {
        return pending;
    }

    public PeersViewModel peers() {
        return peers;
    }

    public ReadOnlyStringProperty nodeUrlProperty() {
        return nodeUrl.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nodeIdProperty() {
        return nodeId.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty chainLengthProperty() {
        return chainLength.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pendingCountProperty() {
        return pendingCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty peersOnlineProperty() {
        return peersOnline.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty syncStateProperty() {
        return syncState.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty inSyncProperty() {
        return inSync.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty hashRateProperty() {
        return hashRate.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty miningStatusProperty() {
        return miningStatus.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty miningProperty() {
        return mining.getReadOnlyProperty();
    }

    public BooleanProperty autoMineProperty() {
        return autoMine;
    }
}
