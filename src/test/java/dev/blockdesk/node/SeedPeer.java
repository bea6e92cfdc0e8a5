package dev.blockdesk.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.blockdesk.chain.CanonicalJson;
import dev.blockdesk.chain.WireJson;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A seed tutorial's Python node as dialects.md describes it, on loopback: the routes it has (404,
 * as Flask answers, for those it lacks), the shape of its answers, and what it does with a request
 * it cannot read. It serves a fixed chain and records every request, so a test can see which route
 * Blockdesk used and what it sent.
 */
final class SeedPeer implements AutoCloseable {

    /**
     * One request as the peer received it.
     *
     * @param peering its {@code X-Blockdesk-Peering} header, which the Python nodes ignore, or null
     */
    record Received(String method, String path, String contentType, String body, String peering) {}

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final String dialect;
    private final ArrayNode chain;
    private final HttpServer server;
    final List<Received> received = new CopyOnWriteArrayList<>();

    private SeedPeer(String dialect, JsonNode chainDocument) throws IOException {
        this.dialect = dialect;
        this.chain = (ArrayNode) (chainDocument.isArray() ? chainDocument : chainDocument.get("chain"));
        dev.blockdesk.node.http.HttpApi
                .loadSettings(); // its timeouts, not the JDK defaults, for every server of this JVM
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** A node of {@code dialect} ({@code dvf-early}, {@code chain-study} or {@code pyscoop}) holding {@code chainDocument}. */
    static SeedPeer of(String dialect, JsonNode chainDocument) {
        try {
            return new SeedPeer(dialect, chainDocument);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    String address() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The paths requested with {@code method}, in order. */
    List<String> paths(String method) {
        return received.stream()
                .filter(r -> r.method().equals(method))
                .map(Received::path)
                .toList();
    }

    /** The paths posted to, in order, but those of registrations (which mutual peering sends when the peer is added). */
    List<String> postsButRegistrations() {
        return paths("POST").stream()
                .filter(p -> !p.equals("/nodes/register") && !p.equals("/register-node"))
                .toList();
    }

    /** The requests to {@code path}, in order. */
    List<Received> to(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            String type = exchange.getRequestHeaders().getFirst("Content-Type");
            received.add(new Received(
                    method, path, type, body, exchange.getRequestHeaders().getFirst("X-Blockdesk-Peering")));
            answer(exchange, method + " " + path, type == null ? "" : type, body);
        }
    }

    private void answer(HttpExchange exchange, String route, String type, String body) throws IOException {
        boolean chainStudy = dialect.equals("chain-study");
        boolean pyscoop = dialect.equals("pyscoop");
        switch (route) {
            case "GET /chain" -> {
                if (chainStudy) {
                    notFound(exchange);
                } else {
                    ObjectNode answer = JSON.objectNode().set("chain", chain);
                    if (!pyscoop) {
                        answer.put("length", chain.size());
                    }
                    send(exchange, 200, "application/json", CanonicalJson.write(answer));
                }
            }
            case "GET /chains" -> {
                if (!chainStudy) {
                    notFound(exchange);
                } else {
                    send(
                            exchange,
                            200,
                            "application/json",
                            CanonicalJson.write(JSON.objectNode()
                                    .put("length", chain.size())
                                    .set("chain", chain)));
                }
            }
            case "POST /transactions/new" -> {
                if (pyscoop) {
                    notFound(exchange);
                } else if (chainStudy && !type.startsWith("application/x-www-form-urlencoded")) {
                    // request.form["sender"] on a JSON post: a BadRequestKeyError, which the seed's
                    // app.run(debug=True) turns into werkzeug's HTML 500 debugger page (400 without debug).
                    send(
                            exchange,
                            500,
                            "text/html; charset=utf-8",
                            "<!doctype html><title>BadRequestKeyError</title><h1>KeyError: 'sender'</h1>");
                } else {
                    send(
                            exchange,
                            201,
                            "application/json",
                            "{\"message\": \"Transaction will be added to Block " + (chain.size() + 1) + "\"}");
                }
            }
            case "POST /create-transaction" -> {
                JsonNode tx = pyscoop ? WireJson.parse(body.getBytes(StandardCharsets.UTF_8)) : null;
                if (tx == null) {
                    notFound(exchange);
                } else if (!Set.of("sender", "recipient", "amount").containsAll(iterable(tx))) {
                    // create_new_transaction(**transaction_data) with an unknown keyword: a TypeError, so a 500.
                    send(exchange, 500, "text/html; charset=utf-8", "<title>500 Internal Server Error</title>");
                } else {
                    send(
                            exchange,
                            201,
                            "application/json",
                            "{\"block_index\": true, \"message\": \"Transaction has been submitted successfully\"}");
                }
            }
            case "POST /nodes/register" -> {
                JsonNode nodes = chainStudy || pyscoop
                        ? null
                        : WireJson.parse(body.getBytes(StandardCharsets.UTF_8)).get("nodes");
                if (chainStudy || pyscoop) {
                    notFound(exchange);
                } else if (nodes == null) {
                    send(exchange, 400, "text/html; charset=utf-8", "Error: Please supply a valid list of nodes");
                } else {
                    send(
                            exchange,
                            201,
                            "application/json",
                            CanonicalJson.write(JSON.objectNode()
                                    .put("message", "New nodes have been added")
                                    .set("total_nodes", nodes)));
                }
            }
            case "POST /register-node" -> {
                if (!pyscoop) {
                    notFound(exchange);
                } else {
                    JsonNode address = WireJson.parse(body.getBytes(StandardCharsets.UTF_8))
                            .get("address");
                    send(
                            exchange,
                            201,
                            "application/json",
                            CanonicalJson.write(JSON.objectNode()
                                    .put("message", "New node has been added")
                                    .put("node_count", 1)
                                    .set("nodes", JSON.arrayNode().add(address))));
                }
            }
            case "GET /nodes/resolve" -> {
                if (chainStudy || pyscoop) {
                    notFound(exchange);
                } else {
                    send(
                            exchange,
                            200,
                            "application/json",
                            CanonicalJson.write(JSON.objectNode()
                                    .put("message", "Our chain is authoritative")
                                    .set("chain", chain)));
                }
            }
            case "GET /sync-chain" -> {
                if (!pyscoop) {
                    notFound(exchange);
                } else {
                    send(
                            exchange,
                            200,
                            "application/json",
                            CanonicalJson.write(JSON.objectNode()
                                    .put("message", "Chain is already up to date")
                                    .set("chain", chain)));
                }
            }
            default -> notFound(exchange);
        }
    }

    private static List<String> iterable(JsonNode object) {
        List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static void notFound(HttpExchange exchange) throws IOException {
        send(
                exchange,
                404,
                "text/html; charset=utf-8",
                "<!doctype html><title>404 Not Found</title><h1>Not Found</h1>");
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
