package dev.blockdesk.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.store.FailingStore;
import dev.blockdesk.store.StoreException;
import dev.blockdesk.testing.Wait;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A store that cannot write (a full disk): the error reaches every caller (HTTP 503 with the
 * reason), nothing changes, and everything works again once the store does.
 */
class StoreFailureTest {

    private static final Duration BOUND = Wait.HANG;

    private FailingStore store;
    private Node node;

    /** A node whose store is told to fail or not by each test. */
    @BeforeEach
    void start() throws Exception {
        NodeConfig config = TestNodes.config();
        Chain genesis = Chain.startingAt(config.rules(), Block.now());
        store = FailingStore.holding(genesis);
        node = new Node(config, genesis, List.of(), store);
        node.start();
    }

    @AfterEach
    void stop() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void aStoreFailureWhileForgingReachesTheCallerAndMiningWorksAfterwards() throws Exception {
        store.failWrites(true);
        Throwable failure = Wait.failure(node.mine(), BOUND);
        assertTrue(failure.getMessage().contains("disk is full"), failure.toString());
        TestNodes.Answer answer = TestNodes.get(node.url(), "/mine");
        assertEquals(503, answer.status(), answer.text());
        assertTrue(answer.error().contains("disk is full"), answer.text());
        TestNodes.Answer submitted = TestNodes.post(
                node.url(), "/transactions/new", "{\"sender\": \"a\", \"recipient\": \"b\", \"amount\": 1}");
        assertEquals(503, submitted.status(), submitted.text());
        assertEquals(1, node.chain().length(), "nothing changed");
        assertEquals(0, node.pending().size(), "nothing changed");

        store.failWrites(false);
        assertEquals(
                201,
                TestNodes.post(
                                node.url(),
                                "/transactions/new",
                                "{\"sender\": \"a\", \"recipient\": \"b\", \"amount\": 1}")
                        .status());
        Block mined = Wait.get(node.mine(), BOUND);
        assertEquals(2, mined.index());
        assertEquals(200, TestNodes.get(node.url(), "/mine").status());
        assertEquals(3, node.chain().length());
        assertEquals(3, store.blocks().size(), "the store holds what the node holds");
        assertEquals(node.chain().tip().hash(), store.blocks().get(2).hash());
    }

    @Test
    void aStoreFailureWhileAddingOrRemovingAPeerReachesTheCallerAndChangesNothing() throws Exception {
        node.registerPeers(List.of("127.0.0.1:5901"));

        store.failWrites(true);
        assertThrows(StoreException.class, () -> node.registerPeers(List.of("127.0.0.1:5902")));
        assertThrows(StoreException.class, () -> node.removePeer("127.0.0.1:5901"));
        TestNodes.Answer answer = TestNodes.post(node.url(), "/nodes/register", "{\"nodes\": [\"127.0.0.1:5903\"]}");
        assertEquals(503, answer.status(), answer.text());
        assertTrue(answer.error().contains("disk is full"), answer.text());
        assertEquals(
                List.of("127.0.0.1:5901"),
                node.peers().stream().map(p -> p.address().toString()).toList());
        assertEquals(List.of("127.0.0.1:5901"), store.peers());

        store.failWrites(false);
        node.registerPeers(List.of("127.0.0.1:5902"));
        assertEquals(List.of("127.0.0.1:5901", "127.0.0.1:5902"), store.peers());
    }

    @Test
    void aLongerChainThatCannotBeStoredIsA503FromSyncChainNotUpToDate() throws Exception {
        try (TestNodes others = new TestNodes()) {
            Node longer = others.start();
            TestNodes.mine(longer, 3);
            Wait.get(node.mine(), BOUND);
            Chain ours = node.chain();
            try (FakePeer peer =
                    FakePeer.json(TestNodes.get(longer.url(), "/chain").text())) {
                node.registerPeers(List.of(peer.address()));
                store.failWrites(true);
                TestNodes.Answer answer = TestNodes.get(node.url(), "/sync-chain");
                assertEquals(503, answer.status(), answer.text());
                assertTrue(
                        answer.error()
                                .startsWith("the node could not store the longer chain, so nothing changed: "
                                        + peer.address()),
                        answer.text());
                assertTrue(answer.error().contains("disk is full"), answer.text());
                assertEquals(2, node.chain().length(), "nothing changed");
                assertEquals(List.of(), store.orphans(), "not even our block became an orphan");

                store.failWrites(false);
                assertEquals(
                        "Chain was replaced",
                        TestNodes.get(node.url(), "/sync-chain")
                                .json()
                                .get("message")
                                .asText());
                assertEquals(
                        ours.blocks().stream()
                                .map(b -> b.index() + " " + b.hash())
                                .toList(),
                        store.orphans().stream()
                                .map(orphan -> orphan.index() + " " + orphan.hash())
                                .toList(),
                        "our dropped blocks are kept: the block we mined, and our genesis (the nodes' genesis times differ)");
            }
        }
    }
}
