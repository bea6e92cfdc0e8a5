package dev.blockdesk.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.node.http.HttpApi;
import dev.blockdesk.testing.Wait;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Slowloris: clients that open connections and trickle their requests must not stop a normal
 * client from being answered; they are closed after a timeout; past the cap a request is refused
 * with an answer. Bounds here catch a hang; the latency itself is measured by {@code bench-slowloris}.
 */
class SlowClientsTest {

    /** Far past the 15 s a slow request is allowed, far under forever. */
    private static final Duration CLOSED_WITHIN = Duration.ofSeconds(HttpApi.MAX_REQUEST_SECONDS * 3L);

    private final TestNodes nodes = new TestNodes();
    private final List<Socket> slow = new ArrayList<>();

    @AfterEach
    void stop() throws IOException {
        for (Socket socket : slow) {
            socket.close();
        }
        nodes.close();
    }

    @Test
    void threeHundredSlowConnectionsDoNotStopANormalGetChain() throws Exception {
        Node node = nodes.start();
        for (int i = 0; i < 300; i++) {
            slow.add(openSlow(node, "GET /chain HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "));
        }
        trickle(); // each has begun its request: the server holds a reader for each

        CompletableFuture<TestNodes.Answer> answer =
                CompletableFuture.supplyAsync(() -> TestNodes.get(node.url(), "/chain"));
        TestNodes.Answer chain = answer.get(Wait.HANG.toSeconds(), TimeUnit.SECONDS);

        assertEquals(200, chain.status());
        assertEquals(1, chain.json().get("length").asInt());
        assertEquals(
                201,
                TestNodes.post(
                                node.url(),
                                "/transactions/new",
                                "{\"sender\": \"a\", \"recipient\": \"b\", \"amount\": 1}")
                        .status(),
                "a write is answered too");
    }

    @Test
    void pastTheCapARequestIsRefusedWith503AndSaysWhy() throws Exception {
        Node node =
                nodes.start(TestNodes.config().withLimits(NodeLimits.defaults().withMaxConnections(20)));
        for (int i = 0; i < 20; i++) {
            slow.add(openSlow(node, "GET /chain HTTP/1.1\r\nHost: 127.0.0.1\r\n"));
        }
        List<TestNodes.Answer> seen = new ArrayList<>();
        Wait.until("a request past the cap is refused", () -> {
            TestNodes.Answer answer = TestNodes.get(node.url(), "/chain");
            seen.add(answer);
            return answer.status() == 503;
        });
        TestNodes.Answer refused = seen.get(seen.size() - 1);
        assertEquals("too many connections (20 requests in progress); try again shortly", refused.error());

        for (Socket socket : slow) {
            socket.close();
        }
        Wait.until(
                "served again once the slow ones are gone",
                () -> TestNodes.get(node.url(), "/chain").status() == 200);
    }

    @Test
    void silentAndUnfinishedConnectionsAreClosedAfterTheTimeout() throws Exception {
        Node node = nodes.start();
        Socket silent = openSlow(node, "");
        Socket unfinished = openSlow(
                node, "POST /transactions/new HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 60\r\n\r\n{\"sender\"");
        slow.add(silent);
        slow.add(unfinished);

        CompletableFuture<Boolean> silentClosed = CompletableFuture.supplyAsync(() -> closedByServer(silent));
        CompletableFuture<Boolean> unfinishedClosed = CompletableFuture.supplyAsync(() -> closedByServer(unfinished));

        assertTrue(
                silentClosed.get(CLOSED_WITHIN.toSeconds() + 5, TimeUnit.SECONDS),
                "a connection that sends nothing is closed");
        assertTrue(
                unfinishedClosed.get(CLOSED_WITHIN.toSeconds() + 5, TimeUnit.SECONDS),
                "a request whose body never ends is closed");
        assertEquals(List.of(), node.pending(), "and the half-sent transaction is not pending");
    }

    private static Socket openSlow(Node node, String start) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", node.port()), 5000);
        if (!start.isEmpty()) {
            socket.getOutputStream().write(start.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
        }
        return socket;
    }

    /** One more header byte on every slow connection, as slowloris sends them. */
    private void trickle() throws IOException {
        for (Socket socket : slow) {
            OutputStream out = socket.getOutputStream();
            out.write('x');
            out.flush();
        }
    }

    /** Waits for the server to close {@code socket}, reading it: true when it did before {@link #CLOSED_WITHIN}. */
    private static boolean closedByServer(Socket socket) {
        try {
            socket.setSoTimeout((int) CLOSED_WITHIN.toMillis());
            InputStream in = socket.getInputStream();
            while (in.read() != -1) {
                // an error page, if the server says something before closing: read on
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // reset by the server: closed too
        }
    }
}
