package dev.blockdesk.node;

import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.ChainReplacement;
import dev.blockdesk.chain.ChainValidator;
import dev.blockdesk.store.StoreException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Rounds of consensus: every peer's chain fetched at once (from a Blockdesk peer only what is new,
 * see {@link SyncFetch}), each validated, and the longest valid one strictly longer than ours
 * adopted. One round runs at a time, and whoever asks while it runs (Sync now, {@code GET /nodes/resolve}, auto-sync) shares its outcome instead of queueing behind
 * it. A round ends within the peers' deadlines whatever peers do: the fetches run on a pool of their
 * own, their deadlines are kept by the peer client's own timer thread, and a fetch that still has
 * no verdict at its deadline is reported as unanswered. A fetch's deadline is that of one request
 * (connect and whole answer), except in a paged sync, which moves it on page by page as long as the
 * peer keeps its pace ({@link SyncPace}).
 */
final class Consensus implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Consensus.class.getName());
    /** How long past the peer client's deadlines a fetch may take before the round stops waiting for it. */
    private static final Duration GRACE = Duration.ofSeconds(1);
    /** How long past a fetch's deadline the round waits for its verdict: the connect timeout and the grace. */
    private final Duration slack;

    private final Duration responseTimeout;

    private final PeerNetwork network;
    private final PeerClient client;
    private final SyncFetch sync;
    private final ChainState state;
    private final Listeners listeners;
    private final Duration fetchBound;
    private final ExecutorService fetches = Executors.newFixedThreadPool(8, Threads.daemons("blockdesk-peer-fetch"));
    private final ExecutorService rounds = Executors.newSingleThreadExecutor(Threads.daemons("blockdesk-resolve"));
    private CompletableFuture<ResolveReport> running;

    Consensus(PeerNetwork network, PeerClient client, ChainState state, Listeners listeners, NodeConfig config) {
        this.network = network;
        this.client = client;
        this.sync = new SyncFetch(client);
        this.state = state;
        this.listeners = listeners;
        this.fetchBound =
                config.peerConnectTimeout().plus(config.peerResponseTimeout()).plus(GRACE);
        this.slack = config.peerConnectTimeout().plus(GRACE);
        this.responseTimeout = config.peerResponseTimeout();
    }

    /** The running round, or a new one: never a second round queued behind the first. */
    synchronized CompletableFuture<ResolveReport> resolveAsync() {
        if (running == null || running.isDone()) {
            running = CompletableFuture.supplyAsync(this::round, rounds);
        }
        return running;
    }

    private ResolveReport round() {
        List<PeerAddress> peers = network.addresses();
        ChainValidator validator = state.validator();
        Chain ours = state.chain();
        int ourLength = ours.length();
        List<CompletableFuture<PeerFetch>> calls = new ArrayList<>();
        List<FetchDeadline> deadlines = new ArrayList<>();
        for (PeerAddress peer : peers) {
            FetchDeadline deadline = new FetchDeadline(System.nanoTime() + responseTimeout.toNanos());
            deadlines.add(deadline);
            calls.add(CompletableFuture.supplyAsync(() -> sync.fetch(peer, validator, ours, deadline), fetches));
        }
        List<PeerFetch> fetched = new ArrayList<>();
        for (int i = 0; i < peers.size(); i++) {
            fetched.add(await(peers.get(i), calls.get(i), deadlines.get(i)));
        }
        PeerFetch best = longest(fetched, ourLength);
        ChainReplacement replacement = null;
        String adoptionFailure = null;
        if (best != null) {
            try {
                replacement = state.adopt(
                                best.verdict().chain().orElseThrow(),
                                best.peer().toString())
                        .orElse(null);
            } catch (StoreException e) {
                adoptionFailure = e.getMessage();
                LOG.log(System.Logger.Level.ERROR, "could not store the chain of " + best.peer(), e);
            }
        }
        PeerFetch newDialect = null;
        if (best == null && ourLength == 1) {
            newDialect = firstForeign(fetched);
            if (newDialect != null) {
                replacement = adoptDialect(newDialect, validator.rules().id());
                if (replacement == null) {
                    newDialect = null;
                }
            }
        }
        if (replacement != null && newDialect == null) {
            LOG.log(
                    System.Logger.Level.INFO,
                    "adopted the chain of {0}: its {1} blocks replaced our {2}",
                    best.peer(),
                    best.verdict().length(),
                    ourLength);
        }
        List<PeerOutcome> outcomes = new ArrayList<>();
        Chain now = state.chain();
        for (PeerFetch fetch : fetched) {
            boolean chosen = fetch == best;
            outcomes.add(
                    fetch == newDialect
                            ? PeerOutcome.newDialect(fetch, validator.rules().id())
                            : PeerOutcome.of(
                                    fetch,
                                    chosen && replacement != null,
                                    ours,
                                    replacement != null,
                                    chosen ? adoptionFailure : null,
                                    validator.rules().id()));
            network.recordFetch(fetch, now, state.validator().rules().id());
        }
        ResolveReport report = new ResolveReport(now, replacement, List.copyOf(outcomes));
        network.announce();
        network.retryUndelivered(state.pending());
        listeners.fire(l -> l.resolved(report));
        return report;
    }

    /**
     * The verdict of one fetch, waiting for it until its deadline (which a paged sync moves on) and
     * the slack have passed; after that it is reported as unanswered, and the round goes on.
     */
    private PeerFetch await(PeerAddress peer, CompletableFuture<PeerFetch> call, FetchDeadline deadline) {
        while (true) {
            long wait = deadline.at() + slack.toNanos() - System.nanoTime();
            try {
                return call.get(Math.max(0, wait), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                if (deadline.at() + slack.toNanos() <= System.nanoTime()) {
                    return PeerFetch.failed(peer, client.noAnswer(), fetchBound);
                }
            } catch (ExecutionException e) {
                LOG.log(System.Logger.Level.ERROR, "fetching from " + peer + " failed", e.getCause());
                return PeerFetch.failed(peer, client.describe(e.getCause()), fetchBound);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return PeerFetch.failed(peer, "interrupted", fetchBound);
            }
        }
    }

    /** The first peer, in the order they were added, whose chain is valid in another dialect and longer than a genesis block. */
    private static PeerFetch firstForeign(List<PeerFetch> fetched) {
        for (PeerFetch fetch : fetched) {
            if (fetch.foreign() != null && fetch.foreign().chain().length() > 1) {
                return fetch;
            }
        }
        return null;
    }

    /** Takes the dialect and chain of {@code fetch}'s peer, while ours is still only its genesis block; null when it is no longer. */
    private ChainReplacement adoptDialect(PeerFetch fetch, String ours) {
        try {
            ChainReplacement replacement = state.adoptDialect(
                            fetch.foreign().rules(), fetch.foreign().chain())
                    .orElse(null);
            if (replacement != null) {
                LOG.log(
                        System.Logger.Level.INFO,
                        "this node now speaks {0}, as its first peer {1} does: its {2} blocks replaced our"
                                + " {3} genesis block",
                        fetch.foreign().rules().id(),
                        fetch.peer(),
                        fetch.foreign().chain().length(),
                        ours);
            }
            return replacement;
        } catch (StoreException e) {
            LOG.log(System.Logger.Level.ERROR, "could not store the chain of " + fetch.peer(), e);
            return null;
        }
    }

    /** The longest valid chain strictly longer than ours, or null. */
    private static PeerFetch longest(List<PeerFetch> fetched, int ourLength) {
        PeerFetch best = null;
        for (PeerFetch fetch : fetched) {
            if (fetch.answered()
                    && fetch.verdict().isValid()
                    && fetch.verdict().length() > ourLength
                    && (best == null
                            || fetch.verdict().length() > best.verdict().length())) {
                best = fetch;
            }
        }
        return best;
    }

    @Override
    public void close() {
        rounds.shutdownNow();
        fetches.shutdownNow();
    }
}
