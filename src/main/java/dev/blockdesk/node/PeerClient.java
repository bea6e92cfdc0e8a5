package dev.blockdesk.node;

import dev.blockdesk.chain.CanonicalJson;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.ChainValidator;
import dev.blockdesk.chain.MalformedJsonException;
import dev.blockdesk.chain.Transaction;
import dev.blockdesk.chain.ValidationResult;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Talks to peers over HTTP, with the limits the Python node lacks: a connect timeout, a deadline
 * for the whole answer, and a cap on its size. A peer that is dead, silent, slow or lying costs
 * at most those limits and never an exception that escapes. The deadlines are kept by a timer
 * thread of the client's own, which does nothing else, so no blocked work can hold one up.
 */
final class PeerClient implements AutoCloseable {

    private final HttpClient http;
    private final Duration connectTimeout;
    private final Duration responseTimeout;
    private final long maxResponseBytes;
    private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(Threads.daemons("blockdesk-peer-deadline"));

    PeerClient(NodeConfig config) {
        this.connectTimeout = config.peerConnectTimeout();
        this.responseTimeout = config.peerResponseTimeout();
        this.maxResponseBytes = config.maxPeerResponseBytes();
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * Fetches and validates a peer's chain within the deadline; blocks it shares with {@code ours}
     * are kept as our objects (see {@link ChainValidator#validate(InputStream, Chain)}). Never throws.
     */
    PeerFetch fetchChain(PeerAddress peer, ChainValidator validator, Chain ours) {
        long start = System.nanoTime();
        HttpRequest request = HttpRequest.newBuilder(peer.uri("/chain"))
                .timeout(responseTimeout)
                .header("Accept", "application/json")
                .GET().build();
        AtomicBoolean deadlinePassed = new AtomicBoolean();
        ScheduledFuture<?> watchdog = null;
        try {
            HttpResponse<InputStream> response = http.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
                    .get(responseTimeout.toNanos(), TimeUnit.NANOSECONDS);
            InputStream body = response.body();
            long left = responseTimeout.toNanos() - (System.nanoTime() - start);
            watchdog = deadlines.schedule(() -> {
                deadlinePassed.set(true);
                closeQuietly(body);
            }, Math.max(0, left), TimeUnit.NANOSECONDS);
            try (InputStream in = new CappedInputStream(body, maxResponseBytes)) {
                if (response.statusCode() != 200) {
                    return failed(peer, start, "answered HTTP " + response.statusCode() + " to GET /chain");
                }
                ValidationResult verdict = validator.validate(in, ours);
                return new PeerFetch(peer, verdict, null, since(start));
            }
        } catch (CappedInputStream.TooLargeException e) {
            return failed(peer, start, e.getMessage());
        } catch (MalformedJsonException e) {
            return failed(peer, start, deadlinePassed.get() ? noAnswer() : "did not answer with a chain: " + e.getMessage());
        } catch (TimeoutException e) {
            return failed(peer, start, noAnswer());
        } catch (ExecutionException e) {
            return failed(peer, start, describe(e.getCause()));
        } catch (IOException e) {
            return failed(peer, start, deadlinePassed.get() ? noAnswer() : describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(peer, start, "interrupted");
        } finally {
            if (watchdog != null) {
                watchdog.cancel(false);
            }
        }
    }

    /** Asks a peer to run its own consensus ({@code GET /nodes/resolve}), as the Python node's peers expect. */
    CompletableFuture<PeerContact> promptResolve(PeerAddress peer) {
        HttpRequest request = HttpRequest.newBuilder(peer.uri("/nodes/resolve")).timeout(responseTimeout).GET().build();
        return contact(peer, request);
    }

    /** Hands a transaction to a peer ({@code POST /transactions/new}); Blockdesk peers keep its id. */
    CompletableFuture<PeerContact> forward(PeerAddress peer, Transaction transaction) {
        HttpRequest request = HttpRequest.newBuilder(peer.uri("/transactions/new"))
                .timeout(responseTimeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(CanonicalJson.write(transaction.toJson())))
                .build();
        return contact(peer, request);
    }

    private CompletableFuture<PeerContact> contact(PeerAddress peer, HttpRequest request) {
        long start = System.nanoTime();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .orTimeout(responseTimeout.toNanos(), TimeUnit.NANOSECONDS)
                .handle((response, error) -> {
                    if (error != null) {
                        Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                                ? error.getCause() : error;
                        return new PeerContact(peer, false, cause instanceof TimeoutException ? noAnswer() : describe(cause), since(start));
                    }
                    int status = response.statusCode();
                    boolean ok = status >= 200 && status < 300;
                    return new PeerContact(peer, true, ok ? null : "answered HTTP " + status + " to " + request.method() + " "
                            + request.uri().getPath(), since(start));
                });
    }

    /**
     * The outcome of a call that only needs an answer.
     *
     * @param answered whether the peer answered at all
     * @param error    what went wrong, or null
     */
    record PeerContact(PeerAddress peer, boolean answered, String error, Duration latency) {
    }

    String noAnswer() {
        return "no complete answer within " + responseTimeout.toSeconds() + " s";
    }

    private String describe(Throwable e) {
        if (e instanceof HttpConnectTimeoutException) {
            return "unreachable: no connection within " + connectTimeout.toSeconds() + " s";
        }
        if (e instanceof HttpTimeoutException) {
            return noAnswer();
        }
        if (e instanceof ConnectException) {
            return "unreachable: connection refused";
        }
        String message = e.getMessage();
        return "unreachable: " + (message == null || message.isBlank() ? e.getClass().getSimpleName() : message);
    }

    private static PeerFetch failed(PeerAddress peer, long start, String error) {
        return PeerFetch.failed(peer, error, since(start));
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // Closing is how the deadline stops a read; the reader reports the timeout.
        }
    }

    @Override
    public void close() {
        deadlines.shutdownNow();
    }
}
