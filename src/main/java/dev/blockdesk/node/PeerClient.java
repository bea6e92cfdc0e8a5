package dev.blockdesk.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.blockdesk.chain.CanonicalJson;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.ChainValidator;
import dev.blockdesk.chain.Dialects;
import dev.blockdesk.chain.Transaction;
import dev.blockdesk.chain.ValidationResult;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Talks to peers over HTTP, with the limits the Python node lacks: a connect timeout, a deadline
 * for the whole answer, and a cap on its size. A peer that is dead, silent, slow or lying costs
 * at most those limits and never an exception that escapes. The deadlines are kept by a timer
 * thread of the client's own, which does nothing else, so no blocked work can hold one up.
 *
 * <p>It does one thing, an HTTP call to a peer within its limits; it passes 300 lines only as the formatter lays out
 * each call's deadline, cap and error wording one argument a line.
 */
final class PeerClient implements AutoCloseable {

    private final HttpClient http;
    private final Duration connectTimeout;
    private final Duration responseTimeout;
    private final long maxResponseBytes;
    /** A fetch's marker for a 404, so the next chain route can be tried. */
    private static final String NOT_FOUND = "404";

    private final int difficulty;
    private final KnownRoutes routes = new KnownRoutes();
    private final PeerGet get;

    PeerClient(NodeConfig config) {
        this.connectTimeout = config.peerConnectTimeout();
        this.responseTimeout = config.peerResponseTimeout();
        this.maxResponseBytes = config.maxPeerResponseBytes();
        this.difficulty = config.difficulty();
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.get = new PeerGet(http, connectTimeout, responseTimeout);
    }

    /** What we learned of each peer's routes. */
    KnownRoutes routes() {
        return routes;
    }

    /** The HTTP client, with our connect timeout, for calls to peers made beside this class ({@link MutualPeering}). */
    HttpClient http() {
        return http;
    }

    /**
     * Fetches and validates a peer's chain within the deadline, from the peer's own chain route (a
     * 404 to {@code /chain} tries chain-study's {@code /chains}, and the answer is remembered). The
     * chain is checked in our dialect and, at the same time, in the others, so a peer of another
     * tutorial is told apart from a broken one. Blocks it shares with {@code ours} are kept as our
     * objects (see {@link ChainValidator#validate(InputStream, Chain)}). Never throws.
     */
    PeerFetch fetchChain(PeerAddress peer, ChainValidator validator, Chain ours) {
        return fetchChain(peer, validator, ours, System.nanoTime());
    }

    /** As {@link #fetchChain(PeerAddress, ChainValidator, Chain)}, within the deadline of a fetch begun at {@code start} ({@link System#nanoTime}). */
    PeerFetch fetchChain(PeerAddress peer, ChainValidator validator, Chain ours, long start) {
        String path = routes.of(peer).chain();
        while (true) {
            PeerFetch fetch = fetchFrom(peer, path, validator, ours, start);
            String next = routes.of(peer).nextChain();
            if (!NOT_FOUND.equals(fetch.error()) || next == null) {
                return NOT_FOUND.equals(fetch.error())
                        ? failed(peer, start, "answered HTTP 404 to GET " + path)
                        : fetch;
            }
            routes.learn(peer, "GET " + path + " answered 404", r -> r.withChain(next));
            path = next;
        }
    }

    private PeerFetch fetchFrom(PeerAddress peer, String path, ChainValidator validator, Chain ours, long start) {
        PeerGet.Answer<PeerFetch> answer = get(peer, path, get.deadlineFrom(start), maxResponseBytes, in -> {
            Dialects.Detection found = Dialects.detectAgainst(in, validator, ours, difficulty);
            ValidationResult verdict = found.results().get(0);
            PeerFetch.Foreign foreign = null;
            if (!verdict.isValid() && found.best() > 0 && found.bestResult().isValid()) {
                foreign = new PeerFetch.Foreign(
                        found.bestRules(), found.bestResult().chain().orElseThrow());
            }
            return new PeerFetch(peer, verdict, null, since(start), foreign);
        });
        return switch (answer.problem()) {
            case NONE ->
                answer.status() == 404
                        ? failed(peer, start, NOT_FOUND)
                        : answer.status() != 200
                                ? failed(peer, start, "answered HTTP " + answer.status() + " to GET " + path)
                                : answer.value();
            case MALFORMED -> failed(peer, start, "did not answer with a chain: " + answer.error());
            case NO_ANSWER, LATE -> failed(peer, start, answer.error());
            case TOO_LARGE -> failed(peer, start, answer.error() + ", the cap on a whole chain (--max-chain-bytes)");
        };
    }

    /** {@link PeerGet#get}, with this client's connection and timer, by {@code deadline} ({@link System#nanoTime}). */
    <T> PeerGet.Answer<T> get(
            PeerAddress peer, String path, long deadline, long maxBytes, PeerGet.BodyReader<T> reader) {
        return get.get(peer, path, deadline, maxBytes, reader);
    }

    /** The deadline of a single request, or of a fetch of a whole chain, begun at {@code start} ({@link System#nanoTime}). */
    long deadlineFrom(long start) {
        return get.deadlineFrom(start);
    }

    /** How long one request, or one page of a paged sync, may take. */
    Duration responseTimeout() {
        return responseTimeout;
    }

    /** The largest whole chain read from a peer ({@code --max-chain-bytes}). */
    long maxResponseBytes() {
        return maxResponseBytes;
    }

    /** The largest page of the sync API read from a peer: {@link SyncApi#MAX_PAGE_READ}, or the cap on a whole chain if it is lower. */
    long maxPageBytes() {
        return Math.min(SyncApi.MAX_PAGE_READ, maxResponseBytes);
    }

    /**
     * Asks a peer to run its own consensus, in its own route: {@code GET /nodes/resolve}, or
     * pyscoop's {@code GET /sync-chain}; a peer with neither (chain-study) is not asked.
     */
    CompletableFuture<PeerContact> promptResolve(PeerAddress peer) {
        String path = routes.of(peer).resolve();
        if (path == null) {
            return CompletableFuture.completedFuture(PeerContact.notAsked(peer));
        }
        HttpRequest request = HttpRequest.newBuilder(peer.uri(path))
                .timeout(responseTimeout)
                .GET()
                .build();
        return contact(peer, request).thenCompose(contact -> {
            String next = routes.of(peer).nextResolve();
            if (contact.status() != 404 || !path.equals(routes.of(peer).resolve())) {
                return CompletableFuture.completedFuture(contact);
            }
            routes.learn(peer, "GET " + path + " answered 404", r -> r.withResolve(next));
            return next == null ? CompletableFuture.completedFuture(contact.succeeded()) : promptResolve(peer);
        });
    }

    /**
     * Hands a transaction to a peer the way it takes them: dvf's JSON {@code POST /transactions/new}
     * (Blockdesk peers keep its id), pyscoop's {@code POST /create-transaction} with exactly sender,
     * recipient and amount, or chain-study's form. A refusal that points to another way (a 404, or a
     * Flask error page from a route that reads a form) is retried that way at once and remembered.
     */
    CompletableFuture<PeerContact> forward(PeerAddress peer, Transaction transaction) {
        KnownRoutes.Routes tried = routes.of(peer);
        return contact(peer, submission(peer, tried.submit(), transaction)).thenCompose(contact -> {
            KnownRoutes.Submit next = tried.nextSubmit(contact.status(), contact.htmlError());
            if (next == null || tried.submit() != routes.of(peer).submit()) {
                return CompletableFuture.completedFuture(contact);
            }
            routes.learn(peer, "POST " + contact.path() + " answered " + contact.status(), r -> r.withSubmit(next));
            return forward(peer, transaction);
        });
    }

    private HttpRequest submission(PeerAddress peer, KnownRoutes.Submit submit, Transaction transaction) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        peer.uri(submit == KnownRoutes.Submit.CREATE ? "/create-transaction" : "/transactions/new"))
                .timeout(responseTimeout);
        if (submit == KnownRoutes.Submit.FORM) {
            return request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(transaction)))
                    .build();
        }
        ObjectNode json = transaction.toJson();
        if (submit == KnownRoutes.Submit.CREATE) {
            json.retain("sender", "recipient", "amount");
        }
        return request.header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(CanonicalJson.write(json)))
                .build();
    }

    /** sender, recipient and amount as form fields; a form has only text, so the amount is its JSON text ({@code 5}, {@code 2.5}) or the string itself. */
    private static String form(Transaction transaction) {
        ObjectNode json = transaction.toJson();
        StringBuilder form = new StringBuilder();
        for (String field : new String[] {"sender", "recipient", "amount"}) {
            JsonNode value = json.get(field);
            String text = value == null ? "" : value.isTextual() ? value.textValue() : CanonicalJson.write(value);
            if (form.length() > 0) {
                form.append('&');
            }
            form.append(field).append('=').append(URLEncoder.encode(text, StandardCharsets.UTF_8));
        }
        return form.toString();
    }

    private CompletableFuture<PeerContact> contact(PeerAddress peer, HttpRequest request) {
        long start = System.nanoTime();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .orTimeout(responseTimeout.toNanos(), TimeUnit.NANOSECONDS)
                .handle((response, error) -> {
                    if (error != null) {
                        Throwable cause =
                                error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                                        ? error.getCause()
                                        : error;
                        return new PeerContact(
                                peer,
                                false,
                                cause instanceof TimeoutException ? noAnswer() : describe(cause),
                                since(start),
                                0,
                                false,
                                request.uri().getPath());
                    }
                    int status = response.statusCode();
                    boolean ok = status >= 200 && status < 300;
                    boolean html = response.headers()
                            .firstValue("Content-Type")
                            .orElse("")
                            .startsWith("text/html");
                    return new PeerContact(
                            peer,
                            true,
                            ok
                                    ? null
                                    : "answered HTTP " + status + " to " + request.method() + " "
                                            + request.uri().getPath(),
                            since(start),
                            status,
                            !ok && html,
                            request.uri().getPath());
                });
    }

    /**
     * The outcome of a call that only needs an answer.
     *
     * @param answered whether the peer answered at all
     * @param error    what went wrong, or null
     * @param status    the HTTP status, 0 without an answer, or -1 when nothing was asked
     * @param htmlError  whether the answer was an error as an HTML page (a Flask error page)
     * @param path      the path asked
     */
    record PeerContact(
            PeerAddress peer,
            boolean answered,
            String error,
            Duration latency,
            int status,
            boolean htmlError,
            String path) {

        /** No request was made: the peer has no route for it (chain-study has no resolve route). */
        static PeerContact notAsked(PeerAddress peer) {
            return new PeerContact(peer, true, null, Duration.ZERO, -1, false, "");
        }

        boolean asked() {
            return status != -1;
        }

        /** This answer counted as a success: its 404 showed the peer has no such route, which is no fault. */
        PeerContact succeeded() {
            return new PeerContact(peer, true, null, latency, status, false, path);
        }
    }

    String noAnswer() {
        return get.noAnswer();
    }

    String describe(Throwable e) {
        return get.describe(e);
    }

    private static PeerFetch failed(PeerAddress peer, long start, String error) {
        return PeerFetch.failed(peer, error, since(start));
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @Override
    public void close() {
        get.close();
    }
}
