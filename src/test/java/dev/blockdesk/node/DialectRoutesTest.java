package dev.blockdesk.node;

import static dev.blockdesk.node.TestNodes.get;
import static dev.blockdesk.node.TestNodes.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.Chain;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The routes and fields the other tutorials' clients call (pyscoop's, chain-study's), served next
 * to dvf's, whose answers stay exactly as they were.
 */
class DialectRoutesTest {

    private final TestNodes nodes = new TestNodes();
    private Node node;
    private URI url;

    @BeforeEach
    void start() {
        node = nodes.start();
        url = node.url();
    }

    @AfterEach
    void stop() {
        nodes.close();
    }

    private static List<String> fieldNames(JsonNode json) {
        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String document(Chain chain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            chain.writeDocument(out);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toString(StandardCharsets.US_ASCII);
    }

    @Test
    void dvfAnswersAreExactlyAsBefore() throws Exception {
        assertEquals(document(node.chain()), get(url, "/chain").text());

        TestNodes.Answer added =
                post(url, "/transactions/new", "{\"sender\": \"alice\", \"recipient\": \"bob\", \"amount\": 5}");
        assertEquals("{\"message\": \"Transaction will be added to Block 2\"}", added.text());

        TestNodes.Answer registered = post(url, "/nodes/register", "{\"nodes\": [\"http://127.0.0.1:5901\"]}");
        assertEquals(
                "{\"message\": \"New nodes have been added\", \"total_nodes\": [\"127.0.0.1:5901\"]}",
                registered.text());
        node.removePeer("127.0.0.1:5901");

        String chain = document(node.chain());
        assertEquals(
                chain.substring(0, chain.length() - 1)
                        + ", \"message\": \"Our chain is authoritative\", \"peers\": []}",
                get(url, "/nodes/resolve").text());
    }

    @Test
    void mineAlsoAnswersTheBlockAsPyscoopsBlockData() {
        post(url, "/transactions/new", "{\"sender\": \"alice\", \"recipient\": \"bob\", \"amount\": 5}");
        TestNodes.Answer mined = get(url, "/mine");
        assertEquals(200, mined.status(), mined.text());
        JsonNode answer = mined.json();
        assertEquals(
                List.of("block_data", "hash", "index", "message", "previous_hash", "proof", "transactions"),
                fieldNames(answer));
        Block block = node.chain().block(answer.get("index").asLong());
        assertEquals(block.toJson(), answer.get("block_data"), "the block's own fields, as in the chain");
        assertEquals("New Block Forged", answer.get("message").asText());
        assertEquals(block.hash(), answer.get("hash").asText());
        assertEquals(block.toJson().get("transactions"), answer.get("transactions"));
        assertEquals(block.toJson().get("proof"), answer.get("proof"));
        assertEquals(block.previousHash(), answer.get("previous_hash").asText());
        assertEquals(
                "alice",
                answer.get("block_data")
                        .get("transactions")
                        .get(0)
                        .get("sender")
                        .asText());
    }

    @Test
    void createTransactionAlsoAnswersTheBlockIndex() {
        TestNodes.Answer created =
                post(url, "/create-transaction", "{\"sender\": \"addr1\", \"recipient\": \"addr2\", \"amount\": 3}");
        assertEquals(201, created.status(), created.text());
        assertEquals("{\"block_index\": 2, \"message\": \"Transaction will be added to Block 2\"}", created.text());
        assertTrue(created.json().get("block_index").isIntegralNumber());
    }

    @Test
    void registerNodeAlsoAnswersTheNodeCountAndTheNodes() {
        TestNodes.Answer first = post(url, "/register-node", "{\"address\": \"http://127.0.0.1:5001\"}");
        assertEquals(201, first.status(), first.text());
        assertEquals(
                "{\"message\": \"New nodes have been added\", \"node_count\": 1, \"nodes\": [\"127.0.0.1:5001\"], "
                        + "\"total_nodes\": [\"127.0.0.1:5001\"]}",
                first.text());
        TestNodes.Answer second = post(url, "/register-node", "{\"address\": \"http://127.0.0.1:5002\"}");
        assertEquals(2, second.json().get("node_count").asInt());
        assertEquals(
                "[\"127.0.0.1:5001\",\"127.0.0.1:5002\"]",
                second.json().get("nodes").toString());
    }

    @Test
    void transactionsIsTheBarePendingListAndPendingKeepsItsObject() {
        assertEquals("[]", get(url, "/transactions").text());
        post(url, "/transactions/new", "{\"sender\": \"alice\", \"recipient\": \"bob\", \"amount\": 5}");
        JsonNode list = get(url, "/transactions").json();
        assertTrue(list.isArray());
        assertEquals(1, list.size());
        assertEquals("alice", list.get(0).get("sender").asText());
        JsonNode pending = get(url, "/transactions/pending").json();
        assertEquals(List.of("length", "transactions"), fieldNames(pending));
        assertEquals(list, pending.get("transactions"));
    }

    @Test
    void syncChainAnswersInPyscoopsWordsWithOurChainAfterwards() throws Exception {
        TestNodes.Answer alone = get(url, "/sync-chain");
        assertEquals(200, alone.status(), alone.text());
        assertEquals(
                "No neighbour chain is available", alone.json().get("message").asText());
        assertEquals(1, alone.json().get("chain").size());
        assertEquals(List.of("chain", "length", "message", "peers"), fieldNames(alone.json()));

        Node other = nodes.start();
        TestNodes.mine(other, 3);
        try (FakePeer longer = FakePeer.json(get(other.url(), "/chain").text())) {
            node.registerPeers(List.of(longer.address()));
            TestNodes.Answer replaced = get(url, "/sync-chain");
            assertEquals(200, replaced.status(), replaced.text());
            assertEquals("Chain was replaced", replaced.json().get("message").asText());
            assertEquals(other.chain().tip().hash(), node.chain().tip().hash());
            assertEquals(4, replaced.json().get("chain").size());
            assertEquals(
                    "adopted",
                    replaced.json().get("peers").get(0).get("outcome").asText());

            TestNodes.Answer upToDate = get(url, "/sync-chain");
            assertEquals(
                    "Chain is already up to date",
                    upToDate.json().get("message").asText());
            assertEquals(4, upToDate.json().get("chain").size());
            assertEquals(document(node.chain()), get(url, "/chain").text());
        }
    }

    @Test
    void syncChainWithOnlyDeadPeersHasNoNeighbourChain() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        node.registerPeers(List.of("127.0.0.1:" + closed));
        TestNodes.Answer answer = get(url, "/sync-chain");
        assertEquals(200, answer.status(), answer.text());
        assertEquals(
                "No neighbour chain is available", answer.json().get("message").asText());
        JsonNode peer = answer.json().get("peers").get(0);
        assertEquals("unreachable", peer.get("outcome").asText());
        assertEquals(1, answer.json().get("chain").size());
        assertEquals(1, node.chain().length(), "nothing changed");
    }

    @Test
    void theResolveRouteKeepsItsOwnWords() throws Exception {
        Node other = nodes.start();
        TestNodes.mine(other, 2);
        try (FakePeer longer = FakePeer.json(get(other.url(), "/chain").text())) {
            node.registerPeers(List.of(longer.address()));
            JsonNode replaced = get(url, "/nodes/resolve").json();
            assertEquals("Our chain was replaced", replaced.get("message").asText());
            assertEquals(List.of("new_chain", "length", "message", "peers"), fieldNames(replaced));
        }
    }
}
