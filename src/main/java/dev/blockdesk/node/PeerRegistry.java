package dev.blockdesk.node;

import dev.blockdesk.chain.ChainText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Our peers, in the order they were added, with what we know of each. Thread-safe. */
final class PeerRegistry {

    private final Map<PeerAddress, PeerStatus> peers = new LinkedHashMap<>();
    private volatile Set<PeerAddress> self = Set.of();

    /** The addresses at which we ourselves listen; they are never peers. */
    void setSelf(Set<PeerAddress> addresses) {
        self = Set.copyOf(addresses);
    }

    /**
     * Parses every address, refusing all of them if one is not an address we can use.
     *
     * @return the addresses that are not peers yet, in the order given, each once
     */
    synchronized List<PeerAddress> unknown(Collection<String> texts) throws InvalidPeerAddressException {
        return parse(texts).stream()
                .filter(address -> !peers.containsKey(address))
                .toList();
    }

    /**
     * Parses every address, refusing all of them if one is not an address we can use.
     *
     * @return the addresses, in the order given, each once
     */
    synchronized List<PeerAddress> parse(Collection<String> texts) throws InvalidPeerAddressException {
        List<PeerAddress> parsed = new ArrayList<>();
        for (String text : texts) {
            PeerAddress address;
            try {
                address = PeerAddress.parse(text);
            } catch (InvalidPeerAddressException e) {
                throw new InvalidPeerAddressException(ChainText.of("node.address.in", quote(text), e.text()));
            }
            if (self.contains(address)) {
                throw new InvalidPeerAddressException(ChainText.of("node.address.self", quote(text)));
            }
            if (!parsed.contains(address)) {
                parsed.add(address);
            }
        }
        return parsed;
    }

    synchronized void add(List<PeerAddress> addresses, PeerOrigin origin) {
        addresses.forEach(address -> peers.putIfAbsent(address, PeerStatus.unknown(address, origin)));
    }

    /** Each peer's origin, in the order they were added. */
    synchronized Map<PeerAddress, PeerOrigin> origins() {
        Map<PeerAddress, PeerOrigin> origins = new LinkedHashMap<>();
        peers.forEach((address, status) -> origins.put(address, status.origin()));
        return origins;
    }

    synchronized boolean remove(PeerAddress address) {
        return peers.remove(address) != null;
    }

    synchronized List<PeerAddress> addresses() {
        return List.copyOf(peers.keySet());
    }

    synchronized List<PeerStatus> statuses() {
        return List.copyOf(peers.values());
    }

    /** Updates a peer's status, unless it was removed meanwhile. */
    synchronized void update(PeerAddress address, UnaryOperator<PeerStatus> change) {
        peers.computeIfPresent(address, (a, status) -> change.apply(status));
    }

    private static String quote(String text) {
        String shown = text == null ? "" : text.strip();
        return "\"" + (shown.length() > 60 ? shown.substring(0, 60) + "..." : shown) + "\"";
    }
}
