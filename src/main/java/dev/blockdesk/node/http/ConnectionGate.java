package dev.blockdesk.node.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.concurrent.Executor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP server's executor, and the cap on requests in progress.
 *
 * <p>The JDK's server reads a request's line and headers on the executor's thread, blocking, once
 * the first byte has arrived. With a few threads, a few slow clients (slowloris: a header byte every
 * few seconds) held them all and every other request waited; and with a caller-runs policy the
 * server's one dispatcher thread read a slow request itself and stopped accepting. So each request
 * in progress has a thread of its own (small stacks; they mostly wait), up to the cap and a few
 * spare: a normal request is read and answered beside hundreds of slow ones, which the server
 * closes after {@link HttpApi#MAX_REQUEST_SECONDS}. Past the cap a request whose head arrives is
 * answered 503 with {@code {"error"}} and its connection closed; past the spare threads too (every
 * thread held by slow clients) the server closes a new connection as its first byte arrives.
 */
final class ConnectionGate implements Executor {

    /** Threads beyond the cap, so that the requests past it can be read and told so. */
    static final int SPARE_THREADS = 32;

    private static final long STACK_BYTES = 256 * 1024;

    private final int cap;
    private final AtomicInteger inProgress = new AtomicInteger();
    private final ThreadPoolExecutor threads;

    ConnectionGate(int cap) {
        this.cap = cap;
        this.threads = new ThreadPoolExecutor(
                8,
                cap + SPARE_THREADS,
                30,
                TimeUnit.SECONDS,
                new SynchronousQueue<>(),
                smallStacks("blockdesk-http"),
                new ThreadPoolExecutor.AbortPolicy());
        threads.allowCoreThreadTimeOut(true);
    }

    /** Runs one exchange of the JDK's server (reading the request, then our handler) on a thread of its own. */
    @Override
    public void execute(Runnable exchange) {
        threads.execute(() -> {
            inProgress.incrementAndGet();
            try {
                exchange.run();
            } finally {
                inProgress.decrementAndGet();
            }
        });
    }

    /** {@code handler}, or a 503 when more requests than the cap are in progress (this one included). */
    HttpHandler guard(HttpHandler handler) {
        return exchange -> {
            if (inProgress.get() > cap) {
                refuse(exchange);
            } else {
                handler.handle(exchange);
            }
        };
    }

    private void refuse(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("Connection", "close");
            exchange.getResponseHeaders().set("Retry-After", "1");
            Response.error(503, "too many connections (" + cap + " requests in progress); try again shortly")
                    .send(exchange);
        }
    }

    /** Requests being read or answered now. */
    int inProgress() {
        return inProgress.get();
    }

    void shutdown() {
        threads.shutdownNow();
    }

    private static ThreadFactory smallStacks(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(null, runnable, name + "-" + count.incrementAndGet(), STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        };
    }
}
