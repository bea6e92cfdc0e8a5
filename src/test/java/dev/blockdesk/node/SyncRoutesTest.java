package dev.blockdesk.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.WireJson;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /blockdesk/v1/tip}, {@code /hashes} and {@code /blocks} as a client sees them: answers, and a 400 for every bad parameter. */
class SyncRoutesTest {

    private static final TestNodes NODES = new TestNodes();
    private static Node node;
    private static URI url;

    @BeforeAll
    static void start() {
        node = NODES.start(TestNodes.config().withMutualPeering(false));
        TestNodes.mine(node, 6);
        url = node.url();
    }

    @AfterAll
    static void stop() {
        NODES.close();
    }

    private static TestNodes.Answer get(String path) {
        return TestNodes.get(url, path);
    }

    @Test
    void theTipNamesTheLastBlockTheGenesisBlockAndTheDialect() {
        TestNodes.Answer answer = get("/blockdesk/v1/tip");
        assertEquals(200, answer.status());
        assertTrue(answer.contentType().startsWith("application/json"));
        Chain chain = node.chain();
        assertEquals(
                "{\"dialect\": \"dvf\", \"genesis\": \"" + chain.genesis().hash() + "\", \"hash\": \""
                        + chain.tip().hash() + "\", \"index\": 7, \"length\": 7}",
                answer.text());
    }

    @Test
    void hashesWalkBackFromAnIndex() {
        Chain chain = node.chain();
        JsonNode page = get("/blockdesk/v1/hashes?from=5&count=2").json();
        assertEquals(5, page.get("from").asLong());
        assertEquals(List.of(chain.block(5).hash(), chain.block(4).hash()), texts(page.get("hashes")));
        assertEquals(
                List.of(chain.block(2).hash(), chain.block(1).hash()),
                texts(get("/blockdesk/v1/hashes?from=2&count=10").json().get("hashes")),
                "a page ends at the genesis block");
        JsonNode whole = get("/blockdesk/v1/hashes").json();
        assertEquals(7, whole.get("from").asLong(), "from the tip unless told");
        assertEquals(7, whole.get("hashes").size());
    }

    @Test
    void blocksGoUpFromAnIndexInCanonicalJson() {
        String chain = get("/chain").text();
        TestNodes.Answer answer = get("/blockdesk/v1/blocks?from=3&count=2");
        assertEquals(200, answer.status());
        Chain ours = node.chain();
        assertEquals(
                "{\"blocks\": [" + ours.block(3).canonicalJson() + ", "
                        + ours.block(4).canonicalJson() + "], \"from\": 3}",
                answer.text());
        assertTrue(
                chain.contains(
                        ours.block(3).canonicalJson() + ", " + ours.block(4).canonicalJson()),
                "the bytes /chain serves");
        assertEquals(
                1,
                get("/blockdesk/v1/blocks?from=7&count=5").json().get("blocks").size(),
                "a page ends at the tip");
        assertEquals(
                7,
                get("/blockdesk/v1/blocks?from=1").json().get("blocks").size(),
                "up to the most a page holds unless told");
        assertEquals(
                7,
                get("/blockdesk/v1/blocks?count=1000&from=1")
                        .json()
                        .get("blocks")
                        .size());
    }

    @Test
    void everyBadParameterIsA400ThatSaysWhatIsExpected() {
        Map<String, String> expected = Map.ofEntries(
                Map.entry(
                        "/blockdesk/v1/blocks",
                        "from is missing: GET /blockdesk/v1/blocks?from=INDEX&count=N gives up to 1000 blocks from block INDEX on"),
                Map.entry(
                        "/blockdesk/v1/blocks?count=3",
                        "from is missing: GET /blockdesk/v1/blocks?from=INDEX&count=N gives up to 1000 blocks from block INDEX on"),
                Map.entry(
                        "/blockdesk/v1/blocks?from=abc",
                        "from must be a block index from 1 to 7 (the chain's last block), found \"abc\""),
                Map.entry(
                        "/blockdesk/v1/blocks?from=",
                        "from must be a block index from 1 to 7 (the chain's last block), found \"\""),
                Map.entry(
                        "/blockdesk/v1/blocks?from=0",
                        "from must be a block index from 1 to 7 (the chain's last block), found 0"),
                Map.entry(
                        "/blockdesk/v1/blocks?from=8",
                        "from must be a block index from 1 to 7 (the chain's last block), found 8"),
                Map.entry(
                        "/blockdesk/v1/blocks?from=99999999999999999999999",
                        "from must be a block index from 1 to 7 (the chain's last block), found \"99999999999999999999999\""),
                Map.entry("/blockdesk/v1/blocks?from=1&count=0", "count must be from 1 to 1000, found 0"),
                Map.entry("/blockdesk/v1/blocks?from=1&count=1001", "count must be from 1 to 1000, found 1001"),
                Map.entry("/blockdesk/v1/blocks?from=1&count=-5", "count must be from 1 to 1000, found -5"),
                Map.entry("/blockdesk/v1/blocks?from=1&count=2.5", "count must be from 1 to 1000, found \"2.5\""),
                Map.entry("/blockdesk/v1/blocks?from=1&from=2", "from is given twice"),
                Map.entry(
                        "/blockdesk/v1/blocks?from=1&size=2",
                        "unknown parameter \"size\": GET /blockdesk/v1/blocks takes from and count"),
                Map.entry(
                        "/blockdesk/v1/hashes?from=8",
                        "from must be a block index from 1 to 7 (the chain's last block), found 8"),
                Map.entry("/blockdesk/v1/hashes?count=10001", "count must be from 1 to 10000, found 10001"),
                Map.entry(
                        "/blockdesk/v1/hashes?to=3",
                        "unknown parameter \"to\": GET /blockdesk/v1/hashes takes from and count"),
                Map.entry("/blockdesk/v1/tip?from=3", "GET /blockdesk/v1/tip takes no parameters; found from"));
        List<String> wrong = new ArrayList<>();
        expected.forEach((path, error) -> {
            TestNodes.Answer answer = get(path);
            if (answer.status() != 400 || !error.equals(answer.error())) {
                wrong.add(path + " answered " + answer.status() + " " + answer.text());
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void aQueryThatIsNotUrlEncodedIsA400() throws Exception {
        try (java.net.Socket socket = new java.net.Socket(url.getHost(), url.getPort())) {
            socket.getOutputStream()
                    .write(("GET /blockdesk/v1/blocks?from=%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
        }
    }

    @Test
    void anotherMethodOrPathIsRefusedInJson() {
        TestNodes.Answer post = TestNodes.send(HttpRequest.newBuilder(url.resolve("/blockdesk/v1/tip"))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build());
        assertEquals(405, post.status());
        assertEquals("method POST is not allowed on /blockdesk/v1/tip; use GET", post.error());
        TestNodes.Answer unknown = get("/blockdesk/v2/tip");
        assertEquals(404, unknown.status());
        assertNotNull(unknown.error());
    }

    @Test
    void theIndexPageListsTheSyncRoutes() {
        String index = get("/").text();
        for (String route : List.of("GET /blockdesk/v1/tip", "GET /blockdesk/v1/hashes", "GET /blockdesk/v1/blocks")) {
            assertTrue(index.contains(route), route);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(node -> list.add(node.asText()));
        return list;
    }

    static {
        WireJson.parse("{}"); // load Jackson before the first request, as the node has
    }
}
