package dev.blockdesk.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.app.HostileRequests;
import dev.blockdesk.app.RawHttp;
import dev.blockdesk.chain.WireJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Web pages of other origins cannot drive the node, nor can a page that rebinds its name to
 * 127.0.0.1; curl-like clients and the node's own page can. A real node on 127.0.0.1, port 0.
 */
class BrowserGuardTest {

    static final String PEER = "http://127.0.0.1:9";
    private static final TestNodes NODES = new TestNodes();
    private static Node node;
    private static int port;
    private static Path directory;

    @BeforeAll
    static void start() throws IOException {
        directory = Files.createTempDirectory("browser-guard");
        node = NODES.start(TestNodes.config()
                .withDataDirectory(directory)
                .withMutualPeering(false)
                .withPeers(List.of(PEER)));
        node.setCors(CorsOrigins.parse(HostileRequests.READER));
        port = node.port();
    }

    @AfterAll
    static void stop() throws IOException {
        NODES.close();
        Files.deleteIfExists(directory.resolve("chains.json"));
        Files.deleteIfExists(directory);
    }

    /** Called after {@link #start()}: the kinds name the node's port. */
    static Stream<HostileRequests.Kind> kinds() {
        return HostileRequests.kinds(port, PEER).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void everyHostileKindIsRefusedAndChangesNothing(HostileRequests.Kind kind) throws IOException {
        HostileRequests.Outcome outcome = HostileRequests.run(node, kind);
        assertEquals(kind.status(), outcome.status(), kind.name() + ": " + outcome.error());
        if (!kind.request().method().equals("HEAD")) {
            assertNotNull(outcome.error(), kind.name() + " answered no {\"error\"}");
            assertTrue(outcome.error().contains(kind.fragment()), outcome.error());
        }
        assertTrue(outcome.unchanged(), kind.name() + " changed the node");
        assertEquals(1, node.chain().length(), "no block");
        assertEquals(0, node.pending().size(), "no pending transaction");
        assertEquals(
                List.of(PEER.replace("http://", "")),
                node.peers().stream().map(p -> p.address().toString()).toList(),
                "the one peer, no other");
        assertFalse(Files.exists(directory.resolve("chains.json")), "no chains.json written");
    }

    @Test
    void aRefusalSaysWhereTheRequestCameFromAndHowToAllowIt() throws IOException {
        RawHttp.Answer post = RawHttp.send(
                port,
                RawHttp.Request.of("POST", "/transactions/new")
                        .body("text/plain;charset=UTF-8", "{\"sender\": \"a\", \"recipient\": \"b\", \"amount\": 1}")
                        .with("Origin", "http://evil.example"));
        assertEquals(403, post.status());
        assertEquals(
                "refused: POST /transactions/new came from a web page of another origin (http://evil.example), and web pages"
                        + " may not change this node or make it work. The node's own page, curl, scripts and other nodes may;"
                        + " to let that page, start the node with --cors http://evil.example=write",
                error(post));

        RawHttp.Answer img = RawHttp.send(
                port,
                RawHttp.Request.of("GET", "/mine")
                        .with("Sec-Fetch-Site", "same-site")
                        .with("Sec-Fetch-Mode", "no-cors")
                        .with("Sec-Fetch-Dest", "image"));
        assertEquals(403, img.status());
        assertEquals(
                "refused: GET /mine came from a web page of another origin (a same-site page; the browser did not say which),"
                        + " and web pages may not change this node or make it work. The node's own page, curl, scripts and other nodes may.",
                error(img));

        RawHttp.Answer rebound =
                RawHttp.send(port, RawHttp.Request.of("GET", "/chain").with("Host", "attacker.example:" + port));
        assertEquals(403, rebound.status());
        assertEquals(
                "refused: this node answers to 127.0.0.1:" + port + ", localhost:" + port + ", [::1]:" + port
                        + ", not to the host \"attacker.example:"
                        + port
                        + "\"; a web page whose name leads to this machine (DNS rebinding) could otherwise use it."
                        + " To reach the node by another name, start it with --advertise http://NAME:PORT or --host 0.0.0.0",
                error(rebound));
        assertEquals(0, node.pending().size());
    }

    @Test
    void aBodyOfAnotherTypeIsA415NamingTheTypesRead() throws IOException {
        RawHttp.Answer xml = RawHttp.send(
                port, RawHttp.Request.of("POST", "/transactions/new").body("application/xml", "<tx/>"));
        assertEquals(415, xml.status());
        assertEquals(
                "Content-Type application/xml is not read here; send application/json, application/x-www-form-urlencoded"
                        + " or multipart/form-data (POST /transactions/new)",
                error(xml));
        RawHttp.Answer peers = RawHttp.send(
                port,
                RawHttp.Request.of("POST", "/nodes/register")
                        .body("text/plain", "{\"nodes\": [\"http://127.0.0.1:9\"]}"));
        assertEquals(415, peers.status());
        assertEquals(
                "Content-Type text/plain is not read here; send application/json (POST /nodes/register)", error(peers));
        assertEquals(0, node.pending().size());
        assertEquals(1, node.peers().size());
    }

    @Test
    void clientsThatAreNoWebPageAndTheNodesOwnPageAreServed() throws IOException {
        Node node = NODES.start();
        int port = node.port();
        String tx = "{\"sender\": \"%s\", \"recipient\": \"b\", \"amount\": 1}";
        List<RawHttp.Request> friendly = List.of(
                RawHttp.Request.of("POST", "/transactions/new").body("application/json", tx.formatted("curl")),
                RawHttp.Request.of("POST", "/transactions/new")
                        .body("application/x-www-form-urlencoded", "sender=own-form&recipient=b&amount=1")
                        .with("Origin", "http://127.0.0.1:" + port)
                        .with("Sec-Fetch-Site", "same-origin")
                        .with("Referer", "http://127.0.0.1:" + port + "/transactions/new"),
                RawHttp.Request.of("POST", "/transactions/new")
                        .body("application/json", tx.formatted("localhost-page"))
                        .with("Host", "localhost:" + port)
                        .with("Origin", "http://localhost:" + port)
                        .with("Sec-Fetch-Site", "same-origin"),
                RawHttp.Request.of("POST", "/transactions/new")
                        .body("application/json", tx.formatted("ipv6-name"))
                        .with("Host", "[::1]:" + port),
                RawHttp.Request.of("POST", "/transactions/new")
                        .body("application/json", tx.formatted("no-type"))
                        .with("Content-Type", ""));
        for (RawHttp.Request request : friendly) {
            RawHttp.Answer answer = RawHttp.send(port, request);
            assertEquals(201, answer.status(), request + " " + answer.body());
        }
        assertEquals(
                List.of("curl", "own-form", "localhost-page", "ipv6-name", "no-type"),
                node.pending().stream()
                        .map(t -> t.toJson().get("sender").asText())
                        .toList());

        RawHttp.Answer typed = RawHttp.send(
                port, RawHttp.Request.of("GET", "/transactions/pending").with("Sec-Fetch-Site", "none"));
        assertEquals(200, typed.status(), "an address the user typed is the user's");
        RawHttp.Answer home = RawHttp.send(
                port, RawHttp.Request.of("GET", "/").with("Accept", "text/html").with("Sec-Fetch-Site", "cross-site"));
        assertEquals(200, home.status(), "a link from another site to the home page opens it");
        assertTrue(home.body().contains("<form") || home.body().contains("<html"), home.body());
        assertEquals(null, home.header("Access-Control-Allow-Origin"), "and gives that site nothing to read");
    }

    static String error(RawHttp.Answer answer) {
        return WireJson.parse(answer.body()).path("error").asText(null);
    }
}
