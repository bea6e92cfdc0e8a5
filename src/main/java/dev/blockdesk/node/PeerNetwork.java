package dev.blockdesk.node;

import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.ChainText;
import dev.blockdesk.chain.Transaction;
import dev.blockdesk.store.Store;
import dev.blockdesk.store.StoreException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Our peers: who they are and how each came to be ours (stored before it changes), what we last
 * heard from each, and the calls that need no answer beyond "received": forwarding a transaction,
 * asking a peer to resolve after we mine, asking a peer our user adds to add us too
 * ({@link MutualPeering}). Those calls run on the peer client's own threads and never block the caller.
 */
final class PeerNetwork {

    private static final System.Logger LOG = System.getLogger(PeerNetwork.class.getName());

    /** How many transactions a peer that takes none may owe us before newer ones are not retried. */
    private static final int UNDELIVERED_PER_PEER = 10_000;

    private final PeerRegistry registry = new PeerRegistry();
    /** Per peer, the transactions it did not take: sent again at the next sync while pending. Guarded by itself. */
    private final Map<PeerAddress, Set<Transaction>> undelivered = new HashMap<>();

    private final PeerClient client;
    private final PeerPrompter prompter;
    private final Store store;
    private final Listeners listeners;
    private final MutualPeering mutual;
    private final int maxPeers;

    PeerNetwork(PeerClient client, Store store, Listeners listeners, NodeConfig config) {
        this.client = client;
        this.maxPeers = config.limits().maxPeers();
        this.store = store;
        this.listeners = listeners;
        this.prompter = new PeerPrompter(client, this::recordContact);
        this.mutual = new MutualPeering(
                client, config, this::recordContact, answer -> listeners.fire(l -> l.registrationAnswered(answer)));
    }

    /**
     * Takes the peers the store remembers, {@code addedUs} being those that added us; one it cannot
     * read any more is skipped with a warning.
     */
    void restore(List<String> stored, Set<String> addedUs) {
        for (String peer : stored) {
            try {
                registry.add(
                        registry.unknown(List.of(peer)),
                        addedUs.contains(peer) ? PeerOrigin.ADDED_US : PeerOrigin.ADDED_BY_US);
            } catch (InvalidPeerAddressException e) {
                LOG.log(System.Logger.Level.WARNING, "ignoring a stored peer: " + e.getMessage());
            }
        }
    }

    /**
     * Where we ourselves listen: those addresses, and the URL {@code --advertise} gave, are never
     * peers; {@code advertised} picks the URL peers are asked to add.
     */
    void listeningOn(String host, int port, AdvertisedUrl advertised) {
        Set<PeerAddress> self = new HashSet<>();
        self.add(PeerAddress.of("127.0.0.1", port));
        if (!host.isBlank() && !host.equals("0.0.0.0") && !host.equals("::")) {
            self.add(PeerAddress.of(host.contains(":") ? "[" + host + "]" : host, port));
        }
        advertised.override().ifPresent(url -> self.add(PeerAddress.of(url.getHost(), url.getPort())));
        registry.setSelf(self);
        mutual.advertise(advertised);
    }

    /**
     * Adds peers, all or nothing: a bad address is refused with the reason, and the new list is
     * stored before it is used. Peers our user adds ({@link PeerOrigin#ADDED_BY_US}) that are new
     * are then asked to add us too, when mutual peering is on; a peer that added us and is now added
     * by our user becomes one we added. Peers that added us are never asked back.
     *
     * @return the addresses that were new
     * @throws StoreException        when the new list could not be stored: nothing changed
     * @throws TooManyPeersException when it would make more peers than the node's limit: nothing changed
     */
    synchronized List<PeerAddress> register(Collection<String> addresses, PeerOrigin origin)
            throws InvalidPeerAddressException {
        if (addresses.size() > maxPeers) {
            throw TooManyPeersException.inOneRegistration(maxPeers, addresses.size());
        }
        List<PeerAddress> given = registry.parse(addresses);
        Map<PeerAddress, PeerOrigin> all = registry.origins();
        List<PeerAddress> fresh =
                given.stream().filter(address -> !all.containsKey(address)).toList();
        List<PeerAddress> claimed = origin != PeerOrigin.ADDED_BY_US
                ? List.of()
                : given.stream()
                        .filter(address -> all.get(address) == PeerOrigin.ADDED_US)
                        .toList();
        if (fresh.isEmpty() && claimed.isEmpty()) {
            return fresh;
        }
        if (all.size() + fresh.size() > maxPeers) {
            throw new TooManyPeersException(maxPeers, all.size(), fresh.size());
        }
        fresh.forEach(address -> all.put(address, origin));
        claimed.forEach(address -> all.put(address, PeerOrigin.ADDED_BY_US));
        save(all);
        registry.add(fresh, origin);
        claimed.forEach(address -> registry.update(address, status -> status.withOrigin(PeerOrigin.ADDED_BY_US)));
        announce();
        if (origin == PeerOrigin.ADDED_BY_US) {
            mutual.ask(fresh);
        }
        return fresh;
    }

    /** Whether peers our user adds are asked to add us too. */
    void setMutualPeering(boolean on) {
        mutual.setOn(on);
    }

    boolean mutualPeering() {
        return mutual.isOn();
    }

    /**
     * Removes a peer, storing the shorter list first.
     *
     * @return false when it was not a peer
     * @throws StoreException when the new list could not be stored: nothing changed
     */
    synchronized boolean remove(String address) throws InvalidPeerAddressException {
        PeerAddress peer = PeerAddress.parse(address);
        Map<PeerAddress, PeerOrigin> all = registry.origins();
        if (all.remove(peer) == null) {
            return false;
        }
        save(all);
        registry.remove(peer);
        client.routes().forget(peer);
        announce();
        return true;
    }

    List<PeerAddress> addresses() {
        return registry.addresses();
    }

    List<PeerStatus> statuses() {
        return registry.statuses();
    }

    /** Hands a transaction to every peer; a peer that does not take it gets it again at the next sync. */
    void forward(Transaction transaction) {
        for (PeerAddress peer : registry.addresses()) {
            send(peer, transaction);
        }
    }

    /**
     * Sends the transactions {@code reorg} put back in Pending to every peer again: the winning side
     * mined on without them, so they would otherwise wait on our side only.
     */
    void sendAgain(Reorg reorg) {
        reorg.returned().forEach(returned -> forward(returned.transaction()));
    }

    /**
     * Sends each peer, again, the transactions it did not take, while they are still pending
     * ({@code pending}); those no longer pending (in a block now) are forgotten.
     */
    void retryUndelivered(List<Transaction> pending) {
        Set<Transaction> waiting = new HashSet<>(pending);
        List<Map.Entry<PeerAddress, Transaction>> again = new ArrayList<>();
        synchronized (undelivered) {
            undelivered.keySet().retainAll(registry.addresses());
            undelivered.forEach((peer, transactions) -> {
                transactions.retainAll(waiting);
                transactions.forEach(tx -> again.add(Map.entry(peer, tx)));
            });
        }
        again.forEach(entry -> send(entry.getKey(), entry.getValue()));
    }

    private void send(PeerAddress peer, Transaction transaction) {
        client.forward(peer, transaction).thenAccept(contact -> {
            boolean taken = !contact.asked() || contact.answered() && contact.error() == null;
            synchronized (undelivered) {
                if (taken) {
                    Set<Transaction> left = undelivered.get(peer);
                    if (left != null) {
                        left.remove(transaction);
                    }
                } else {
                    Set<Transaction> left = undelivered.computeIfAbsent(peer, p -> new LinkedHashSet<>());
                    if (left.size() < UNDELIVERED_PER_PEER) {
                        left.add(transaction);
                    }
                }
            }
            recordContact(contact);
        });
    }

    /** How many transactions wait to be sent again, over all peers: for tests that must know an answer was handled. */
    int undeliveredCount() {
        synchronized (undelivered) {
            return undelivered.values().stream().mapToInt(Set::size).sum();
        }
    }

    /** Asks every peer to resolve, as after we mine a block. */
    void promptAll() {
        registry.addresses().forEach(prompter::prompt);
    }

    /**
     * Remembers what a fetch of a peer's chain found, {@code ours} being our chain after the round
     * (the peer's relation to it is worked out from there) and {@code ourDialect} the dialect we
     * checked its chain in.
     */
    void recordFetch(PeerFetch fetch, Chain ours, String ourDialect) {
        Instant now = Instant.now();
        registry.update(fetch.peer(), status -> {
            if (!fetch.answered()) {
                return status.failed(fetch.latency(), fetch.error());
            }
            Chain theirs = fetch.verdict().chain().orElse(null);
            if (theirs != null) {
                return status.fetched(theirs, ours, ourDialect, fetch.latency(), now);
            }
            if (fetch.foreign() != null) {
                Chain foreign = fetch.foreign().chain();
                String spoken = fetch.foreign().rules().id();
                if (spoken.equals(ourDialect)) { // the round took this very peer's dialect: it speaks ours now
                    return status.fetched(foreign, ours, ourDialect, fetch.latency(), now);
                }
                return status.fetchedForeign(
                        foreign.length(),
                        foreign.tip().hash(),
                        fetch.latency(),
                        now,
                        PeerOutcome.speaks(spoken, ourDialect),
                        null,
                        spoken);
            }
            return status.fetchedForeign(
                    -1,
                    null,
                    fetch.latency(),
                    now,
                    "invalid chain: " + fetch.verdict().describe(),
                    ChainText.of("node.peer.invalidChain", fetch.verdict().describeText()),
                    null);
        });
    }

    /** Tells listeners the peers or what we know of them changed. */
    void announce() {
        List<PeerStatus> statuses = registry.statuses();
        listeners.fire(l -> l.peersChanged(statuses));
    }

    private void recordContact(PeerClient.PeerContact contact) {
        if (!contact.asked()) {
            return;
        }
        Instant now = Instant.now();
        registry.update(
                contact.peer(),
                status -> contact.answered() && contact.error() == null
                        ? status.answered(contact.latency(), now)
                        : status.failed(contact.latency(), contact.error()));
        announce();
    }

    /** Stores the peers, in order, with those that added us, in one transaction. */
    private void save(Map<PeerAddress, PeerOrigin> peers) {
        store.savePeers(
                peers.keySet().stream().map(PeerAddress::toString).toList(),
                peers.entrySet().stream()
                        .filter(peer -> peer.getValue() == PeerOrigin.ADDED_US)
                        .map(peer -> peer.getKey().toString())
                        .collect(Collectors.toUnmodifiableSet()));
    }

    /** Stops what mutual peering may still be looking up. */
    void close() {
        mutual.close();
    }
}
