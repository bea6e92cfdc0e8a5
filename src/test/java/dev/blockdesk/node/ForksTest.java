package dev.blockdesk.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.Transaction;
import dev.blockdesk.chain.WireJson;
import dev.blockdesk.testing.Wait;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Real nodes on loopback driven into ties and reorganisations: what each side knows and says, and that no transaction is lost. */
class ForksTest {

    private static final Duration BOUND = Duration.ofSeconds(20);
    /** Who peers with whom is each test's to say here: asking peers to add us back is MutualPeeringTest's. */
    private static final NodeConfig CONFIG = TestNodes.config().withMutualPeering(false);

    private final TestNodes nodes = new TestNodes();
    private final List<HttpServer> servers = new ArrayList<>();

    @AfterEach
    void stop() {
        nodes.close();
        servers.forEach(s -> s.stop(0));
    }

    private static String peerOf(Node node) {
        return "127.0.0.1:" + node.port();
    }

    /** Two nodes on one chain of {@code blocks} blocks, not yet peered with each other. */
    private Node[] sharing(int blocks) throws Exception {
        return sharing(blocks, CONFIG);
    }

    private Node[] sharing(int blocks, NodeConfig config) throws Exception {
        Node a = nodes.start(config);
        Node b = nodes.start(config);
        TestNodes.mine(a, blocks - 1);
        b.registerPeers(List.of(peerOf(a)));
        assertTrue(b.resolve().replaced());
        b.removePeer(peerOf(a));
        assertEquals(a.chain(), b.chain());
        return new Node[] {a, b};
    }

    @Test
    void aTieIsForkedOnBothSidesAndKeepsEachSidesChain() throws Exception {
        Node[] pair = sharing(2);
        Node a = pair[0];
        Node b = pair[1];
        TestNodes.mine(a, 1);
        TestNodes.mine(b, 1);
        a.registerPeers(List.of(peerOf(b)));
        b.registerPeers(List.of(peerOf(a)));

        ResolveReport report = a.resolve();
        assertFalse(report.replaced(), "a tie keeps ours");
        assertEquals(
                "kept ours: a tie at 3 blocks, forked at block 2 (a tie keeps the chain we have until one branch grows longer)",
                report.outcomes().get(0).reason());
        PeerStatus seen = a.peers().get(0);
        PeerRelation relation = seen.relation(a.chain(), a.rules().id());
        assertEquals(PeerRelation.Kind.FORKED, relation.kind());
        assertEquals(2, relation.forkIndex());
        assertEquals("forked at block 2, a tie", relation.describe());
        assertEquals(b.chain().tip().hash(), seen.tipHash());
        assertNotNull(seen.fork(), "a forked peer keeps a picture of both branches");
        assertEquals(2, seen.fork().forkIndex());
        assertEquals(a.chain().tip().hash(), seen.fork().ours().get(0).hash());
        assertEquals(b.chain().tip().hash(), seen.fork().theirs().get(0).hash());
        assertFalse(seen.fork().theirsWins());

        b.resolve();
        assertEquals(
                PeerRelation.Kind.FORKED,
                b.peers().get(0).relation(b.chain(), b.rules().id()).kind());

        TestNodes.mine(b, 1); // b's branch grows longer: a takes it
        assertTrue(a.resolve().replaced());
        assertEquals(
                PeerRelation.Kind.IN_SYNC,
                a.peers().get(0).relation(a.chain(), a.rules().id()).kind());
        assertEquals("in sync: the same 4 blocks", a.resolve().outcomes().get(0).reason());
    }

    @Test
    void theRelationFollowsOurChainWithoutAskingThePeer() throws Exception {
        Node[] pair = sharing(3);
        Node a = pair[0];
        Node b = pair[1];
        a.registerPeers(List.of(peerOf(b)));
        a.resolve();
        assertEquals("in sync", a.peers().get(0).relation(a.chain(), "dvf").describe());
        TestNodes.mine(a, 2);
        assertEquals(
                "behind by 2 blocks",
                a.peers().get(0).relation(a.chain(), "dvf").describe());
        assertEquals(
                "kept ours: its 3 blocks are the first of our 5",
                a.resolve().outcomes().get(0).reason());

        b.registerPeers(List.of(peerOf(a)));
        TestNodes.mine(b, 0);
        b.resolve(); // takes a's 5 blocks: in sync
        assertEquals(
                PeerRelation.Kind.IN_SYNC,
                b.peers().get(0).relation(b.chain(), "dvf").kind());
        TestNodes.mine(a, 1);
        a.resolve();
        assertEquals(
                "behind by 1 block", a.peers().get(0).relation(a.chain(), "dvf").describe());
    }

    @Test
    void anotherGenesisBlockIsNamedAndAnUnreachablePeerToo() throws Exception {
        Node a = nodes.start(CONFIG);
        Node b = nodes.start(CONFIG); // its own genesis block
        a.registerPeers(List.of(peerOf(b)));
        ResolveReport report = a.resolve();
        assertEquals(
                "kept ours: it starts from another genesis block and is not longer (1 block against our 1)",
                report.outcomes().get(0).reason());
        assertEquals(
                PeerRelation.Kind.DIFFERENT_GENESIS,
                a.peers().get(0).relation(a.chain(), "dvf").kind());
        b.close();
        a.resolve();
        assertEquals(
                PeerRelation.Kind.UNREACHABLE,
                a.peers().get(0).relation(a.chain(), "dvf").kind());
    }

    @Test
    void theLosingSideIsToldWhatItLostAndItsReturnedTransactionReachesTheWinner() throws Exception {
        Node[] pair = sharing(2);
        Node a = pair[0];
        Node b = pair[1];
        List<Reorg> reorgs = reorgsOf(a);
        a.submitTransaction(
                WireJson.parse("{\"sender\": \"alice\", \"recipient\": \"bob\", \"amount\": 5}")); // a has no peer yet
        TestNodes.mine(a, 1);
        Block lost = a.chain().tip();
        TestNodes.mine(b, 2);

        a.registerPeers(List.of(peerOf(b)));
        assertTrue(a.resolve().replaced());

        assertEquals(1, reorgs.size());
        Reorg reorg = reorgs.get(0);
        assertEquals(peerOf(b), reorg.source());
        assertEquals(2, reorg.forkPoint());
        assertEquals(List.of(lost), reorg.dropped());
        assertEquals(1, reorg.lostRewards().size());
        assertEquals(0, BigDecimal.ONE.compareTo(reorg.lostRewardTotal()));
        assertEquals(
                List.of("alice"),
                reorg.returned().stream().map(r -> r.transaction().sender()).toList());
        assertEquals(3, reorg.returned().get(0).fromBlock());
        assertEquals(List.of(), reorg.alreadyIn());
        assertNotNull(reorg.picture());
        assertTrue(reorg.picture().theirsWins());
        assertEquals(lost.hash(), reorg.picture().ours().get(0).hash());
        assertEquals(2, reorg.picture().theirBranchLength());

        // the winner mined on without it: it is sent to b again, and b's next block holds it
        Wait.until(
                "the returned transaction reaches the winning node",
                BOUND,
                () -> b.pending().stream().anyMatch(tx -> "alice".equals(tx.sender())));
        TestNodes.mine(b, 1);
        a.resolve();
        assertEquals(b.chain(), a.chain());
        assertEquals(1, count(a, "alice"), "in the chain exactly once");
        assertEquals(List.of(), a.pending());
    }

    @Test
    void aNewNodesFirstSyncIsNoReorganisation() throws Exception {
        Node a = nodes.start(CONFIG);
        Node fresh = nodes.start(CONFIG); // only its own genesis block
        List<Reorg> reorgs = reorgsOf(fresh);
        TestNodes.mine(a, 2);
        fresh.registerPeers(List.of(peerOf(a)));
        assertTrue(fresh.resolve().replaced());
        assertEquals(List.of(), reorgs, "its lone genesis block gave way to the network's chain: nothing to tell");
    }

    @Test
    void catchingUpIsNoReorganisation() throws Exception {
        Node[] pair = sharing(2);
        Node a = pair[0];
        Node b = pair[1];
        List<Reorg> reorgs = reorgsOf(a);
        TestNodes.mine(b, 3);
        a.registerPeers(List.of(peerOf(b)));
        assertTrue(a.resolve().replaced());
        assertEquals(List.of(), reorgs);
    }

    @Test
    void aTransactionAPeerDidNotTakeIsSentAgainAtTheNextSync() throws Exception {
        AtomicInteger offers = new AtomicInteger();
        dev.blockdesk.node.http.HttpApi
                .loadSettings(); // its timeouts, not the JDK defaults, for every server of this JVM
        HttpServer flaky = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        flaky.createContext("/", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                boolean submit = exchange.getRequestURI().getPath().equals("/transactions/new");
                int status = !submit ? 404 : offers.incrementAndGet() == 1 ? 503 : 201;
                byte[] body = (status == 201
                                ? "{\"message\": \"Transaction will be added to Block 2\"}"
                                : "{\"error\": \"busy\"}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        flaky.start();
        servers.add(flaky);
        Node a = nodes.start(CONFIG);
        a.registerPeers(List.of("127.0.0.1:" + flaky.getAddress().getPort()));
        a.submitTransaction(WireJson.parse("{\"sender\": \"alice\", \"recipient\": \"bob\", \"amount\": 5}"));
        Wait.until("the peer is offered the transaction", BOUND, () -> offers.get() == 1);
        Wait.until("the refusal is recorded", BOUND, () -> a.peers().get(0).lastError() != null);

        a.resolve();
        Wait.until("the transaction is offered again at the next sync", BOUND, () -> offers.get() == 2);
        Wait.until("the peer's answer is handled: nothing left to offer", BOUND, () -> a.undeliveredCount() == 0);
        a.resolve();
        Wait.during("taken the second time: not sent a third", Duration.ofMillis(300), () -> offers.get() == 2);
    }

    @Test
    void threeNodesWithForksSettleWithEveryTransactionOnce() throws Exception {
        Node a = nodes.start(CONFIG);
        Node b = nodes.start(CONFIG);
        Node c = nodes.start(CONFIG);
        TestNodes.mine(a, 1);
        for (Node node : List.of(b, c)) {
            node.registerPeers(List.of(peerOf(a)));
            node.resolve();
        }
        // each mines its own branch with its own transaction, unpeered
        int n = 0;
        for (Node node : List.of(a, b, c)) {
            n++;
            node.submitTransaction(
                    WireJson.parse("{\"sender\": \"s" + n + "\", \"recipient\": \"r\", \"amount\": " + n + "}"));
            TestNodes.mine(node, n);
        }
        for (Node node : List.of(a, b, c)) {
            List<String> others = new ArrayList<>();
            for (Node other : List.of(a, b, c)) {
                if (other != node
                        && node.peers().stream()
                                .noneMatch(p -> p.address().toString().equals(peerOf(other)))) {
                    others.add(peerOf(other));
                }
            }
            node.registerPeers(others);
        }
        a.resolve(); // takes c's longest branch: s1 returns to a's Pending and goes to b and c again
        b.resolve(); // the same for s2
        Wait.until(
                "the returned transactions reach c",
                BOUND,
                () -> c.pending().stream().map(Transaction::sender).toList().containsAll(List.of("s1", "s2")));
        TestNodes.mine(c, 1);
        for (int round = 0; round < 3; round++) {
            for (Node node : List.of(a, b, c)) {
                node.resolve();
            }
        }
        assertEquals(c.chain(), a.chain());
        assertEquals(c.chain(), b.chain());
        for (String sender : List.of("s1", "s2", "s3")) {
            assertEquals(1, count(a, sender), sender + " in the settled chain exactly once");
        }
        for (Node node : List.of(a, b, c)) {
            assertNull(node.pending().stream()
                    .filter(tx -> tx.sender().startsWith("s"))
                    .findAny()
                    .orElse(null));
        }
    }

    @Test
    void autoMineStaysOnAcrossAReorganisationAndMinesOnTheNewTip() throws Exception {
        Node[] pair = sharing(2, CONFIG.withDifficulty(4)); // about 65,000 tries a block: a cannot outrun b's lead
        Node a = pair[0];
        Node b = pair[1];
        TestNodes.mine(a, 1);
        Block lost = a.chain().tip();
        TestNodes.mine(b, 12);
        Block bTip = b.chain().tip();
        a.registerPeers(List.of(peerOf(b)));
        a.setAutoMine(true);
        assertTrue(a.resolve().replaced(), "b's 14 blocks replace a's");
        assertTrue(a.isAutoMining(), "auto-mine stays on");
        Wait.until("a block mined on the new tip", BOUND, () -> a.chain().length() > 14);
        a.setAutoMine(false);
        assertEquals(bTip, a.chain().block(bTip.index()), "mined on b's chain");
        assertFalse(a.chain().blocks().contains(lost));
    }

    /** The reorganisations {@code node} tells of from now on. */
    private static List<Reorg> reorgsOf(Node node) {
        List<Reorg> reorgs = new CopyOnWriteArrayList<>();
        node.addListener(
                new NodeListener() {
                    @Override
                    public void reorganized(Reorg reorg) {
                        reorgs.add(reorg);
                    }
                },
                Runnable::run);
        return reorgs;
    }

    private static long count(Node node, String sender) {
        return node.chain().blocks().stream()
                .flatMap(b -> b.transactions().stream())
                .filter(t -> sender.equals(t.sender()))
                .count();
    }
}
