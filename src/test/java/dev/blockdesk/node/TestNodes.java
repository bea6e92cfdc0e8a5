package dev.blockdesk.node;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blockdesk.chain.WireJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Real nodes on loopback, port 0, and a plain HTTP client to talk to them as curl would. */
final class TestNodes implements AutoCloseable {

    static final int DIFFICULTY = 2;
    static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final List<Node> nodes = new ArrayList<>();

    static NodeConfig config() {
        return NodeConfig.defaults()
                .withPort(0)
                .withDifficulty(DIFFICULTY)
                .withMinerThreads(1)
                .withPeerTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(3));
    }

    Node start() {
        return start(config());
    }

    Node start(NodeConfig config) {
        try {
            Node node = new Node(config);
            node.start();
            nodes.add(node);
            return node;
        } catch (Exception e) {
            throw new AssertionError("could not start a node", e);
        }
    }

    static void mine(Node node, int blocks) {
        for (int i = 0; i < blocks; i++) {
            try {
                node.mine().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
    }

    /** A status and a body: parsed when it is JSON ({@code json} is null otherwise). */
    record Answer(int status, JsonNode json, String text, String contentType) {
        String error() {
            return json == null ? null : json.path("error").asText(null);
        }
    }

    static Answer get(URI base, String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET().build());
    }

    static Answer post(URI base, String path, String body) {
        return post(base, path, body, "application/json");
    }

    static Answer post(URI base, String path, String body, String contentType) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            String type = response.headers().firstValue("Content-Type").orElse("");
            JsonNode json = response.body().isEmpty() || !type.startsWith("application/json")
                    ? null
                    : WireJson.parse(response.body());
            return new Answer(response.statusCode(), json, response.body(), type);
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        nodes.forEach(Node::close);
    }

    static <T> T join(java.util.concurrent.Future<T> future) {
        return dev.blockdesk.testing.Wait.get(future, Duration.ofSeconds(60));
    }
}
