package dev.blockdesk.node;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Asks peers to resolve after we mine, at most one request per peer in flight: blocks mined while
 * a request is out are announced by one more request when it returns, so auto-mine cannot flood a
 * peer.
 */
final class PeerPrompter {

    private enum State {
        IN_FLIGHT,
        AGAIN
    }

    private final PeerClient client;
    private final Consumer<PeerClient.PeerContact> onContact;
    private final Map<PeerAddress, State> states = new ConcurrentHashMap<>();

    PeerPrompter(PeerClient client, Consumer<PeerClient.PeerContact> onContact) {
        this.client = client;
        this.onContact = onContact;
    }

    void prompt(PeerAddress peer) {
        boolean[] idle = new boolean[1];
        states.compute(peer, (address, state) -> {
            idle[0] = state == null;
            return state == null ? State.IN_FLIGHT : State.AGAIN;
        });
        if (idle[0]) {
            send(peer);
        }
    }

    private void send(PeerAddress peer) {
        client.promptResolve(peer).thenAccept(contact -> {
            onContact.accept(contact);
            if (states.compute(peer, (address, state) -> state == State.AGAIN ? State.IN_FLIGHT : null) != null) {
                send(peer);
            }
        });
    }
}
