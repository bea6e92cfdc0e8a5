package dev.blockdesk.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.Transaction;
import dev.blockdesk.store.SqliteStore;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A flood of transactions or peers stops at the node's limits, with a clear answer and nothing half-stored. */
class FloodLimitsTest {

    private final TestNodes nodes = new TestNodes();

    @AfterEach
    void stop() {
        nodes.close();
    }

    @Test
    void aFullPendingPoolAnswers503AndStoresNothingEvenAfterARestart(@TempDir Path dir) throws Exception {
        NodeConfig config = TestNodes.config().withLimits(NodeLimits.defaults().withMaxPending(5));
        Chain chain = Chain.startingAt(config.rules(), 1528705939.5);
        Path file = dir.resolve("blockdesk.db");
        try (SqliteStore store = SqliteStore.open(file)) {
            store.replaceBlocks(1, chain.blocks(), List.of());
            try (Node node = new Node(config, chain, List.of(), store)) {
                node.start();
                for (int i = 0; i < 5; i++) {
                    assertEquals(201, submit(node, "alice", i + 1).status());
                }
                TestNodes.Answer full = submit(node, "mallory", 99);

                assertEquals(503, full.status());
                assertEquals("pending pool is full (5 transactions); mine a block first", full.error());
                assertEquals(
                        5,
                        TestNodes.get(node.url(), "/transactions/pending")
                                .json()
                                .get("length")
                                .asInt());
                assertEquals(node.pending(), store.pending(), "what is stored and what is in memory agree");
            }
        }
        try (SqliteStore store = SqliteStore.open(file)) {
            List<Transaction> pending = store.pending();
            assertEquals(
                    List.of("alice"),
                    pending.stream().map(Transaction::sender).distinct().toList(),
                    "the refused one was never stored");
            try (Node node = new Node(config, chain, pending, store)) {
                node.start();
                assertEquals(5, node.pending().size());
                assertEquals(503, submit(node, "mallory", 100).status(), "the restored pool is still full");
                assertThrows(
                        PendingPoolFullException.class,
                        () -> node.submitTransaction(
                                "mallory", "bob", com.fasterxml.jackson.databind.node.IntNode.valueOf(1)),
                        "the window's way in is bounded too");

                TestNodes.mine(node, 1);
                assertEquals(201, submit(node, "carol", 1).status(), "mining a block empties the pool");
                assertEquals(node.pending(), store.pending());
            }
        }
    }

    @Test
    void peersStopAtTheLimitWith409AndNothingAdded() {
        Node node =
                nodes.start(TestNodes.config().withLimits(NodeLimits.defaults().withMaxPeers(3)));
        assertEquals(
                201,
                register(
                                node,
                                IntStream.range(0, 2)
                                        .mapToObj(i -> "http://127.0.0.1:" + (6000 + i))
                                        .toList())
                        .status());

        TestNodes.Answer refused = register(node, List.of("http://127.0.0.1:6002", "http://127.0.0.1:6003"));

        assertEquals(409, refused.status());
        assertEquals(
                "too many peers: adding 2 new addresses to our 2 would pass the limit of 3 peers; nothing was added",
                refused.error());
        assertEquals(2, node.peers().size(), "neither was added");
        assertEquals(
                201,
                register(node, List.of("http://127.0.0.1:6002", "http://127.0.0.1:6000"))
                        .status(),
                "up to the limit is fine");
        assertEquals(3, node.peers().size());
        assertThrows(
                TooManyPeersException.class,
                () -> node.registerPeers(List.of("127.0.0.1:6009")),
                "the window's way in is bounded too");
    }

    @Test
    void tenThousandAddressesInOneBodyAreRefusedWhole() {
        Node node = nodes.start();
        register(node, List.of("http://127.0.0.1:6000"));
        List<String> flood = IntStream.range(0, 10_000)
                .mapToObj(i -> "http://10." + (i / 250) + "." + (i % 250) + ".1:5000")
                .toList();

        TestNodes.Answer refused = register(node, flood);

        assertEquals(409, refused.status());
        assertEquals(
                "too many addresses in one registration (10000); a node keeps at most 256 peers; nothing was added",
                refused.error());
        assertEquals(
                List.of("127.0.0.1:6000"),
                node.peers().stream().map(p -> p.address().toString()).toList());
        assertEquals(1, TestNodes.get(node.url(), "/nodes").json().get("nodes").size());
    }

    private static TestNodes.Answer submit(Node node, String sender, int amount) {
        return TestNodes.post(
                node.url(),
                "/transactions/new",
                "{\"sender\": \"" + sender + "\", \"recipient\": \"bob\", \"amount\": " + amount + "}");
    }

    private static TestNodes.Answer register(Node node, List<String> addresses) {
        String body =
                addresses.stream().map(a -> "\"" + a + "\"").collect(Collectors.joining(", ", "{\"nodes\": [", "]}"));
        return TestNodes.post(node.url(), "/nodes/register", body);
    }
}
