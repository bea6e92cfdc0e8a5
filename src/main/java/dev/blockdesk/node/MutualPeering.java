package dev.blockdesk.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.blockdesk.chain.CanonicalJson;
import dev.blockdesk.chain.MalformedJsonException;
import dev.blockdesk.chain.WireJson;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Mutual peering: a peer our user adds is asked to add us too, at a URL it can reach
 * ({@link AdvertisedUrl}), in its own route: {@code POST /nodes/register} with
 * {@code {"nodes": [url]}}, or, where that answers 404, pyscoop's {@code POST /register-node} with
 * {@code {"address": url}}, which is then remembered ({@link KnownRoutes}). The request carries
 * {@link PeerRegistration#HEADER}, so a Blockdesk peer adds us as a peer that added it and does not
 * ask back. Asking runs on the peer client's threads, within its connect timeout and whole-answer
 * deadline, and never blocks the caller; every answer, or its absence, is told as a
 * {@link PeerRegistration}.
 */
final class MutualPeering implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(MutualPeering.class.getName());
    /** The most of a refusal's body read for its reason; the rest is read and dropped. */
    private static final int MAX_ANSWER_BYTES = 4096;

    private static final int MAX_REASON_CHARS = 200;

    private final PeerClient client;
    private final Duration connectTimeout;
    private final Duration responseTimeout;
    private final Consumer<PeerClient.PeerContact> onContact;
    private final Consumer<PeerRegistration> onAnswer;
    /** Looks peers' host names up when our URL depends on the route to them (a wildcard bind). */
    private final ExecutorService lookups = Executors.newSingleThreadExecutor(Threads.daemons("blockdesk-peer-route"));

    private volatile boolean on;
    private volatile AdvertisedUrl advertised;

    /**
     * @param onContact told of each peer that could not be reached (one that answered is left as its
     *                  last fetch found it: a registration says nothing of its chain)
     * @param onAnswer  told what each peer made of our request
     */
    MutualPeering(
            PeerClient client,
            NodeConfig config,
            Consumer<PeerClient.PeerContact> onContact,
            Consumer<PeerRegistration> onAnswer) {
        this.client = client;
        this.connectTimeout = config.peerConnectTimeout();
        this.responseTimeout = config.peerResponseTimeout();
        this.onContact = onContact;
        this.onAnswer = onAnswer;
        this.on = config.mutualPeering();
    }

    /** Where we listen, once we do: until then nobody is asked. */
    void advertise(AdvertisedUrl url) {
        advertised = url;
    }

    void setOn(boolean value) {
        on = value;
    }

    boolean isOn() {
        return on;
    }

    /** Asks each of {@code peers} to add us, when mutual peering is on and we listen; returns at once. */
    void ask(List<PeerAddress> peers) {
        AdvertisedUrl url = advertised;
        if (!on || url == null) {
            return;
        }
        for (PeerAddress peer : peers) {
            long start = System.nanoTime();
            ourUrl(url, peer)
                    .thenCompose(
                            us -> register(peer, us, client.routes().of(peer).register(), null))
                    .exceptionally(error -> {
                        String reason = "unreachable: "
                                + (cause(error) instanceof TimeoutException
                                        ? "could not look its address up within " + connectTimeout.toSeconds() + " s"
                                        : cause(error).getMessage());
                        onContact.accept(new PeerClient.PeerContact(peer, false, reason, since(start), 0, false, ""));
                        return new PeerRegistration(peer, null, false, null, reason);
                    })
                    .thenAccept(this::told);
        }
    }

    private CompletableFuture<URI> ourUrl(AdvertisedUrl url, PeerAddress peer) {
        if (!url.dependsOnPeer()) {
            return CompletableFuture.completedFuture(url.towards(peer));
        }
        return CompletableFuture.supplyAsync(() -> url.towards(peer), lookups)
                .orTimeout(connectTimeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /**
     * Asks {@code peer} in the route {@code way}; a 404 tries the next route and remembers it.
     *
     * @param missing the routes that answered 404 before this one, for the reason, or null
     */
    private CompletableFuture<PeerRegistration> register(
            PeerAddress peer, URI us, KnownRoutes.Register way, String missing) {
        String route = "POST " + way.path;
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        if (way == KnownRoutes.Register.NODES) {
            body.putArray("nodes").add(us.toString());
        } else {
            body.put("address", us.toString());
        }
        HttpRequest request = HttpRequest.newBuilder(peer.uri(way.path))
                .timeout(responseTimeout)
                .header("Content-Type", "application/json")
                .header(PeerRegistration.HEADER, PeerRegistration.MUTUAL)
                .POST(HttpRequest.BodyPublishers.ofString(CanonicalJson.write(body)))
                .build();
        AnswerStart answer = new AnswerStart();
        long start = System.nanoTime();
        return client.http()
                .sendAsync(request, info -> HttpResponse.BodySubscribers.ofByteArrayConsumer(answer))
                .orTimeout(responseTimeout.toNanos(), TimeUnit.NANOSECONDS)
                .handle((response, error) -> {
                    Duration latency = since(start);
                    if (error != null) {
                        String reason = cause(error) instanceof TimeoutException
                                ? client.noAnswer()
                                : client.describe(cause(error));
                        onContact.accept(new PeerClient.PeerContact(peer, false, reason, latency, 0, false, way.path));
                        return CompletableFuture.completedFuture(new PeerRegistration(peer, us, false, route, reason));
                    }
                    int status = response.statusCode();
                    String notFound = missing == null ? route : missing + " and " + route;
                    KnownRoutes.Register next = way.next(status);
                    if (next != null) {
                        client.routes().learn(peer, route + " answered 404", r -> r.withRegister(next));
                        return register(peer, us, next, notFound);
                    }
                    if (status >= 200 && status < 300) {
                        return CompletableFuture.completedFuture(new PeerRegistration(peer, us, true, route, null));
                    }
                    String reason = status == 404
                            ? "it has no route to add peers (" + notFound + " answered 404)"
                            : "answered HTTP " + status + " to " + route + answer.reason(response);
                    return CompletableFuture.completedFuture(new PeerRegistration(peer, us, false, route, reason));
                })
                .thenCompose(next -> next);
    }

    private void told(PeerRegistration registration) {
        LOG.log(System.Logger.Level.INFO, "mutual peering: {0}", registration.describe());
        onAnswer.accept(registration);
    }

    private static Throwable cause(Throwable error) {
        Throwable cause = error;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** The start of an answer's body, at most {@link #MAX_ANSWER_BYTES}; the rest is read and dropped. */
    private static final class AnswerStart implements Consumer<Optional<byte[]>> {
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();

        @Override
        public synchronized void accept(Optional<byte[]> chunk) {
            chunk.ifPresent(bytes -> kept.write(bytes, 0, Math.min(bytes.length, MAX_ANSWER_BYTES - kept.size())));
        }

        /** {@code ": " + } what the refusal says (its JSON {@code error} or {@code message}, or its text), or "" for a page. */
        synchronized String reason(HttpResponse<?> response) {
            String type = response.headers().firstValue("Content-Type").orElse("");
            String text = kept.toString(StandardCharsets.UTF_8).strip();
            if (type.startsWith("application/json")) {
                try {
                    JsonNode json = WireJson.parse(kept.toByteArray());
                    JsonNode said = json.path("error").isTextual() ? json.get("error") : json.path("message");
                    text = said.isTextual() ? said.textValue() : text;
                } catch (MalformedJsonException e) {
                    // not the JSON it claims: its text is the reason
                }
            } else if (type.startsWith("text/html")) {
                text = "";
            }
            text = text.replaceAll("\\s+", " ");
            if (text.length() > MAX_REASON_CHARS) {
                text = text.substring(0, MAX_REASON_CHARS) + "…";
            }
            return text.isEmpty() ? "" : ": " + text;
        }
    }

    @Override
    public void close() {
        lookups.shutdownNow();
    }
}
