package dev.blockdesk.node;

import dev.blockdesk.chain.MalformedJsonException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One GET to a peer with the limits {@link PeerClient} keeps: a deadline (the whole fetch's for a
 * single request, its own page's in a paged sync: see {@link SyncPace}), kept by a timer thread of
 * its own that closes the body when it passes, and a cap on the body's size. Never throws: every
 * failure is an {@link Answer}.
 */
final class PeerGet implements AutoCloseable {

    private final HttpClient http;
    private final Duration connectTimeout;
    private final Duration responseTimeout;
    private final ScheduledExecutorService deadlines =
            Executors.newSingleThreadScheduledExecutor(Threads.daemons("blockdesk-peer-deadline"));

    PeerGet(HttpClient http, Duration connectTimeout, Duration responseTimeout) {
        this.http = http;
        this.connectTimeout = connectTimeout;
        this.responseTimeout = responseTimeout;
    }

    /** Reads an answer's body; may throw {@link MalformedJsonException} for a body that is not what was asked. */
    @FunctionalInterface
    interface BodyReader<T> {
        T read(InputStream in) throws IOException;
    }

    /**
     * What went wrong with a GET: nothing, no answer (unreachable), no complete answer by the
     * deadline, a body over the cap, a body not as asked.
     */
    enum Problem {
        NONE,
        NO_ANSWER,
        LATE,
        TOO_LARGE,
        MALFORMED
    }

    /**
     * A GET's outcome.
     *
     * @param status  the HTTP status, 0 without an answer
     * @param value   what the reader made of a 200's body, else null
     * @param problem what went wrong; {@code NONE} for any status answered (the body of a non-200 is not read)
     * @param error   why, in words, unless {@code NONE}
     */
    record Answer<T>(int status, T value, Problem problem, String error) {}

    /** The deadline of a single request, or of a fetch, begun at {@code start} ({@link System#nanoTime}): the response timeout after it. */
    long deadlineFrom(long start) {
        return start + responseTimeout.toNanos();
    }

    /**
     * GETs {@code path} from {@code peer} by {@code deadline} ({@link System#nanoTime}), reading a
     * 200's body through a cap of {@code maxBytes} with {@code reader}. The deadline is kept by our
     * timer thread, which closes the body when it passes; a GET it cuts short is {@link Problem#LATE},
     * its error {@link #noAnswer()}. Never throws.
     */
    <T> Answer<T> get(PeerAddress peer, String path, long deadline, long maxBytes, BodyReader<T> reader) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            return late();
        }
        HttpRequest request = HttpRequest.newBuilder(peer.uri(path))
                .timeout(Duration.ofNanos(left))
                .header("Accept", "application/json")
                .GET()
                .build();
        AtomicBoolean deadlinePassed = new AtomicBoolean();
        ScheduledFuture<?> watchdog = null;
        int status = 0;
        try {
            HttpResponse<InputStream> response = http.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
                    .get(left, TimeUnit.NANOSECONDS);
            status = response.statusCode();
            InputStream body = response.body();
            watchdog = deadlines.schedule(
                    () -> {
                        deadlinePassed.set(true);
                        closeQuietly(body);
                    },
                    Math.max(0, deadline - System.nanoTime()),
                    TimeUnit.NANOSECONDS);
            try (InputStream in = new CappedInputStream(body, maxBytes)) {
                return new Answer<>(status, status == 200 ? reader.read(in) : null, Problem.NONE, null);
            }
        } catch (CappedInputStream.TooLargeException e) {
            return new Answer<>(status, null, Problem.TOO_LARGE, e.getMessage());
        } catch (MalformedJsonException e) {
            return deadlinePassed.get() ? late() : new Answer<>(status, null, Problem.MALFORMED, e.getMessage());
        } catch (TimeoutException e) {
            return late();
        } catch (ExecutionException e) {
            return e.getCause() instanceof HttpTimeoutException
                            && !(e.getCause() instanceof HttpConnectTimeoutException)
                    ? late()
                    : new Answer<>(0, null, Problem.NO_ANSWER, describe(e.getCause()));
        } catch (IOException e) {
            return deadlinePassed.get() ? late() : new Answer<>(0, null, Problem.NO_ANSWER, describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer<>(0, null, Problem.NO_ANSWER, "interrupted");
        } finally {
            if (watchdog != null) {
                watchdog.cancel(false);
            }
        }
    }

    private static <T> Answer<T> late(String error) {
        return new Answer<>(0, null, Problem.LATE, error);
    }

    private <T> Answer<T> late() {
        return late(noAnswer());
    }

    String noAnswer() {
        return "no complete answer within " + responseTimeout.toSeconds() + " s";
    }

    String describe(Throwable e) {
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
        return "unreachable: "
                + (message == null || message.isBlank() ? e.getClass().getSimpleName() : message);
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
