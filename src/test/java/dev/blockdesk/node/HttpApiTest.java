package dev.blockdesk.node;

import static dev.blockdesk.node.TestNodes.get;
import static dev.blockdesk.node.TestNodes.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.ChainValidator;
import dev.blockdesk.chain.DvfRules;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tutorial API as curl and the Python node's clients use it, on a real server on loopback. */
class HttpApiTest {

    /** The largest request body the node reads: 1 MiB, as the README says. */
    private static final int MAX_BODY_BYTES = 1 << 20;

    private static final TestNodes NODES = new TestNodes();
    private static Node node;
    private static URI url;

    @BeforeAll
    static void start() {
        node = NODES.start();
        url = node.url();
    }

    @AfterAll
    static void stop() {
        NODES.close();
    }

    @Test
    void chainAnswersAsThePythonNode() {
        TestNodes.Answer answer = get(url, "/chain");
        assertEquals(200, answer.status());
        JsonNode chain = answer.json().get("chain");
        assertEquals(chain.size(), answer.json().get("length").asInt());
        assertEquals(1, chain.get(0).get("index").asInt());
        assertEquals("1", chain.get(0).get("previous_hash").asText());
        assertEquals(100, chain.get(0).get("proof").asInt());
        assertTrue(new ChainValidator(new DvfRules(TestNodes.DIFFICULTY))
                .validate(answer.json())
                .isValid());
        assertEquals(answer.text(), get(url, "/chains").text(), "the /chains variant is the same document");
    }

    @Test
    void aTransactionIsAcceptedThenMinedIntoTheNextBlock() {
        long next = node.chain().length() + 1;
        TestNodes.Answer added = post(
                url, "/transactions/new", "{\n  \"sender\": \"alice\",\n  \"recipient\": \"bob\",\n  \"amount\": 5\n}");
        assertEquals(201, added.status(), added.text());
        assertEquals(
                "Transaction will be added to Block " + next,
                added.json().get("message").asText());
        assertTrue(get(url, "/transactions/pending")
                .json()
                .get("transactions")
                .findValuesAsText("sender")
                .contains("alice"));

        TestNodes.Answer mined = get(url, "/mine");
        assertEquals(200, mined.status());
        assertEquals("New Block Forged", mined.json().get("message").asText());
        assertEquals(next, mined.json().get("index").asLong());
        JsonNode transactions = mined.json().get("transactions");
        assertEquals(
                "alice", transactions.get(transactions.size() - 2).get("sender").asText());
        assertEquals(5, transactions.get(transactions.size() - 2).get("amount").intValue());
        JsonNode reward = transactions.get(transactions.size() - 1);
        assertEquals("0", reward.get("sender").asText());
        assertEquals(node.nodeId(), reward.get("recipient").asText());
        assertNotNull(mined.json().get("proof"));
        assertEquals(64, mined.json().get("previous_hash").asText().length());
        assertEquals(0, get(url, "/transactions/pending").json().get("length").asInt());
    }

    @Test
    void theTutorialVariantsAndFormPostsWork() {
        TestNodes.Answer json =
                post(url, "/create-transaction", "{\"sender\": \"a\", \"recipient\": \"b\", \"amount\": 2.5}");
        assertEquals(201, json.status(), json.text());
        TestNodes.Answer form = post(
                url,
                "/transactions/new",
                "sender=carol&recipient=d%C3%A9d%C3%A9&amount=3",
                "application/x-www-form-urlencoded");
        assertEquals(201, form.status(), form.text());
        JsonNode pending = get(url, "/transactions").json();
        JsonNode carol = findBySender(pending, "carol");
        assertEquals("dédé", carol.get("recipient").asText());
        assertTrue(carol.get("amount").isIntegralNumber(), "a form amount of 3 is the JSON number 3");
        assertTrue(findBySender(pending, "a").get("amount").isDouble());
        TestNodes.Answer curlStyle = post(
                url,
                "/transactions/new",
                "{\"sender\": \"e\", \"recipient\": \"f\", \"amount\": 1}",
                "application/x-www-form-urlencoded");
        assertEquals(201, curlStyle.status(), "curl -d sends JSON labelled as a form; it is read as JSON");
    }

    private static JsonNode findBySender(JsonNode transactions, String sender) {
        for (JsonNode tx : transactions) {
            if (tx.get("sender").asText().equals(sender)) {
                return tx;
            }
        }
        throw new AssertionError("no pending transaction from " + sender + " in " + transactions);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"recipient\": \"b\", \"amount\": 1}                        | missing value: sender",
                "{\"sender\": \"a\", \"recipient\": \"b\", \"amount\": \"5\"}  | amount must be a number, found \"5\"",
                "{\"sender\": \"a\", \"recipient\": \"b\", \"amount\": -1}     | amount must be positive, found -1",
                "{\"sender\": \"a\", \"recipient\": \"b\", \"amount\": NaN}    | amount must be a finite number, found NaN",
                "{\"sender\": \"a\", \"recipient\": \"b\", \"amount\": 1e400}  | amount must be a finite number, found Infinity",
                "{\"sender\": \"a\", \"recipient\": \"b\", \"amount\": null}   | missing value: amount",
                "{\"sender\": [\"a\"], \"recipient\": \"b\", \"amount\": 1}    | sender must be a string, found [\"a\"]",
                "{\"sender\": \"0\", \"recipient\": \"me\", \"amount\": 50}    | sender \"0\" is reserved for mining rewards",
                "[\"sender\", \"recipient\", \"amount\"]                       | the request body must be a JSON object",
                "not json at all                                              | the request body is not JSON: malformed JSON at line 1, column 1: Unrecognized token 'not': was expecting (JSON String, Number (or 'NaN'/'+INF'/'-INF'), Array, Object or token 'null', 'true' or 'false')",
            })
    void badTransactionsGetA400AndChangeNothing(String body, String error) {
        Chain before = node.chain();
        int pendingBefore = node.pending().size();
        TestNodes.Answer answer = post(url, "/transactions/new", body);
        assertEquals(400, answer.status(), answer.text());
        assertEquals(error, answer.error());
        assertEquals(before, node.chain());
        assertEquals(pendingBefore, node.pending().size());
    }

    @Test
    void hostileBodiesAreRefusedWithoutA500() {
        String huge = "{\"sender\": \"" + "x".repeat(MAX_BODY_BYTES) + "\", \"recipient\": \"b\", \"amount\": 1}";
        TestNodes.Answer tooLarge = post(url, "/transactions/new", huge);
        assertEquals(413, tooLarge.status());
        assertEquals("the request body is larger than 1 MiB", tooLarge.error());

        String deep =
                "{\"sender\": " + "[".repeat(5_000) + "]".repeat(5_000) + ", \"recipient\": \"b\", \"amount\": 1}";
        TestNodes.Answer nested = post(url, "/transactions/new", deep);
        assertEquals(400, nested.status());
        assertTrue(nested.error().startsWith("the request body is not JSON"), nested.error());

        TestNodes.Answer empty = post(url, "/transactions/new", "");
        assertEquals(400, empty.status());

        TestNodes.Answer badForm = post(url, "/transactions/new", "sender=%zz", "application/x-www-form-urlencoded");
        assertEquals(400, badForm.status(), badForm.text());

        TestNodes.Answer longSender = post(
                url,
                "/transactions/new",
                "{\"sender\": \"" + "y".repeat(300) + "\", \"recipient\": \"b\", \"amount\": 1}");
        assertEquals("sender must be at most 256 characters", longSender.error());
    }

    @Test
    void wrongMethodsAndUnknownPathsAreClientErrors() {
        TestNodes.Answer wrongMethod = TestNodes.send(HttpRequest.newBuilder(url.resolve("/chain"))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build());
        assertEquals(405, wrongMethod.status());
        assertEquals("method POST is not allowed on /chain; use GET", wrongMethod.error());
        assertEquals(405, get(url, "/nodes/register").status());
        TestNodes.Answer unknown = get(url, "/wallet");
        assertEquals(404, unknown.status());
        assertEquals("no such endpoint: /wallet; see GET / for the list", unknown.error());
        assertEquals(200, get(url, "/").status());
    }

    @Test
    void concurrentMineCallsNeverForkTheChain() {
        int before = node.chain().length();
        List<CompletableFuture<TestNodes.Answer>> calls = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            calls.add(CompletableFuture.supplyAsync(() -> get(url, "/mine")));
        }
        Set<Long> indexes = new HashSet<>();
        for (CompletableFuture<TestNodes.Answer> call : calls) {
            TestNodes.Answer answer = call.join();
            assertEquals(200, answer.status(), answer.text());
            indexes.add(answer.json().get("index").asLong());
        }
        Chain after = node.chain();
        assertTrue(new ChainValidator(new DvfRules(TestNodes.DIFFICULTY))
                .validate(after.blocks())
                .isValid());
        assertTrue(after.length() > before);
        for (long index : indexes) {
            assertTrue(index > before && index <= after.length(), "block " + index + " is on the one chain");
        }
    }

    @Test
    void peersAreRegisteredDeduplicatedAndRemoved() {
        TestNodes.Answer added = post(
                url,
                "/nodes/register",
                "{\"nodes\": [\"http://localhost:5901\", \"127.0.0.1:5901\", \"http://127.0.0.1:5902/\"]}");
        assertEquals(201, added.status(), added.text());
        assertEquals("New nodes have been added", added.json().get("message").asText());
        assertEquals(
                "[\"127.0.0.1:5901\",\"127.0.0.1:5902\"]",
                added.json().get("total_nodes").toString());

        TestNodes.Answer variant = post(url, "/register-node", "{\"address\": \"http://LOCALHOST:5902\"}");
        assertEquals(201, variant.status());
        assertEquals(2, variant.json().get("total_nodes").size());

        TestNodes.Answer nodes = get(url, "/nodes");
        assertEquals(2, nodes.json().get("total").asInt());
        assertEquals(false, nodes.json().get("nodes").get(0).get("reachable").asBoolean());

        assertEquals(
                200,
                TestNodes.send(HttpRequest.newBuilder(url.resolve("/nodes/127.0.0.1:5901"))
                                .DELETE()
                                .build())
                        .status());
        assertEquals(
                404,
                TestNodes.send(HttpRequest.newBuilder(url.resolve("/nodes/127.0.0.1:5901"))
                                .DELETE()
                                .build())
                        .status());
        assertEquals(
                200,
                TestNodes.send(HttpRequest.newBuilder(url.resolve("/nodes/localhost:5902"))
                                .DELETE()
                                .build())
                        .status());
        assertEquals(0, node.peers().size());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"nodes\": [\"ftp://127.0.0.1:5001\"]}       | \"ftp://127.0.0.1:5001\": only http:// and https:// peers are supported, not ftp://",
                "{\"nodes\": [\"http://:5001\"]}               | \"http://:5001\": the address has no host",
                "{\"nodes\": [\"127.0.0.1:99999\"]}            | \"127.0.0.1:99999\": the port must be a number from 1 to 65535, not 99999",
                "{\"nodes\": [\"127.0.0.1:http\"]}             | \"127.0.0.1:http\": the port must be a number from 1 to 65535",
                "{\"nodes\": [\"http://a b:1\"]}               | \"http://a b:1\": \"http://a b:1\" is not an address like http://127.0.0.1:5001",
                "{\"nodes\": [\"http://127.0.0.1:5001/chain\"]} | \"http://127.0.0.1:5001/chain\": a peer address is only scheme, host and port, like http://127.0.0.1:5001",
                "{\"nodes\": [\"127.0.0.1:5905\", 7]}           | each node must be a string like \"http://127.0.0.1:5001\", found 7",
                "{\"nodes\": []}                                | Please supply a valid list of nodes: {\"nodes\": [\"http://127.0.0.1:5001\"]}",
                "{\"nodes\": \"127.0.0.1:5001\"}               | Please supply a valid list of nodes: {\"nodes\": [\"http://127.0.0.1:5001\"]}",
            })
    void badPeerAddressesAreRefusedWithAReasonAndAddNothing(String body, String error) {
        int before = node.peers().size();
        TestNodes.Answer answer = post(url, "/nodes/register", body);
        assertEquals(400, answer.status(), answer.text());
        assertEquals(error, answer.error());
        assertEquals(before, node.peers().size());
    }

    @Test
    void ourOwnAddressIsNeverAPeer() {
        TestNodes.Answer self = post(url, "/nodes/register", "{\"nodes\": [\"http://localhost:" + node.port() + "\"]}");
        assertEquals(400, self.status());
        assertTrue(self.error().endsWith("that is this node's own address"), self.error());
    }
}
