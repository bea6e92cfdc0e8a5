package dev.blockdesk.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.app.RawHttp;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --cors}: named origins read the read-only endpoints and get their preflight answered, and
 * write only when named for it; {@code HEAD} and {@code OPTIONS} on every route, without a warning
 * in the log. A real node on 127.0.0.1, port 0.
 */
class CorsAndMethodsTest {

    private static final String READER = "https://explorer.example";
    private static final String WRITER = "http://localhost:3000";
    private static final String TX = "{\"sender\": \"page\", \"recipient\": \"b\", \"amount\": 1}";
    private static final TestNodes NODES = new TestNodes();
    private static final List<LogRecord> WARNINGS = new ArrayList<>();
    private static final Handler COLLECT = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                synchronized (WARNINGS) {
                    WARNINGS.add(record);
                }
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    private static Node node;
    private static int port;

    @BeforeAll
    static void start() {
        Logger.getLogger("").addHandler(COLLECT);
        node = NODES.start();
        port = node.port();
    }

    @AfterAll
    static void stop() {
        NODES.close();
        Logger.getLogger("").removeHandler(COLLECT);
    }

    @AfterEach
    void noCors() {
        node.setCors(CorsOrigins.NONE);
    }

    private static RawHttp.Answer send(RawHttp.Request request) throws IOException {
        return RawHttp.send(port, request);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"/chain", "/chains", "/transactions/pending", "/transactions", "/nodes", "/blockdesk/v1/tip"})
    void aNamedOriginReadsTheReadOnlyEndpointsAndOthersDoNot(String path) throws IOException {
        node.setCors(CorsOrigins.parse(READER + " " + WRITER + "=write"));
        RawHttp.Answer read =
                send(RawHttp.Request.of("GET", path).with("Origin", READER).with("Sec-Fetch-Site", "cross-site"));
        assertEquals(200, read.status());
        assertEquals(READER, read.header("Access-Control-Allow-Origin"));
        assertEquals("Origin", read.header("Vary"));

        RawHttp.Answer preflight = send(RawHttp.Request.of("OPTIONS", path)
                .with("Origin", READER)
                .with("Access-Control-Request-Method", "GET")
                .with("Access-Control-Request-Headers", "accept"));
        assertEquals(204, preflight.status());
        assertEquals(READER, preflight.header("Access-Control-Allow-Origin"));
        assertEquals("GET, HEAD", preflight.header("Access-Control-Allow-Methods"));
        assertEquals("accept", preflight.header("Access-Control-Allow-Headers"));

        RawHttp.Answer other = send(RawHttp.Request.of("GET", path).with("Origin", "https://other.example"));
        assertEquals(200, other.status(), "the browser, not the node, keeps the answer from the page");
        assertNull(other.header("Access-Control-Allow-Origin"));
    }

    @Test
    void aReaderMayNotWriteAndAWriterMay() throws IOException {
        node.setCors(CorsOrigins.parse(READER + "," + WRITER + "=write"));
        RawHttp.Answer preflight = send(RawHttp.Request.of("OPTIONS", "/transactions/new")
                .with("Origin", READER)
                .with("Access-Control-Request-Method", "POST")
                .with("Access-Control-Request-Headers", "content-type"));
        assertEquals(403, preflight.status());
        assertEquals(
                "refused: a web page of " + READER
                        + " may not POST /transactions/new; to let it, start the node with --cors " + READER + "=write",
                BrowserGuardTest.error(preflight));
        RawHttp.Answer post = send(RawHttp.Request.of("POST", "/transactions/new")
                .body("application/json", TX)
                .with("Origin", READER));
        assertEquals(403, post.status());
        assertEquals(0, node.pending().size());

        RawHttp.Answer writerPreflight = send(RawHttp.Request.of("OPTIONS", "/transactions/new")
                .with("Origin", WRITER)
                .with("Access-Control-Request-Method", "POST")
                .with("Access-Control-Request-Headers", "content-type"));
        assertEquals(204, writerPreflight.status());
        assertEquals(WRITER, writerPreflight.header("Access-Control-Allow-Origin"));
        assertEquals("GET, HEAD, POST", writerPreflight.header("Access-Control-Allow-Methods"));
        RawHttp.Answer written = send(RawHttp.Request.of("POST", "/transactions/new")
                .body("application/json", TX)
                .with("Origin", WRITER));
        assertEquals(201, written.status(), written.body());
        assertEquals(WRITER, written.header("Access-Control-Allow-Origin"));
        assertEquals(1, node.pending().size());
        TestNodes.mine(node, 1);
    }

    @Test
    void aStarLetsEveryOriginReadAndNoneWrite() throws IOException {
        node.setCors(CorsOrigins.parse("*"));
        RawHttp.Answer read = send(RawHttp.Request.of("GET", "/chain").with("Origin", "https://anyone.example"));
        assertEquals("*", read.header("Access-Control-Allow-Origin"));
        RawHttp.Answer mine = send(RawHttp.Request.of("GET", "/mine").with("Origin", "https://anyone.example"));
        assertEquals(403, mine.status());
        int length = node.chain().length();
        assertEquals(length, node.chain().length());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/chain",
                "/chains",
                "/transactions/pending",
                "/transactions",
                "/transactions/new",
                "/transactions/all",
                "/nodes",
                "/blockdesk/v1/tip",
                "/blockdesk/v1/hashes",
                "/blockdesk/v1/blocks?from=1",
                "/wallet"
            })
    void headAnswersTheHeadersOfGetWithoutTheBody(String path) throws IOException {
        RawHttp.Answer get = send(RawHttp.Request.of("GET", path));
        RawHttp.Answer head = send(RawHttp.Request.of("HEAD", path));
        assertEquals(get.status(), head.status());
        assertEquals(get.header("Content-Type"), head.header("Content-Type"));
        assertEquals(
                String.valueOf(get.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length),
                head.header("Content-Length"));
        assertEquals("", head.body());
        assertNoWarnings();
    }

    @Test
    void headOfARouteThatWorksDoesNotDoIt() throws IOException {
        int length = node.chain().length();
        for (String path : List.of("/mine", "/nodes/resolve", "/sync-chain", "/write")) {
            RawHttp.Answer head = send(RawHttp.Request.of("HEAD", path));
            assertEquals(200, head.status(), path);
            assertEquals("application/json", head.header("Content-Type"));
            assertNull(head.header("Content-Length"), "its length is not known without the work");
        }
        assertEquals(length, node.chain().length(), "HEAD /mine mined nothing");
        assertNoWarnings();
    }

    @Test
    void optionsAnswersAllow() throws IOException {
        record Expected(String path, String allow) {}
        for (Expected expected : List.of(
                new Expected("/chain", "GET, HEAD, OPTIONS"),
                new Expected("/mine", "GET, HEAD, OPTIONS"),
                new Expected("/transactions/new", "GET, POST, HEAD, OPTIONS"),
                new Expected("/nodes/register", "POST, OPTIONS"),
                new Expected("/nodes/127.0.0.1:9", "DELETE, OPTIONS"))) {
            RawHttp.Answer options = send(RawHttp.Request.of("OPTIONS", expected.path()));
            assertEquals(204, options.status(), expected.path());
            assertEquals(expected.allow(), options.header("Allow"), expected.path());
        }
        RawHttp.Answer put = send(RawHttp.Request.of("PUT", "/chain").body("application/json", "{}"));
        assertEquals(405, put.status());
        assertEquals("GET, HEAD, OPTIONS", put.header("Allow"));
        assertEquals(404, send(RawHttp.Request.of("OPTIONS", "/wallet")).status());
        assertNoWarnings();
    }

    private static void assertNoWarnings() {
        synchronized (WARNINGS) {
            assertTrue(
                    WARNINGS.isEmpty(),
                    () -> "warnings logged: "
                            + WARNINGS.stream()
                                    .map(r -> r.getLoggerName() + ": " + r.getMessage())
                                    .toList());
        }
    }
}
