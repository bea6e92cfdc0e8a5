package dev.blockdesk.node;

import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.Transaction;
import dev.blockdesk.store.Store;
import dev.blockdesk.store.StoreException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Our peers: who they are (stored before it changes), what we last heard from each, and the calls
 * that need no answer beyond "received": forwarding a transaction, asking a peer to resolve after
 * we mine. Those calls run on the peer client's own threads and never block the caller.
 */
final class PeerNetwork {

    private static final System.Logger LOG = System.getLogger(PeerNetwork.class.getName());

    private final PeerRegistry registry = new PeerRegistry();
    private final PeerClient client;
    private final PeerPrompter prompter;
    private final Store store;
    private final Listeners listeners;

    PeerNetwork(PeerClient client, Store store, Listeners listeners) {
        this.client = client;
        this.store = store;
        this.listeners = listeners;
        this.prompter = new PeerPrompter(client, this::recordContact);
    }

    /** Takes the peers the store remembers; one it cannot read any more is skipped with a warning. */
    void restore(List<String> stored) {
        for (String peer : stored) {
            try {
                registry.add(registry.unknown(List.of(peer)));
            } catch (InvalidPeerAddressException e) {
                LOG.log(System.Logger.Level.WARNING, "ignoring a stored peer: " + e.getMessage());
            }
        }
    }

    /** Where we ourselves listen: those addresses are never peers. */
    void listeningOn(String host, int port) {
        Set<PeerAddress> self = new HashSet<>();
        self.add(PeerAddress.of("127.0.0.1", port));
        if (!host.isBlank() && !host.equals("0.0.0.0") && !host.equals("::")) {
            self.add(PeerAddress.of(host.contains(":") ? "[" + host + "]" : host, port));
        }
        registry.setSelf(self);
    }

    /**
     * Adds peers, all or nothing: a bad address is refused with the reason, and the new list is
     * stored before it is used.
     *
     * @return the addresses that were new
     * @throws StoreException when the new list could not be stored: nothing changed
     */
    synchronized List<PeerAddress> register(Collection<String> addresses) throws InvalidPeerAddressException {
        List<PeerAddress> fresh = registry.unknown(addresses);
        if (!fresh.isEmpty()) {
            List<PeerAddress> all = new ArrayList<>(registry.addresses());
            all.addAll(fresh);
            save(all);
            registry.add(fresh);
            announce();
        }
        return fresh;
    }

    /**
     * Removes a peer, storing the shorter list first.
     *
     * @return false when it was not a peer
     * @throws StoreException when the new list could not be stored: nothing changed
     */
    synchronized boolean remove(String address) throws InvalidPeerAddressException {
        PeerAddress peer = PeerAddress.parse(address);
        List<PeerAddress> all = new ArrayList<>(registry.addresses());
        if (!all.remove(peer)) {
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

    /** Hands a new transaction to every peer. */
    void forward(Transaction transaction) {
        for (PeerAddress peer : registry.addresses()) {
            client.forward(peer, transaction).thenAccept(this::recordContact);
        }
    }

    /** Asks every peer to resolve, as after we mine a block. */
    void promptAll() {
        registry.addresses().forEach(prompter::prompt);
    }

    /** Remembers what a fetch of a peer's chain found, {@code ourDialect} being the dialect we checked it in. */
    void recordFetch(PeerFetch fetch, String ourDialect) {
        Instant now = Instant.now();
        registry.update(fetch.peer(), status -> {
            if (!fetch.answered()) {
                return status.failed(fetch.latency(), fetch.error());
            }
            Chain theirs = fetch.verdict().chain().orElse(null);
            if (theirs != null) {
                return status.fetched(theirs.length(), theirs.tip().hash(), fetch.latency(), now, null, ourDialect);
            }
            if (fetch.foreign() != null) {
                Chain foreign = fetch.foreign().chain();
                String spoken = fetch.foreign().rules().id();
                // the round may have taken this very peer's dialect: then it speaks ours
                String problem = spoken.equals(ourDialect) ? null : PeerOutcome.speaks(spoken, ourDialect);
                return status.fetched(foreign.length(), foreign.tip().hash(), fetch.latency(), now, problem, spoken);
            }
            return status.fetched(-1, null, fetch.latency(), now, "invalid chain: " + fetch.verdict().describe(), null);
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
        registry.update(contact.peer(), status -> contact.answered() && contact.error() == null
                ? status.answered(contact.latency(), now)
                : status.failed(contact.latency(), contact.error()));
        announce();
    }

    private void save(List<PeerAddress> peers) {
        store.savePeers(peers.stream().map(PeerAddress::toString).toList());
    }
}
