package dev.blockdesk.ui.peers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.store.StoreException;
import dev.blockdesk.ui.Background;
import dev.blockdesk.ui.FakeNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Peers tab's view model on its own, against a fake node; all work runs on the test's thread. */
class PeersViewModelTest {

    private final FakeNode node = new FakeNode();
    private final List<String> notices = new ArrayList<>();
    private final Map<String, String> saved = new HashMap<>();
    private PeersViewModel model;

    @BeforeEach
    void attach() {
        model = new PeersViewModel(new SimpleBooleanProperty(true), new Background(Runnable::run, Runnable::run, notices::add),
                Clock.fixed(Instant.parse("2026-11-22T10:15:30Z"), ZoneOffset.UTC), saved::put);
        model.attach(node);
        node.calls.clear(); // attaching hands the auto-sync setting to the node
    }

    @Test
    void anAddedPeerIsLoggedAndSyncedWithAtOnce() {
        model.addressProperty().set("localhost:5001");
        model.add();

        assertEquals("", model.addressProperty().get(), "the field is cleared for the next peer");
        assertEquals(List.of("addPeer 127.0.0.1:5001", "sync"), node.calls);
        assertTrue(model.log().get(0).endsWith("  added localhost:5001"), model.log().toString());
        model.update(node.peers());
        assertEquals("127.0.0.1:5001", model.rows().get(0).getAddress());
    }

    @Test
    void aPeerTheNodeCannotStoreIsNotAddedAndTheUserIsTold() {
        node.failWith = new StoreException("could not save the peers: the disk is full");
        model.addressProperty().set("127.0.0.1:5001");
        model.add();

        assertEquals("Could not save the peer, so it was not added: could not save the peers: the disk is full",
                model.addressErrorProperty().get());
        assertEquals("127.0.0.1:5001", model.addressProperty().get(), "what was typed stays, to try again");
        assertTrue(model.log().isEmpty());
        assertTrue(node.peers.isEmpty());
    }

    @Test
    void aPeerTheNodeCannotForgetIsLoggedAsStillThere() throws Exception {
        node.addPeer("127.0.0.1:5001");
        model.update(node.peers());
        node.failWith = new StoreException("could not save the peers: the disk is full");
        model.remove(model.rows().get(0));

        assertTrue(model.log().get(0).endsWith("could not remove 127.0.0.1:5001: could not save the peers: the disk is full"),
                model.log().toString());
        assertEquals(1, node.peers.size());
    }

    @Test
    void autoSyncAndItsIntervalReachTheNodeAndAreRemembered() {
        model.intervalProperty().set(5);
        model.autoSyncProperty().set(true);
        assertEquals(Duration.ofSeconds(5), node.autoSync);
        assertEquals("true", saved.get("auto_sync"));
        assertEquals("5", saved.get("auto_sync_interval"));

        model.autoSyncProperty().set(false);
        assertEquals(null, node.autoSync);
        assertEquals("false", saved.get("auto_sync"));
    }
}
