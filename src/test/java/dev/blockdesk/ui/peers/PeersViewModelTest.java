package dev.blockdesk.ui.peers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.chain.DvfEarlyRules;
import dev.blockdesk.node.PeerAddress;
import dev.blockdesk.node.PeerOrigin;
import dev.blockdesk.node.PeerRegistration;
import dev.blockdesk.node.PeerStatus;
import dev.blockdesk.store.StoreException;
import dev.blockdesk.ui.Background;
import dev.blockdesk.ui.FakeNode;
import java.net.URI;
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
        model = new PeersViewModel(
                new SimpleBooleanProperty(true),
                new Background(Runnable::run, Runnable::run, notices::add),
                Clock.fixed(Instant.parse("2026-11-22T10:15:30Z"), ZoneOffset.UTC),
                saved::put);
        model.attach(node);
        node.calls.clear(); // attaching hands the auto-sync setting to the node
    }

    @Test
    void anAddedPeerIsLoggedAndSyncedWithAtOnce() {
        model.addressProperty().set("localhost:5001");
        model.add();

        assertEquals("", model.addressProperty().get(), "the field is cleared for the next peer");
        assertEquals(List.of("addPeer 127.0.0.1:5001", "sync"), node.calls);
        assertTrue(
                model.log().get(0).endsWith("  added localhost:5001"),
                model.log().toString());
        model.update(node.peers(), node.chain());
        assertEquals("127.0.0.1:5001", model.rows().get(0).getAddress());
    }

    @Test
    void aPeerTheNodeCannotStoreIsNotAddedAndTheUserIsTold() {
        node.failWith = new StoreException("could not save the peers: the disk is full");
        model.addressProperty().set("127.0.0.1:5001");
        model.add();

        assertEquals(
                "Could not save the peer, so it was not added: could not save the peers: the disk is full",
                model.addressErrorProperty().get());
        assertEquals("127.0.0.1:5001", model.addressProperty().get(), "what was typed stays, to try again");
        assertTrue(model.log().isEmpty());
        assertTrue(node.peers.isEmpty());
    }

    @Test
    void aPeerPastTheLimitIsRefusedWithTheLimitSaid() {
        node.maxPeers = 1;
        model.addressProperty().set("127.0.0.1:5001");
        model.add();
        model.addressProperty().set("127.0.0.1:5002");
        model.add();

        assertEquals(
                "too many peers: adding 1 new address to our 1 would pass the limit of 1 peers; nothing was added",
                model.addressErrorProperty().get());
        assertEquals("127.0.0.1:5002", model.addressProperty().get(), "what was typed stays");
        assertEquals(1, node.peers.size());
    }

    @Test
    void aPeerTheNodeCannotForgetIsLoggedAsStillThere() throws Exception {
        node.addPeer("127.0.0.1:5001");
        model.update(node.peers(), node.chain());
        node.failWith = new StoreException("could not save the peers: the disk is full");
        model.remove(model.rows().get(0));

        assertTrue(
                model.log()
                        .get(0)
                        .endsWith("could not remove 127.0.0.1:5001: could not save the peers: the disk is full"),
                model.log().toString());
        assertEquals(1, node.peers.size());
    }

    @Test
    void eachPeerShowsItsDialectAndAPeerOfAnotherShowsWhyItsChainIsRejected() throws Exception {
        Instant now = Instant.parse("2026-11-22T10:15:00Z");
        node.peers.add(new PeerStatus(
                PeerAddress.parse("127.0.0.1:5001"),
                true,
                9,
                "ab".repeat(32),
                Duration.ofMillis(12),
                now,
                "speaks dvf-early; this node speaks dvf",
                "dvf-early",
                null,
                null,
                PeerOrigin.ADDED_BY_US));
        node.peers.add(new PeerStatus(
                PeerAddress.parse("127.0.0.1:5002"),
                true,
                3,
                "cd".repeat(32),
                Duration.ofMillis(8),
                now,
                null,
                "dvf",
                null,
                null,
                PeerOrigin.ADDED_BY_US));
        node.peers.add(new PeerStatus(
                PeerAddress.parse("127.0.0.1:5003"),
                false,
                -1,
                null,
                null,
                null,
                "connection refused",
                null,
                null,
                null,
                PeerOrigin.ADDED_BY_US));
        model.update(node.peers(), node.chain());

        PeerRow other = model.rows().get(0);
        assertEquals("dvf-early", other.getDialect());
        assertTrue(other.isOtherDialect());
        assertEquals("online", other.getStatus(), "it answered; its chain is what we refuse");
        assertEquals("speaks dvf-early; this node speaks dvf", other.getLastError());
        PeerRow same = model.rows().get(1);
        assertEquals("dvf", same.getDialect());
        assertFalse(same.isOtherDialect());
        assertEquals("", same.getLastError());
        PeerRow unknown = model.rows().get(2);
        assertEquals("—", unknown.getDialect(), "never fetched: its dialect is not known");
        assertFalse(unknown.isOtherDialect());
    }

    @Test
    void aPeerIsOfAnotherDialectAgainstTheNodesOwn() throws Exception {
        FakeNode early = new FakeNode(new DvfEarlyRules(0));
        model = new PeersViewModel(
                new SimpleBooleanProperty(true),
                new Background(Runnable::run, Runnable::run, notices::add),
                Clock.systemUTC(),
                saved::put);
        model.attach(early);
        early.peers.add(new PeerStatus(
                PeerAddress.parse("127.0.0.1:5001"),
                true,
                2,
                "ab".repeat(32),
                Duration.ofMillis(5),
                Instant.parse("2026-11-22T10:15:00Z"),
                "speaks dvf; this node speaks dvf-early",
                "dvf",
                null,
                null,
                PeerOrigin.ADDED_BY_US));
        early.peers.add(new PeerStatus(
                PeerAddress.parse("127.0.0.1:5002"),
                true,
                2,
                "cd".repeat(32),
                Duration.ofMillis(5),
                Instant.parse("2026-11-22T10:15:00Z"),
                null,
                "dvf-early",
                null,
                null,
                PeerOrigin.ADDED_BY_US));
        model.update(early.peers(), early.chain());

        assertTrue(model.rows().get(0).isOtherDialect());
        assertFalse(model.rows().get(1).isOtherDialect());
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

    @Test
    void eachPeerSaysWhetherWeAddedItOrItAddedUs() throws Exception {
        node.peers.add(new PeerStatus(
                PeerAddress.parse("127.0.0.1:5001"),
                false,
                -1,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                PeerOrigin.ADDED_BY_US));
        node.peers.add(new PeerStatus(
                PeerAddress.parse("127.0.0.1:5002"),
                false,
                -1,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                PeerOrigin.ADDED_US));
        model.update(node.peers(), node.chain());

        assertEquals(
                List.of("added by us", "added us"),
                model.rows().stream().map(PeerRow::getOrigin).toList());
    }

    @Test
    void whetherAPeerAddedUsBackIsLoggedNewestFirst() throws Exception {
        URI us = URI.create("http://127.0.0.1:5999");
        model.logRegistration(
                new PeerRegistration(PeerAddress.parse("127.0.0.1:5001"), us, true, "POST /nodes/register", null));
        model.logRegistration(new PeerRegistration(
                PeerAddress.parse("127.0.0.1:5002"),
                us,
                false,
                "POST /nodes/register",
                "unreachable: connection refused"));

        assertEquals(2, model.log().size());
        assertTrue(
                model.log()
                        .get(0)
                        .matches(
                                "\\d\\d?:\\d\\d:\\d\\d [AP]M  127\\.0\\.0\\.1:5002 did not add us: unreachable: connection refused"),
                model.log().toString());
        assertTrue(
                model.log()
                        .get(1)
                        .matches(
                                "\\d\\d?:\\d\\d:\\d\\d [AP]M  127\\.0\\.0\\.1:5001 added us back \\(POST /nodes/register\\)"),
                model.log().toString());
    }

    @Test
    void askingNewPeersToAddUsReachesTheNodeAndIsRemembered() {
        assertTrue(node.mutualPeering, "on by default");
        assertEquals("true", saved.get("mutual_peering"), "attaching hands the setting to the node");

        model.mutualPeeringProperty().set(false);
        assertEquals(List.of("setMutualPeering false"), node.calls);
        assertFalse(node.mutualPeering);
        assertEquals("false", saved.get("mutual_peering"));

        model.mutualPeeringProperty().set(true);
        assertTrue(node.mutualPeering);
        assertEquals("true", saved.get("mutual_peering"));
    }
}
