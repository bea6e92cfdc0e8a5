package dev.blockdesk.node;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A peer on loopback that passes each GET on to a real node and its answer back at the pace a plan
 * sets: asking the node for another target (a smaller page), waiting before answering, or sending
 * the headers and half the body at once and the rest later (a trickle).
 */
final class PacedProxy implements AutoCloseable {

    /**
     * How one request is answered.
     *
     * @param target      what the node is asked instead ({@code path?query})
     * @param delayMillis how long to wait before answering
     * @param stallMillis how long to wait after half the body, or 0 to send it whole
     */
    record Plan(String target, long delayMillis, long stallMillis) {
        static Plan asIs(String target) {
            return new Plan(target, 0, 0);
        }
    }

    @FunctionalInterface
    interface Planner {
        /** The plan for the {@code n}th request (from 1) of this route ({@code path?query}). */
        Plan plan(String target, int n);
    }

    private final HttpServer server;
    private final List<String> asked = new CopyOnWriteArrayList<>();
    /** Counted down on close: a delay or stall still under way ends at once, so a test's clean-up never waits it out. */
    private final CountDownLatch closed = new CountDownLatch(1);

    PacedProxy(Node node, Planner planner) throws IOException {
        URI base = node.url();
        dev.blockdesk.node.http.HttpApi
                .loadSettings(); // its timeouts, not the JDK defaults, for every server of this JVM
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> pass(exchange, base, planner));
        server.start();
    }

    private void pass(HttpExchange exchange, URI node, Planner planner) throws IOException {
        try (exchange) {
            String target = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null
                            ? ""
                            : "?" + exchange.getRequestURI().getRawQuery());
            String route = exchange.getRequestURI().getRawPath();
            asked.add(target);
            int n = (int) asked.stream()
                    .filter(t -> t.startsWith(route + "?") || t.equals(route))
                    .count();
            Plan plan = planner.plan(target, n);
            HttpResponse<byte[]> answer = TestNodes.HTTP.send(
                    HttpRequest.newBuilder(node.resolve(plan.target()))
                            .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            closed.await(
                    plan.delayMillis(), TimeUnit.MILLISECONDS); // a slow peer: the answer waits, at most until close
            byte[] body = answer.body();
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer.statusCode(), body.length == 0 ? -1 : body.length);
            OutputStream out = exchange.getResponseBody();
            if (plan.stallMillis() > 0) {
                out.write(body, 0, body.length / 2);
                out.flush();
                closed.await(
                        plan.stallMillis(), TimeUnit.MILLISECONDS); // a trickle: the rest waits, at most until close
                out.write(body, body.length / 2, body.length - body.length / 2);
            } else {
                out.write(body);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The node gave up on us (its deadline passed): that is what a trickle is for.
        }
    }

    /** Every target asked, in order. */
    List<String> asked() {
        return List.copyOf(asked);
    }

    String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
    }
}
