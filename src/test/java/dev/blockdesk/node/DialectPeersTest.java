package dev.blockdesk.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.ChainValidator;
import dev.blockdesk.chain.Dialects;
import dev.blockdesk.chain.Transaction;
import dev.blockdesk.chain.WireJson;
import dev.blockdesk.store.InMemoryStore;
import dev.blockdesk.testing.Wait;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Blockdesk beside each seed tutorial's node: their chains, their routes, and chains of another dialect told apart. */
class DialectPeersTest {

    private final TestNodes nodes = new TestNodes();
    private SeedPeer peer;

    @AfterEach
    void close() {
        nodes.close();
        if (peer != null) {
            peer.close();
        }
    }

    private static JsonNode vector(String name) throws IOException {
        try (InputStream in = DialectPeersTest.class.getResourceAsStream("/vectors/dialects/" + name)) {
            return WireJson.parse(in.readAllBytes());
        }
    }

    private Node node(String dialect) {
        return nodes.start(TestNodes.config().withDialect(dialect).withDifficulty(4));
    }

    @ParameterizedTest
    @CsvSource({
        "dvf-early, dvf-early-chain.json, 5",
        "chain-study, chain-study-chain.json, 5",
        "pyscoop, pyscoop-chain.json, 6"
    })
    void aNodeOfTheSeedsDialectAdoptsItsChainUnchanged(String dialect, String file, int length) throws Exception {
        JsonNode document = vector(file);
        peer = SeedPeer.of(dialect, document);
        Node node = node(dialect);
        node.registerPeers(List.of(peer.address()));

        ResolveReport report = node.resolve();

        assertTrue(report.replaced(), report.outcomes().toString());
        assertEquals(length, node.chain().length());
        JsonNode chain = document.get("chain");
        for (int i = 0; i < length; i++) {
            assertEquals(
                    WireJson.parse(node.chain().blocks().get(i).canonicalBytes()),
                    chain.get(i),
                    "block " + i + " unchanged");
        }
        assertEquals(dialect, node.peers().get(0).dialect());
    }

    @Test
    void aNodeWithOnlyItsGenesisBlockTakesItsFirstPeersDialect() throws Exception {
        peer = SeedPeer.of("dvf-early", vector("dvf-early-chain.json"));
        NodeConfig config = TestNodes.config().withDifficulty(4);
        InMemoryStore store = InMemoryStore.holding(Chain.startingAt(config.rules(), 1.5));
        store.addPending(Transaction.withId("alice", "bob", IntNode.valueOf(3), "0123456789abcdef0123456789abcdef"));
        try (Node node = new Node(config, Chain.startingAt(config.rules(), 1.5), store.pending(), store)) {
            node.start();
            node.registerPeers(List.of(peer.address()));

            ResolveReport report = node.resolve();

            assertEquals(
                    "adopted: its 5 blocks replaced our genesis block; this node now speaks dvf-early (it spoke dvf, with no"
                            + " mined block yet)",
                    report.outcomes().get(0).reason());
            assertEquals("dvf-early", node.rules().id());
            assertEquals(5, node.chain().length());
            assertEquals(null, node.peers().get(0).lastError(), "the peer speaks our dialect now");
            assertEquals("dvf-early", node.peers().get(0).dialect());
            assertEquals(1, node.pending().size(), "no transaction lost");
            assertEquals("dvf-early", store.setting(Node.DIALECT_SETTING).orElseThrow(), "stored with the chain");
            assertEquals(5, store.blocks().size());

            TestNodes.mine(node, 1);
            assertTrue(
                    new ChainValidator(Dialects.rules("dvf-early", 4))
                            .validate(node.chain().blocks())
                            .isValid(),
                    "it mines on in its new dialect");
            assertEquals(List.of(), node.pending());
        }
    }

    @Test
    void aPeerOfAnotherDialectIsRejectedAsSuchByANodeWithMinedBlocks() throws Exception {
        peer = SeedPeer.of("dvf-early", vector("dvf-early-chain.json"));
        Node node = node("dvf");
        TestNodes.mine(node, 1);
        node.registerPeers(List.of(peer.address()));

        ResolveReport report = node.resolve();

        assertEquals(
                "rejected: speaks dvf-early; this node speaks dvf (5 blocks)",
                report.outcomes().get(0).reason());
        assertEquals("dvf", node.rules().id());
        assertEquals(2, node.chain().length(), "nothing adopted");
        PeerStatus status = node.peers().get(0);
        assertEquals("dvf-early", status.dialect());
        assertEquals("speaks dvf-early; this node speaks dvf", status.lastError());
    }

    @Test
    void chainStudyIsReadFromChainsAndGetsTransactionsAsAForm() throws Exception {
        peer = SeedPeer.of("chain-study", vector("chain-study-chain.json"));
        Node node = node("chain-study");
        node.registerPeers(List.of(peer.address()));
        node.resolve();
        assertEquals(
                List.of("/blockdesk/v1/tip", "/chain", "/chains"),
                peer.paths("GET"),
                "no Blockdesk sync API, so the whole chain; /chain answered 404, so /chains");
        node.resolve();
        assertEquals(
                List.of("/blockdesk/v1/tip", "/chain", "/chains", "/chains"),
                peer.paths("GET"),
                "and that is remembered");

        node.submitTransaction("alice", "bob", IntNode.valueOf(600));

        Wait.until(
                "a form post",
                () -> peer.received.stream()
                        .anyMatch(
                                r -> r.contentType() != null && r.contentType().startsWith("application/x-www-form")));
        List<SeedPeer.Received> posts = peer.to("/transactions/new");
        SeedPeer.Received form = posts.get(posts.size() - 1);
        assertEquals("/transactions/new", form.path());
        assertEquals("sender=alice&recipient=bob&amount=600", form.body());

        node.setAutoSync(Duration.ofMinutes(10)); // a mined block prompts the peers to resolve
        TestNodes.mine(node, 1);
        Wait.until(
                "the prompt tried both resolve routes", () -> peer.paths("GET").contains("/sync-chain"));
        TestNodes.mine(node, 1);
        Wait.during(
                "chain-study has no resolve route, and is not asked again",
                Duration.ofMillis(500),
                () -> peer.paths("GET").stream()
                        .filter(p -> !p.startsWith("/chain") && !p.startsWith("/blockdesk/"))
                        .toList()
                        .equals(List.of("/nodes/resolve", "/sync-chain")));
    }

    @Test
    void pyscoopGetsExactlyItsThreeFieldsAndIsPromptedThroughSyncChain() throws Exception {
        peer = SeedPeer.of("pyscoop", vector("pyscoop-chain.json"));
        Node node = node("pyscoop");
        node.registerPeers(List.of(peer.address()));

        node.submitTransaction("alice", "bob", IntNode.valueOf(3));

        Wait.until("a post to /create-transaction", () -> peer.paths("POST").contains("/create-transaction"));
        assertEquals(List.of("/transactions/new", "/create-transaction"), peer.postsButRegistrations());
        SeedPeer.Received created = peer.received.stream()
                .filter(r -> r.path().equals("/create-transaction"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "{\"amount\": 3, \"recipient\": \"bob\", \"sender\": \"alice\"}",
                created.body(),
                "no id: pyscoop takes keyword arguments");

        node.resolve();
        node.setAutoSync(Duration.ofMinutes(10)); // a mined block prompts the peers to resolve
        TestNodes.mine(node, 1);
        Wait.until(
                "the post-mining prompt in pyscoop's route",
                () -> peer.paths("GET").contains("/sync-chain"));
    }

    @Test
    void dvfEarlyGetsOurJsonWithItsId() throws Exception {
        peer = SeedPeer.of("dvf-early", vector("dvf-early-chain.json"));
        Node node = node("dvf-early");
        node.registerPeers(List.of(peer.address()));

        node.submitTransaction("alice", "bob", IntNode.valueOf(3));

        Wait.until("a post", () -> peer.paths("POST").contains("/transactions/new"));
        assertEquals(List.of("/transactions/new"), peer.postsButRegistrations());
        String posted = peer.to("/transactions/new").get(0).body();
        assertTrue(posted.contains("\"id\": \""), posted);
    }
}
