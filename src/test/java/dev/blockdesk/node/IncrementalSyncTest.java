package dev.blockdesk.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.blockdesk.chain.CanonicalJson;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.WireJson;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Real nodes on loopback syncing through Blockdesk's sync API, seen through a proxy that counts what
 * was asked (and, for the liars, changes what is answered): only what is new is fetched, and what
 * each side knows and says of the other is what a fetch of the whole chain would tell.
 */
class IncrementalSyncTest {

    /** Who peers with whom is each test's to say here. */
    private static final NodeConfig CONFIG = TestNodes.config().withMutualPeering(false);

    private final TestNodes nodes = new TestNodes();
    private final List<AutoCloseable> peers = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable peer : peers) {
            peer.close();
        }
        nodes.close();
    }

    /** Two nodes on one chain of {@code blocks} blocks, not peered with each other. */
    private Node[] sharing(int blocks) throws Exception {
        Node a = nodes.start(CONFIG);
        Node b = nodes.start(CONFIG);
        TestNodes.mine(a, blocks - 1);
        b.registerPeers(List.of("127.0.0.1:" + a.port()));
        assertTrue(b.resolve().replaced());
        b.removePeer("127.0.0.1:" + a.port());
        assertEquals(a.chain(), b.chain());
        return new Node[] {a, b};
    }

    /** {@code node} as the only peer of {@code of}, through a proxy that counts what it is asked. */
    private SyncProxy peer(Node of, Node node, SyncProxy.Rewrite rewrite) throws Exception {
        SyncProxy proxy = SyncProxy.of(node, rewrite);
        peers.add(proxy);
        of.registerPeers(List.of(proxy.address()));
        return proxy;
    }

    private SyncProxy peer(Node of, Node node) throws Exception {
        return peer(of, node, (target, status, body) -> null);
    }

    private static PeerRelation relation(Node node) {
        return node.peers().get(0).relation(node.chain(), node.rules().id());
    }

    private static int blocksIn(String page) {
        return WireJson.parse(page).get("blocks").size();
    }

    @Test
    void aPeerAheadByOneBlockGivesOnlyThatBlock() throws Exception {
        Node[] pair = sharing(5);
        Node a = pair[0];
        Node b = pair[1];
        TestNodes.mine(b, 1);
        SyncProxy proxy = peer(a, b);

        ResolveReport report = a.resolve();

        assertTrue(report.replaced());
        assertEquals(b.chain(), a.chain());
        assertEquals(
                "adopted: its 6 blocks replaced our 5", report.outcomes().get(0).reason());
        assertEquals(
                List.of("/blockdesk/v1/tip", "/blockdesk/v1/blocks?from=6&count=1"),
                proxy.chainRequests(),
                "the tip, then the one new block, asked at once on our tip: never the whole chain");
        SyncProxy.Seen page = proxy.seen().get(1);
        assertEquals(1, blocksIn(page.body()));
        assertEquals(
                a.chain().block(5).hash(),
                WireJson.parse(page.body())
                        .get("blocks")
                        .get(0)
                        .get("previous_hash")
                        .asText(),
                "it follows our tip: no page of hashes needed");
        assertTrue(
                page.body().length() < 1000, "one block's bytes: " + page.body().length());
        PeerStatus status = a.peers().get(0);
        assertEquals(6, status.chainLength());
        assertEquals(b.chain().tip().hash(), status.tipHash());
        assertEquals("dvf", status.dialect());
        assertEquals(new PeerStatus.Shared(6, b.chain().tip().hash()), status.shared());
        assertNull(status.fork());
        assertEquals(PeerRelation.Kind.IN_SYNC, relation(a).kind());
    }

    @Test
    void aPeerInSyncIsAskedOnlyItsTip() throws Exception {
        Node[] pair = sharing(5);
        Node a = pair[0];
        SyncProxy proxy = peer(a, pair[1]);

        ResolveReport report = a.resolve();

        assertFalse(report.replaced());
        assertEquals("in sync: the same 5 blocks", report.outcomes().get(0).reason());
        assertEquals(List.of("/blockdesk/v1/tip"), proxy.chainRequests());
        assertEquals("in sync", relation(a).describe());
        assertEquals(5, a.peers().get(0).chainLength());
        assertEquals(a.chain().tip().hash(), a.peers().get(0).tipHash());
    }

    @Test
    void aPeerBehindIsAskedOnlyItsTip() throws Exception {
        Node[] pair = sharing(5);
        Node a = pair[0];
        TestNodes.mine(a, 2);
        SyncProxy proxy = peer(a, pair[1]);

        ResolveReport report = a.resolve();

        assertFalse(report.replaced());
        assertEquals(
                "kept ours: its 5 blocks are the first of our 7",
                report.outcomes().get(0).reason());
        assertEquals(List.of("/blockdesk/v1/tip"), proxy.chainRequests());
        assertEquals("behind by 2 blocks", relation(a).describe());
        assertEquals(
                new PeerStatus.Shared(5, pair[1].chain().tip().hash()),
                a.peers().get(0).shared());
    }

    @Test
    void aLongerBranchForkedOneBlockDeepIsFetchedFromTheForkPointOnly() throws Exception {
        Node[] pair = sharing(3);
        Node a = pair[0];
        Node b = pair[1];
        TestNodes.mine(a, 1);
        TestNodes.mine(b, 2);
        SyncProxy proxy = peer(a, b);

        ResolveReport report = a.resolve();

        assertTrue(report.replaced());
        assertEquals(b.chain(), a.chain());
        assertEquals(
                List.of(
                        "/blockdesk/v1/tip",
                        "/blockdesk/v1/blocks?from=5&count=1",
                        "/blockdesk/v1/hashes?from=4&count=16",
                        "/blockdesk/v1/blocks?from=4&count=2"),
                proxy.chainRequests(),
                "a block that does not follow our tip: the walk back by hash");
        assertEquals(4, report.replacement().forkIndex(), "the first block that differs");
        assertEquals(1, report.replacement().dropped().size(), "our one block after it dropped");
        assertEquals(PeerRelation.Kind.IN_SYNC, relation(a).kind());
    }

    @Test
    void aTieForkedOneBlockDeepIsDrawnAsAFetchOfTheWholeChainWouldDrawIt() throws Exception {
        Node[] pair = sharing(3);
        Node a = pair[0];
        Node b = pair[1];
        TestNodes.mine(a, 1);
        TestNodes.mine(b, 1);
        SyncProxy proxy = peer(a, b);

        ResolveReport report = a.resolve();

        assertFalse(report.replaced());
        assertEquals(
                "kept ours: a tie at 4 blocks, forked at block 3 (a tie keeps the chain we have until one branch grows longer)",
                report.outcomes().get(0).reason());
        assertEquals(
                List.of(
                        "/blockdesk/v1/tip",
                        "/blockdesk/v1/hashes?from=4&count=16",
                        "/blockdesk/v1/blocks?from=4&count=1"),
                proxy.chainRequests(),
                "its branch only, to validate it and draw it");
        PeerStatus status = a.peers().get(0);
        assertEquals("forked at block 3, a tie", relation(a).describe());
        assertNotNull(status.fork());
        assertEquals(3, status.fork().forkIndex());
        assertEquals(a.chain().tip().hash(), status.fork().ours().get(0).hash());
        assertEquals(b.chain().tip().hash(), status.fork().theirs().get(0).hash());
        assertEquals(b.chain().block(3).hash(), status.fork().shared().get(1).hash());
        assertFalse(status.fork().theirsWins());
    }

    @Test
    void aForkDeeperThanOnePageOfHashesIsFoundPageByPage() throws Exception {
        Node[] pair = sharing(2);
        Node a = pair[0];
        Node b = pair[1];
        TestNodes.mine(a, 20);
        TestNodes.mine(b, 21);
        SyncProxy proxy = peer(a, b);

        ResolveReport report = a.resolve();

        assertTrue(report.replaced(), report.outcomes().toString());
        assertEquals(b.chain(), a.chain());
        assertEquals(
                List.of(
                        "/blockdesk/v1/tip",
                        "/blockdesk/v1/blocks?from=23&count=1",
                        "/blockdesk/v1/hashes?from=22&count=16",
                        "/blockdesk/v1/hashes?from=6&count=128",
                        "/blockdesk/v1/blocks?from=3&count=21"),
                proxy.chainRequests(),
                "its block after our tip does not follow it: two pages of hashes, then its branch");
        assertEquals(3, report.replacement().forkIndex(), "the first block that differs");
        assertEquals(20, report.replacement().dropped().size());
    }

    @Test
    void aTipThePeerCannotServeIsRejectedAndNothingIsAdopted() throws Exception {
        Node[] pair = sharing(5);
        Node a = pair[0];
        Chain before = a.chain();
        SyncProxy proxy = peer(a, pair[1], (target, status, body) -> {
            if (!target.equals("/blockdesk/v1/tip")) {
                return null;
            }
            ObjectNode tip = (ObjectNode) WireJson.parse(body);
            tip.put("length", 10).put("index", 10).put("hash", "ab".repeat(32));
            return new SyncProxy.Reply(200, CanonicalJson.write(tip));
        });

        ResolveReport report = a.resolve();

        assertFalse(report.replaced());
        assertEquals(before, a.chain());
        PeerOutcome outcome = report.outcomes().get(0);
        assertEquals(PeerOutcome.Kind.INVALID, outcome.kind());
        assertEquals(
                "rejected: invalid chain: chain: it announced block 10 as its tip, then answered HTTP 400 to GET"
                        + " /blockdesk/v1/blocks?from=6&count=5",
                outcome.reason());
        assertEquals(List.of("/blockdesk/v1/tip", "/blockdesk/v1/blocks?from=6&count=5"), proxy.chainRequests());
        assertEquals(PeerRelation.Kind.INVALID, relation(a).kind());
        assertEquals(
                "invalid chain: chain: it announced block 10 as its tip, then answered HTTP 400 to GET"
                        + " /blockdesk/v1/blocks?from=6&count=5",
                a.peers().get(0).lastError());
    }

    @Test
    void blocksThatDoNotEndAtTheAnnouncedTipAreRejected() throws Exception {
        Node[] pair = sharing(3);
        Node a = pair[0];
        Node b = pair[1];
        TestNodes.mine(b, 1);
        String lie = "cd".repeat(32);
        peer(
                a,
                b,
                (target, status, body) -> target.equals("/blockdesk/v1/tip")
                        ? new SyncProxy.Reply(200, body.replace(b.chain().tip().hash(), lie))
                        : null);

        ResolveReport report = a.resolve();

        assertFalse(report.replaced());
        assertEquals(
                "rejected: invalid chain: block 4: its hash is "
                        + b.chain().tip().hash() + ", not the " + lie + " the peer announced as its tip",
                report.outcomes().get(0).reason());
        assertEquals(3, a.chain().length());
    }

    @Test
    void aPageWhoseBlocksDoNotLinkIsRejectedWithTheValidatorsReason() throws Exception {
        Node[] pair = sharing(3);
        Node a = pair[0];
        Node b = pair[1];
        TestNodes.mine(b, 2);
        peer(a, b, (target, status, body) -> {
            if (!target.startsWith("/blockdesk/v1/blocks")) {
                return null;
            }
            ObjectNode page = (ObjectNode) WireJson.parse(body);
            ((ObjectNode) page.get("blocks").get(1)).put("previous_hash", "ab".repeat(32));
            return new SyncProxy.Reply(200, CanonicalJson.write(page));
        });

        ResolveReport report = a.resolve();

        assertFalse(report.replaced());
        assertEquals(
                "rejected: invalid chain: block 5: previous_hash does not match the hash of block 4",
                report.outcomes().get(0).reason());
        assertEquals(
                "invalid chain: block 5: previous_hash does not match the hash of block 4",
                a.peers().get(0).lastError());
        assertEquals(3, a.chain().length());
    }

    @Test
    void pagesThatAreNotWhatWasAskedAreRejected() throws Exception {
        Node[] pair = sharing(3);
        Node a = pair[0];
        Node b = pair[1];
        TestNodes.mine(b, 2);
        Node c = nodes.start(CONFIG);
        Node d = nodes.start(CONFIG);
        Node e = nodes.start(CONFIG.withMaxPeerResponseBytes(4096));
        for (Node node : List.of(c, d, e)) {
            node.importChain(a.chain(), "test");
        }
        // a: a page from another block than asked
        peer(
                a,
                b,
                (target, status, body) -> target.startsWith("/blockdesk/v1/blocks")
                        ? new SyncProxy.Reply(200, body.replace("\"from\": 4", "\"from\": 3"))
                        : null);
        // c: more blocks than asked
        peer(c, b, (target, status, body) -> {
            if (!target.startsWith("/blockdesk/v1/blocks")) {
                return null;
            }
            ObjectNode page = (ObjectNode) WireJson.parse(body);
            ((ArrayNode) page.get("blocks")).add(page.get("blocks").get(1).deepCopy());
            return new SyncProxy.Reply(200, CanonicalJson.write(page));
        });
        // d: hashes that do not start at the tip it announced
        TestNodes.mine(d, 2); // d is ahead, b's tip is below d's: the walk starts at b's tip
        peer(
                d,
                b,
                (target, status, body) -> target.startsWith("/blockdesk/v1/hashes")
                        ? new SyncProxy.Reply(200, body.replace(b.chain().tip().hash(), "ef".repeat(32)))
                        : null);
        // e: a page over e's cap
        peer(
                e,
                b,
                (target, status, body) -> target.startsWith("/blockdesk/v1/blocks")
                        ? new SyncProxy.Reply(200, body.replace("{\"blocks\"", " ".repeat(5000) + "{\"blocks\""))
                        : null);

        assertEquals(
                "rejected: invalid chain: chain: GET /blockdesk/v1/blocks?from=4&count=2: not the page of blocks asked:"
                        + " \"from\" should be 4",
                a.resolve().outcomes().get(0).reason());
        assertEquals(
                "rejected: invalid chain: chain: GET /blockdesk/v1/blocks?from=4&count=2: not the page of blocks asked:"
                        + " more than the 2 blocks asked",
                c.resolve().outcomes().get(0).reason());
        assertEquals(
                "rejected: invalid chain: chain: its hash of block 5 is " + "ef".repeat(32) + ", not the "
                        + b.chain().tip().hash() + " of the tip it announced",
                d.resolve().outcomes().get(0).reason());
        assertEquals(
                "rejected: invalid chain: chain: GET /blockdesk/v1/blocks?from=4&count=2: the answer is larger than 4 KiB",
                e.resolve().outcomes().get(0).reason());
        for (Node node : List.of(a, c, e)) {
            assertEquals(3, node.chain().length(), "nothing adopted");
            assertEquals(PeerRelation.Kind.INVALID, relation(node).kind());
        }
        assertEquals(5, d.chain().length());
    }

    @Test
    void aPeerThatServesOnlyChainIsFetchedWholeAndNotAskedForItsTipAgain() throws Exception {
        Node b = nodes.start(CONFIG);
        TestNodes.mine(b, 3);
        String chain = TestNodes.get(b.url(), "/chain").text();
        List<String> asked = new CopyOnWriteArrayList<>();
        dev.blockdesk.node.http.HttpApi
                .loadSettings(); // its timeouts, not the JDK defaults, for every server of this JVM
        HttpServer python = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        python.createContext("/", exchange -> {
            try (exchange) {
                asked.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
                boolean known = exchange.getRequestURI().getPath().equals("/chain");
                byte[] body = (known ? chain : "<!doctype html><title>404 Not Found</title>")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders()
                        .set("Content-Type", known ? "application/json" : "text/html; charset=utf-8");
                exchange.sendResponseHeaders(known ? 200 : 404, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        python.start();
        peers.add(() -> python.stop(0));
        Node a = nodes.start(CONFIG);
        a.registerPeers(List.of("127.0.0.1:" + python.getAddress().getPort()));

        assertTrue(a.resolve().replaced());
        assertEquals(b.chain(), a.chain());
        assertEquals(List.of("GET /blockdesk/v1/tip", "GET /chain"), asked);
        assertEquals("in sync: the same 4 blocks", a.resolve().outcomes().get(0).reason());
        assertEquals(List.of("GET /blockdesk/v1/tip", "GET /chain", "GET /chain"), asked, "its 404 is remembered");
        assertEquals(PeerRelation.Kind.IN_SYNC, relation(a).kind());
    }

    @Test
    void aFreshNodeTakesAWholeChainInPages() throws Exception {
        Node b = nodes.start(CONFIG);
        TestNodes.mine(b, 3);
        Node a = nodes.start(CONFIG); // another genesis block: nothing shared
        SyncProxy proxy = peer(a, b);

        assertTrue(a.resolve().replaced());
        assertEquals(b.chain(), a.chain());
        assertEquals(List.of("/blockdesk/v1/tip", "/blockdesk/v1/blocks?from=1&count=4"), proxy.chainRequests());
    }
}
