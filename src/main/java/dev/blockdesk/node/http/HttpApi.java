package dev.blockdesk.node.http;

import com.sun.net.httpserver.HttpServer;
import dev.blockdesk.node.Node;
import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * The tutorial node's HTTP API on the JDK's HttpServer, answering as the Python node does (same
 * paths, status codes and JSON fields) and refusing bad input with a 4xx and {@code {"error": ...}}
 * where the Python node crashes with a 500. Each request in progress has a thread of its own, up to
 * the node's cap ({@link ConnectionGate}): slow clients cannot hold the threads normal ones need.
 *
 * <p>Its sockets have Nagle's algorithm off: an answer is written as headers, then body, and with
 * Nagle the body waits for the client's delayed ACK, about 40 ms per request on a kept-alive
 * connection (docs/BENCHMARKS.md).
 *
 * <p>Timeouts are the JDK server's, set as system properties, which it reads once, when its first
 * server is made, for every server of the JVM; one given on the command line ({@code -D}) wins. A
 * request not wholly received (line, headers and body) {@value #MAX_REQUEST_SECONDS} s after its first
 * byte, and a connection that sends nothing for as long, are closed; a kept-alive connection idle
 * for {@value #IDLE_SECONDS} s is closed; and the server closes at once any connection past
 * {@value #MAX_SOCKETS} open in all (requests in progress are capped lower, with an answer: see
 * {@link ConnectionGate}).
 */
public final class HttpApi {

    /** Seconds a request may take to arrive whole, from its first byte (or a new connection to send one). */
    public static final int MAX_REQUEST_SECONDS = 15;
    /** Seconds a kept-alive connection may stay idle between requests. */
    public static final int IDLE_SECONDS = 30;
    /** Open connections, in all, past which the server closes new ones unanswered. */
    public static final int MAX_SOCKETS = 2048;

    static {
        // Read once, when the JDK's server first loads its configuration: before any server is made.
        setDefault("sun.net.httpserver.nodelay", "true");
        setDefault("sun.net.httpserver.maxReqTime", Integer.toString(MAX_REQUEST_SECONDS));
        setDefault("sun.net.httpserver.idleInterval", Integer.toString(IDLE_SECONDS));
        setDefault("sun.net.httpserver.clockTick", "1000"); // how often idle connections are looked at, ms
        setDefault("jdk.httpserver.maxConnections", Integer.toString(MAX_SOCKETS));
    }

    /**
     * Makes sure the JDK server's settings above are set: for code that makes a JDK server of its own
     * (a test's fake peer) before any node's, which would otherwise fix them unset for the whole JVM.
     */
    public static void loadSettings() {
        // the static initializer has run by the time this is called
    }

    private static void setDefault(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    private final HttpServer server;
    private final ConnectionGate gate;

    private HttpApi(HttpServer server, ConnectionGate gate) {
        this.server = server;
        this.gate = gate;
    }

    /** Serves {@code node}'s API on {@code address}; port 0 takes any free one. */
    public static HttpApi start(Node node, InetSocketAddress address) throws IOException {
        HttpServer server = HttpServer.create(address, 256);
        BrowserGuard guard = BrowserGuard.of(
                server.getAddress(), node.config().host(), node.config().advertise(), node::cors);
        Router router = new Router(guard);
        new PageRoutes(node).register(router);
        new ChainRoutes(node).register(router);
        new ChainFileRoute(node).register(router);
        new TransactionRoutes(node).register(router);
        new PeerRoutes(node).register(router);
        new SyncRoutes(node).register(router);
        ConnectionGate gate = new ConnectionGate(node.config().limits().maxConnections());
        server.createContext("/", gate.guard(router::serve));
        server.setExecutor(gate);
        server.start();
        return new HttpApi(server, gate);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Requests being read or answered now. */
    public int requestsInProgress() {
        return gate.inProgress();
    }

    public void stop() {
        server.stop(0);
        gate.shutdown();
    }
}
