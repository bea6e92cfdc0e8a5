package dev.blockdesk.node;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A peer on loopback that passes every request on to a real node and its answer back, keeping what
 * it was asked and what it answered; a rewrite may change an answer, to make the node a liar.
 */
final class SyncProxy implements AutoCloseable {

    /** One request passed on: {@code GET /blockdesk/v1/tip}, with the answer's status and body as sent. */
    record Seen(String method, String target, int status, String body) {}

    /** An answer to send instead of the node's. */
    record Reply(int status, String body) {}

    /** Changes the node's answer to {@code target} ({@code path?query}); null keeps it. */
    @FunctionalInterface
    interface Rewrite {
        Reply rewrite(String target, int status, String body);
    }

    private final HttpServer server;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    private SyncProxy(URI node, Rewrite rewrite) throws IOException {
        dev.blockdesk.node.http.HttpApi
                .loadSettings(); // its timeouts, not the JDK defaults, for every server of this JVM
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> pass(exchange, node, rewrite));
        server.start();
    }

    static SyncProxy of(Node node) {
        return of(node, (target, status, body) -> null);
    }

    static SyncProxy of(Node node, Rewrite rewrite) {
        try {
            return new SyncProxy(node.url(), rewrite);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private void pass(HttpExchange exchange, URI node, Rewrite rewrite) throws IOException {
        try (exchange) {
            String target = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null
                            ? ""
                            : "?" + exchange.getRequestURI().getRawQuery());
            byte[] sent = exchange.getRequestBody().readAllBytes();
            HttpRequest.Builder request = HttpRequest.newBuilder(node.resolve(target))
                    .method(
                            exchange.getRequestMethod(),
                            sent.length == 0
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofByteArray(sent));
            String type = exchange.getRequestHeaders().getFirst("Content-Type");
            if (type != null) {
                request.header("Content-Type", type);
            }
            HttpResponse<String> answer = TestNodes.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Reply reply = rewrite.rewrite(target, answer.statusCode(), answer.body());
            int status = reply == null ? answer.statusCode() : reply.status();
            String body = reply == null ? answer.body() : reply.body();
            seen.add(new Seen(exchange.getRequestMethod(), target, status, body));
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders()
                    .set(
                            "Content-Type",
                            answer.headers().firstValue("Content-Type").orElse("application/json"));
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The GETs of the chain's routes asked so far, {@code /chain} and the sync API's, as {@code path?query}. */
    List<String> chainRequests() {
        return seen.stream()
                .filter(s -> s.method().equals("GET"))
                .map(Seen::target)
                .filter(t -> t.startsWith("/chain") || t.startsWith("/blockdesk/"))
                .toList();
    }

    /** Every request passed on, in order. */
    List<Seen> seen() {
        return List.copyOf(seen);
    }

    String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
