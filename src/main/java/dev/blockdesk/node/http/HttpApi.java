package dev.blockdesk.node.http;

import com.sun.net.httpserver.HttpServer;
import dev.blockdesk.node.Node;
import dev.blockdesk.node.Threads;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The tutorial node's HTTP API on the JDK's HttpServer, answering as the Python node does (same
 * paths, status codes and JSON fields) and refusing bad input with a 4xx and {@code {"error": ...}}
 * where the Python node crashes with a 500. Handlers run on a bounded, named pool.
 *
 * <p>Its sockets have Nagle's algorithm off: an answer is written as headers, then body, and with
 * Nagle the body waits for the client's delayed ACK, about 40 ms per request on a kept-alive
 * connection (docs/BENCHMARKS.md).
 */
public final class HttpApi {

    static {
        // Read once, when the JDK's server first loads its configuration: before any server is made.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ThreadPoolExecutor executor;

    private HttpApi(HttpServer server, ThreadPoolExecutor executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Serves {@code node}'s API on {@code address}; port 0 takes any free one. */
    public static HttpApi start(Node node, InetSocketAddress address) throws IOException {
        HttpServer server = HttpServer.create(address, 64);
        BrowserGuard guard = BrowserGuard.of(server.getAddress(), node.config().host(), node.config().advertise(), node::cors);
        Router router = new Router(guard);
        new PageRoutes(node).register(router);
        new ChainRoutes(node).register(router);
        new ChainFileRoute(node).register(router);
        new TransactionRoutes(node).register(router);
        new PeerRoutes(node).register(router);
        new SyncRoutes(node).register(router);
        ThreadPoolExecutor executor = new ThreadPoolExecutor(8, 8, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(256),
                Threads.daemons("blockdesk-http"), new ThreadPoolExecutor.CallerRunsPolicy());
        executor.allowCoreThreadTimeOut(true);
        server.createContext("/", router::serve);
        server.setExecutor(executor);
        server.start();
        return new HttpApi(server, executor);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public void stop() {
        server.stop(0);
        executor.shutdownNow();
    }
}
