package dev.blockdesk.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real headless Chromium opens a page of another origin (a tiny server on another loopback port)
 * that tries every way a page has to drive the node: no-cors fetch posts of text, form-encoded and
 * multipart bodies, an auto-submitted form, an image and a no-cors fetch of /mine, fetches of the
 * peer routes. No transaction, block or peer appears. The same page against a node that names its
 * origin with {@code --cors ORIGIN=write} gets its transactions in, which shows the browser really
 * sent them. Skipped, saying so, where no Chromium is installed (Debian: {@code apt-get install chromium}).
 */
class RealBrowserTest {

    private static final List<String> BROWSERS =
            List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");
    /** How long one browser run may take before it is killed. */
    private static final long BROWSER_SECONDS = 90;

    private static Path browser;

    @TempDir
    Path profile;

    @BeforeAll
    static void findBrowser() {
        browser = Optional.ofNullable(System.getenv("BLOCKDESK_CHROMIUM"))
                .map(Path::of)
                .filter(Files::isExecutable)
                .or(() -> Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                        .flatMap(dir -> BROWSERS.stream().map(name -> Path.of(dir, name)))
                        .filter(Files::isExecutable)
                        .findFirst())
                .orElse(null);
        Assumptions.assumeTrue(
                browser != null,
                "no Chromium found (" + String.join(", ", BROWSERS)
                        + " on PATH, or BLOCKDESK_CHROMIUM): the real-browser test is skipped; apt-get install chromium to run it");
    }

    @Test
    void aPageOfAnotherPortOfThisHostCannotDriveTheNode() throws Exception {
        try (TestNodes nodes = new TestNodes()) {
            Node node = nodes.start(TestNodes.config().withMutualPeering(false));
            String log = attack(node, "127.0.0.1", "other-port");
            assertUnchanged(node, log);
            assertTrue(log.contains("cors fetch GET /chain (read): refused by the browser"), log);
        }
    }

    @Test
    void aPageOfAnotherSiteCannotDriveTheNode() throws Exception {
        try (TestNodes nodes = new TestNodes()) {
            Node node = nodes.start(TestNodes.config().withMutualPeering(false));
            String log = attack(node, "localhost", "other-site");
            assertUnchanged(node, log);
        }
    }

    @Test
    void theSamePageGetsInWhenCorsNamesItsOriginForWrites() throws Exception {
        try (TestNodes nodes = new TestNodes()) {
            Node node = nodes.start(TestNodes.config().withMutualPeering(false));
            String log = attack(
                    node,
                    "127.0.0.1",
                    "allowed",
                    origin -> node.setCors(dev.blockdesk.node.CorsOrigins.parse(origin + "=write")));
            List<String> senders = node.pending().stream()
                    .map(t -> t.toJson().get("sender").asText())
                    .sorted()
                    .toList();
            // text/plain is no type the node reads (415), from any client
            assertEquals(
                    List.of("allowed-fetch-form", "allowed-fetch-multipart", "allowed-form-post"),
                    senders,
                    "the browser sent them\n" + log);
            assertEquals(1, node.peers().size(), "the page's CORS registration of a peer\n" + log);
            assertTrue(log.contains("cors fetch GET /chain (read): read length"), log);
        }
    }

    private static void assertUnchanged(Node node, String log) {
        assertEquals(1, node.chain().length(), "no block was mined\n" + log);
        assertEquals(List.of(), node.pending(), "no transaction got in\n" + log);
        assertEquals(List.of(), node.peers(), "no peer was added\n" + log);
        for (String line : List.of(
                "no-cors fetch POST text/plain: answered (opaque 0)",
                "img GET /mine: answered, not an image",
                "no-cors fetch GET /mine: answered (opaque 0)")) {
            assertTrue(log.contains(line), "the browser sent the request and had an answer: " + line + "\n" + log);
        }
    }

    private String attack(Node node, String pageHost, String prefix) throws Exception {
        return attack(node, pageHost, prefix, origin -> {});
    }

    /**
     * Serves the hostile page on {@code pageHost}, another port, opens it in Chromium until its
     * script is done (or the deadline), and returns what the page recorded.
     */
    private String attack(Node node, String pageHost, String prefix, java.util.function.Consumer<String> beforeOpening)
            throws Exception {
        String page;
        try (InputStream in = RealBrowserTest.class.getResourceAsStream("hostile-page.html")) {
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("NODE_URL", "http://127.0.0.1:" + node.port())
                    .replace("PREFIX", prefix);
        }
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 8);
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            try (exchange) {
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
            }
        });
        server.start();
        try {
            String origin = "http://" + pageHost + ":" + server.getAddress().getPort();
            beforeOpening.accept(origin);
            return run(origin + "/");
        } finally {
            server.stop(0);
        }
    }

    private String run(String url) throws IOException, InterruptedException {
        Path dom = profile.resolve("dom.html");
        Process process = new ProcessBuilder(
                        browser.toString(),
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--no-first-run",
                        "--disable-dev-shm-usage",
                        "--user-data-dir=" + profile.resolve("profile"),
                        "--virtual-time-budget=30000",
                        "--dump-dom",
                        url)
                .redirectOutput(dom.toFile())
                .redirectError(profile.resolve("stderr.txt").toFile())
                .start();
        if (!process.waitFor(BROWSER_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("Chromium did not finish within " + BROWSER_SECONDS + " s");
        }
        String text = Files.readString(dom);
        int start = text.indexOf("<pre id=\"out\">");
        int end = text.indexOf("</pre>", start);
        String log = start < 0 || end < 0
                ? ""
                : text.substring(start + 14, end)
                        .replace("&gt;", ">")
                        .replace("&lt;", "<")
                        .replace("&amp;", "&");
        assertTrue(
                log.endsWith("DONE"),
                "the page's script did not finish; Chromium said:\n" + Files.readString(profile.resolve("stderr.txt"))
                        + "\nand dumped:\n" + text);
        try (Stream<Path> files = Files.walk(profile.resolve("profile"))) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
        System.out.println("Chromium ran " + url + ":\n" + log);
        return log;
    }
}
