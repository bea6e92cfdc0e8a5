package dev.blockdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.node.Node;
import dev.blockdesk.node.NodeConfig;
import dev.blockdesk.testing.Wait;
import dev.blockdesk.ui.Formats;
import dev.blockdesk.ui.LiveNode;
import dev.blockdesk.ui.blocks.BlocksViewModel;
import dev.blockdesk.ui.peers.PeersViewModel;
import dev.blockdesk.ui.pending.PendingViewModel;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The view models against a real node through {@link LiveNode}, without a JavaFX toolkit: work runs on the calling thread. */
class ViewModelWithNodeTest {

    private Node node;
    private MainViewModel model;
    private final Map<String, String> settings = new HashMap<>();

    @BeforeEach
    void start() throws Exception {
        node = new Node(NodeConfig.defaults()
                .withPort(0)
                .withDifficulty(2)
                .withMinerThreads(1)
                .withPeerTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(3)));
        node.start();
        model = attached(node);
    }

    private MainViewModel attached(Node running) {
        MainViewModel attached =
                new MainViewModel(running.nodeId(), Runnable::run, Runnable::run, Clock.systemUTC(), settings::put);
        attached.attach(new LiveNode(running));
        return attached;
    }

    @AfterEach
    void stop() {
        node.close();
    }

    @Test
    void whileTheStoredChainIsCheckedTheWindowSaysHowFarAndActionsWait() throws Exception {
        MainViewModel opening =
                new MainViewModel(node.nodeId(), Runnable::run, Runnable::run, Clock.systemUTC(), settings::put);
        opening.opening(45_000, 101_000);
        opening.tick();
        assertEquals(
                "Checking the stored chain: 45,000 of 101,000 blocks…",
                opening.miningStatusProperty().get());
        assertEquals(
                "Checking the stored chain: 45,000 of 101,000 blocks…",
                opening.blocks().placeholderProperty().get());
        assertEquals(45_000.0 / 101_000, opening.blocks().loadingProperty().get(), 1e-9);
        assertFalse(opening.readyProperty().get());
        assertEquals(node.nodeId(), opening.pending().senderProperty().get(), "the node id is known before the chain");

        opening.blocks().queryProperty().set("1");
        opening.blocks().search();
        assertEquals(
                "The stored chain is still being checked; search works once it is",
                opening.blocks().searchResultProperty().get());
        opening.pending().recipientProperty().set("bob");
        opening.pending().amountProperty().set("5");
        assertTrue(opening.pending().submitDisabledProperty().get(), "nothing can be sent before the node runs");
        opening.peers().addressProperty().set("127.0.0.1:5001");
        assertTrue(opening.peers().addDisabledProperty().get());
        opening.mineOrCancel();
        assertFalse(node.isMining(), "Mine waits for the node");
        opening.autoMineProperty().set(true);
        assertEquals("true", settings.get("auto_mine"), "a toggle made while opening is remembered");
        assertFalse(node.isMining());

        opening.attach(new LiveNode(node));
        assertTrue(opening.readyProperty().get());
        assertFalse(opening.pending().submitDisabledProperty().get(), "the form typed while opening can be sent now");
        assertFalse(opening.peers().addDisabledProperty().get());
        assertFalse(opening.blocks().rows().isEmpty(), "the chain is shown");
        assertEquals(
                Formats.blocks(opening.blocks().rows().size()),
                opening.statusBar().chainLengthProperty().get(),
                "the table and the status bar show the same snapshot (auto-mine may have added blocks already)");
        assertEquals("No blocks", opening.blocks().placeholderProperty().get());
        Wait.until(
                "the node catches up",
                Duration.ofSeconds(10),
                () -> node.chain().length() >= 3); // auto-mine set while opening starts with the node
        opening.autoMineProperty().set(false);
    }

    @Test
    void theFormChecksWhatIsTypedWithTheNodesRules() {
        PendingViewModel pending = model.pending();
        assertEquals(node.nodeId(), pending.senderProperty().get(), "the sender is this node's id");
        assertTrue(pending.submitDisabledProperty().get(), "nothing typed yet");
        pending.recipientProperty().set("bob");
        pending.amountProperty().set("five");
        assertEquals(
                "Amount must be a number, found \"five\"",
                pending.amountErrorProperty().get());
        assertTrue(pending.submitDisabledProperty().get());
        pending.amountProperty().set("-2");
        assertEquals(
                "Amount must be positive, found -2",
                pending.amountErrorProperty().get());
        pending.amountProperty().set("2.5");
        assertEquals("", pending.amountErrorProperty().get());
        pending.senderProperty().set("0");
        assertEquals(
                "Sender \"0\" is reserved for mining rewards",
                pending.senderErrorProperty().get());
        pending.senderProperty().set(node.nodeId());
        assertFalse(pending.submitDisabledProperty().get());

        pending.submit();
        assertEquals(
                "Transaction will be added to Block 2",
                pending.messageProperty().get());
        assertEquals("", pending.recipientProperty().get(), "the form is cleared for the next one");
        model.tick();
        assertEquals(1, pending.rows().size());
        assertEquals("2.5", pending.rows().get(0).getAmount());
        assertEquals("1 pending", model.statusBar().pendingCountProperty().get());
    }

    @Test
    void minedBlocksAppearNewestFirstAndAreExplained() throws Exception {
        node.mine().get(10, TimeUnit.SECONDS);
        node.mine().get(10, TimeUnit.SECONDS);
        model.tick();
        BlocksViewModel blocks = model.blocks();
        assertEquals(3, blocks.rows().size());
        assertEquals(3, blocks.rows().get(0).getIndex());
        assertTrue(blocks.rows().get(0).freshProperty().get(), "a new block is highlighted");
        assertEquals("3 blocks", model.statusBar().chainLengthProperty().get());

        blocks.queryProperty().set("2");
        blocks.search();
        assertEquals(2, blocks.selectedProperty().get().index());
        String explain = blocks.explainProperty().get();
        String proof = node.chain().block(2).proofText();
        assertTrue(
                explain.contains(
                        "100 + " + proof + " + " + node.chain().block(1).hash()),
                explain);
        assertTrue(explain.contains("= [00"), "the leading zeros are marked: " + explain);
        assertTrue(explain.contains("is the hash of block 1 ✓"), explain);
        assertTrue(blocks.canonicalJsonProperty().get().startsWith("{\"index\": 2, \"previous_hash\": "));

        blocks.queryProperty().set(node.chain().block(3).hash().substring(0, 8));
        blocks.search();
        assertEquals(3, blocks.selectedProperty().get().index());

        blocks.queryProperty().set(node.nodeId());
        blocks.search();
        assertTrue(
                blocks.searchResultProperty().get().endsWith("balance 2 in 2 transactions"),
                blocks.searchResultProperty().get());
        assertEquals(2, blocks.addressHistory().size());
    }

    @Test
    void peersAreCheckedAsTypedAndTheStatusBarSaysWhetherWeAreInSync() throws Exception {
        PeersViewModel peers = model.peers();
        peers.addressProperty().set("ftp://x:1");
        assertEquals(
                "Only http:// and https:// peers are supported, not ftp://",
                peers.addressErrorProperty().get());
        assertTrue(peers.addDisabledProperty().get());
        assertEquals("Alone: no peers", model.statusBar().syncStateProperty().get());

        Node other =
                new Node(NodeConfig.defaults().withPort(0).withDifficulty(2).withMinerThreads(1));
        other.start();
        try {
            other.mine().get(10, TimeUnit.SECONDS);
            peers.addressProperty().set(other.url().toString());
            assertFalse(peers.addDisabledProperty().get());
            peers.add(); // adds, then syncs at once
            Wait.until("the node catches up", Duration.ofSeconds(10), () -> {
                model.tick();
                return node.chain().length() == 2 && !peers.syncingProperty().get();
            });
            model.tick();
            assertEquals("online", peers.rows().get(0).getStatus());
            assertEquals("2", peers.rows().get(0).getLength());
            assertEquals(
                    "In sync with 1 peer", model.statusBar().syncStateProperty().get());
            assertTrue(
                    peers.log().stream().anyMatch(line -> line.contains("adopted: its 2 blocks replaced our 1")),
                    peers.log().toString());
        } finally {
            other.close();
        }
    }

    @Test
    void withAutoSyncOnTheWindowSyncsAsSoonAsTheNodeRunsAndSaysSoMeanwhile() throws Exception {
        Node other =
                new Node(NodeConfig.defaults().withPort(0).withDifficulty(2).withMinerThreads(1));
        other.start();
        Node ours = new Node(NodeConfig.defaults().withPort(0).withDifficulty(2).withMinerThreads(1));
        ours.start();
        try {
            ours.registerPeers(List.of(other.url().toString()));
            MainViewModel opening =
                    new MainViewModel(ours.nodeId(), Runnable::run, Runnable::run, Clock.systemUTC(), settings::put);
            opening.attach(new LiveNode(ours));
            assertEquals(
                    "Alone: no peers", model.statusBar().syncStateProperty().get(), "the other model has no peers");
            assertEquals(
                    "Contacting peers…",
                    opening.statusBar().syncStateProperty().get(),
                    "a peer never asked is not called offline");

            MainViewModel syncing =
                    new MainViewModel(ours.nodeId(), Runnable::run, Runnable::run, Clock.systemUTC(), settings::put);
            syncing.peers().autoSyncProperty().set(true);
            Node fresh =
                    new Node(NodeConfig.defaults().withPort(0).withDifficulty(2).withMinerThreads(1));
            fresh.start();
            try {
                fresh.registerPeers(List.of(other.url().toString()));
                syncing.attach(new LiveNode(fresh));
                // each fresh node made its own genesis block: not in sync, and the status bar says so
                Wait.until("the first sync", Duration.ofSeconds(10), () -> {
                    syncing.tick();
                    return syncing.statusBar()
                            .syncStateProperty()
                            .get()
                            .equals("Forked with 1 of 1 peer: another genesis block");
                });
                assertTrue(
                        syncing.peers().log().stream().anyMatch(line -> line.contains("kept ours")),
                        syncing.peers().log().toString());
            } finally {
                fresh.close();
            }
        } finally {
            ours.close();
            other.close();
        }
    }

    @Test
    void miningShowsItsProgressAndCanBeCancelled() {
        Node slow = null;
        try {
            slow = new Node(NodeConfig.defaults().withPort(0).withDifficulty(12).withMinerThreads(1));
            slow.start();
            MainViewModel slowModel = attached(slow);
            slowModel.mineOrCancel();
            Wait.until("the node catches up", Duration.ofSeconds(5), () -> {
                slowModel.tick();
                return slowModel.miningProperty().get()
                        && slowModel.miningStatusProperty().get().contains("tries");
            });
            assertTrue(
                    slowModel.miningStatusProperty().get().startsWith("Mining block 2: "),
                    slowModel.miningStatusProperty().get());
            assertTrue(
                    slowModel.miningStatusProperty().get().contains("281,474,976,710,656 expected"),
                    slowModel.miningStatusProperty().get());
            slowModel.mineOrCancel();
            Node stopped = slow;
            Wait.until("the node catches up", Duration.ofSeconds(5), () -> !stopped.isMining());
            slowModel.tick();
            assertFalse(slowModel.miningProperty().get());
            assertEquals("0 H/s", slowModel.statusBar().hashRateProperty().get());
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            if (slow != null) {
                slow.close();
            }
        }
    }
}
