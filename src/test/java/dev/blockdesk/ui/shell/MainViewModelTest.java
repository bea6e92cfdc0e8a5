package dev.blockdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.ChainRules;
import dev.blockdesk.chain.Dialects;
import dev.blockdesk.chain.DvfEarlyRules;
import dev.blockdesk.node.PeerAddress;
import dev.blockdesk.node.PeerOrigin;
import dev.blockdesk.node.PeerRegistration;
import dev.blockdesk.node.PeerStatus;
import dev.blockdesk.store.StoreException;
import dev.blockdesk.ui.FakeNode;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The window's own view model (toolbar, status bar, notices) against a fake node, without a toolkit. */
class MainViewModelTest {

    private final FakeNode node = new FakeNode();
    private final Map<String, String> saved = new HashMap<>();
    private MainViewModel model;

    @BeforeEach
    void attach() {
        model = new MainViewModel("a".repeat(32), Runnable::run, Runnable::run, Clock.systemUTC(), saved::put);
        model.attach(node);
    }

    @Test
    void mineForgesTheNextBlockAndTheToolbarSaysSo() {
        model.mineOrCancel();
        model.tick();
        assertEquals("2 blocks", model.statusBar().chainLengthProperty().get());
        assertEquals("Block 2 mined. Idle.", model.miningStatusProperty().get());
        assertEquals("", model.noticeProperty().get());
    }

    @Test
    void aBlockThatCouldNotBeStoredIsShownAsANoticeAndAutoMineTurnsOff() {
        model.autoMineProperty().set(true);
        node.fire(l -> l.miningFailed(new StoreException("could not store block 2: the disk is full")));
        model.tick();

        assertEquals(
                "A block was found but could not be stored, so it is not on the chain and auto-mine is off: "
                        + "could not store block 2: the disk is full",
                model.noticeProperty().get());
        assertFalse(model.autoMineProperty().get(), "the toggle shows what the node does");
        assertEquals("false", saved.get("auto_mine"));

        model.dismissNotice();
        assertEquals("", model.noticeProperty().get());
    }

    @Test
    void aPeersAnswerToOurRequestToAddUsReachesTheSyncLogAtTheNextTick() throws Exception {
        node.fire(l -> l.registrationAnswered(new PeerRegistration(
                PeerAddress.of("127.0.0.1", 5001),
                URI.create("http://127.0.0.1:5999"),
                true,
                "POST /nodes/register",
                null)));
        assertTrue(model.peers().log().isEmpty(), "events are applied at the tick, on the FX thread");

        model.tick();
        assertEquals(1, model.peers().log().size());
        assertTrue(
                model.peers().log().get(0).endsWith("  127.0.0.1:5001 added us back (POST /nodes/register)"),
                model.peers().log().toString());
    }

    @Test
    void theStatusBarShowsTheDialectTheNodeSpeaks() {
        assertEquals("dvf", model.dialect().idProperty().get());
        assertEquals(node.rules().tutorial(), model.dialect().tutorialProperty().get());

        MainViewModel early =
                new MainViewModel("b".repeat(32), Runnable::run, Runnable::run, Clock.systemUTC(), (k, v) -> {});
        assertEquals("", early.dialect().idProperty().get(), "not known before the data directory is read");
        ChainRules rules = Dialects.rules("dvf-early", 4);
        early.dialect().speaks(rules);
        assertEquals("dvf-early", early.dialect().idProperty().get(), "known while the stored chain is checked");
        assertEquals(
                "the first edition of the dvf tutorial (seeds 002 and 004)",
                early.dialect().tutorialProperty().get());
        early.attach(new FakeNode(new DvfEarlyRules(0)));
        assertEquals("dvf-early", early.dialect().idProperty().get());
    }

    @Test
    void aGenesisOnlyNodeThatTookItsPeersDialectShowsItAtTheNextTick() {
        ChainRules pyscoop = Dialects.rules("pyscoop", 0);
        node.rules = pyscoop;
        node.chain = Chain.startingAt(pyscoop, 1.5);

        model.tick();

        assertEquals("pyscoop", model.dialect().idProperty().get());
        assertEquals(pyscoop.tutorial(), model.dialect().tutorialProperty().get());
        assertTrue(model.dialect()
                .about(java.nio.file.Path.of("/data"), java.nio.file.Path.of("/log"))
                .contains("This node speaks pyscoop"));
    }

    @Test
    void aboutNamesTheNodesDialectAndEveryDialectBlockdeskSpeaks() {
        MainViewModel early =
                new MainViewModel("b".repeat(32), Runnable::run, Runnable::run, Clock.systemUTC(), (k, v) -> {});
        early.attach(new FakeNode(Dialects.rules("chain-study", 4)));
        String about = early.dialect().about(Path.of("/data"), Path.of("/data/blockdesk.log.0"));

        assertTrue(
                about.contains(
                        "\nThis node speaks chain-study: block_chain_study, a Flask node with a web page and chains.json (seed 000).\n"
                                + "Its proof rule: every proof has 4 leading zeros (a hash of last_proof × proof, not of a block).\n"),
                about);
        assertTrue(about.contains("Blockdesk speaks 4 dialects:\n"), about);
        for (ChainRules rules : Dialects.all(4)) {
            assertTrue(
                    about.contains("  • " + rules.id() + ": " + rules.tutorial()
                            + (rules.id().equals("chain-study") ? " (this node)\n" : "\n")),
                    rules.id() + " in " + about);
        }
        assertTrue(
                about.endsWith("\nNode " + "b".repeat(32) + "\nData " + Path.of("/data") + "\nLog "
                        + Path.of("/data/blockdesk.log.0")),
                about);
    }

    @Test
    void aboutSaysTheVersionAndTheJavaAndJavaFxItRunsOnBeforeTheDialects() {
        AboutFacts facts = new AboutFacts("1.2.3", "17.0.13", "Eclipse Adoptium", "21.0.12");
        String about = model.dialect().about(facts, Path.of("/data"), Path.of("/data/blockdesk.log.0"));

        assertTrue(about.contains("\n\nVersion 1.2.3\nJava 17.0.13 (Eclipse Adoptium)\nJavaFX 21.0.12\n\n"), about);
        assertTrue(about.indexOf("Version 1.2.3") < about.indexOf("Blockdesk speaks 4 dialects:"), about);
        assertTrue(about.endsWith("\nData " + Path.of("/data") + "\nLog " + Path.of("/data/blockdesk.log.0")), about);
    }

    @Test
    void aboutOfThisRuntimeSaysTheBuildsVersionAndThisJava() {
        String about = model.dialect().about(Path.of("/data"), Path.of("/log"));

        assertTrue(about.contains("\nVersion " + System.getProperty("blockdesk.pom.version") + "\n"), about);
        assertTrue(
                about.contains("\nJava " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor")
                        + ")\n"),
                about);
        assertTrue(about.contains("\nJavaFX "), about);
    }

    @Test
    void aPeerOfAnotherDialectIsNeverAheadOfUsNorInSyncWithUs() throws Exception {
        node.peers.add(new PeerStatus(
                PeerAddress.parse("127.0.0.1:5001"),
                true,
                9,
                "ab".repeat(32),
                Duration.ofMillis(12),
                Instant.parse("2026-11-22T10:15:00Z"),
                "speaks dvf-early; this node speaks dvf",
                "dvf-early",
                null,
                null,
                PeerOrigin.ADDED_BY_US));
        model.tick();
        assertEquals(
                "No peer speaks dvf",
                model.statusBar().syncStateProperty().get(),
                "not behind: its 9 blocks are not ours to take");
        assertFalse(model.statusBar().inSyncProperty().get());
        assertEquals("1/1 peers online", model.statusBar().peersOnlineProperty().get());

        node.peers.add(new PeerStatus(
                PeerAddress.parse("127.0.0.1:5002"),
                true,
                1,
                node.chain.tip().hash(),
                Duration.ofMillis(8),
                Instant.parse("2026-11-22T10:15:00Z"),
                null,
                "dvf",
                new PeerStatus.Shared(node.chain.tip().index(), node.chain.tip().hash()),
                null,
                PeerOrigin.ADDED_BY_US));
        model.tick();
        assertEquals(
                "In sync with 1 peer", model.statusBar().syncStateProperty().get());
        assertTrue(model.statusBar().inSyncProperty().get());
    }

    @Test
    void workThatFailsOffTheFxThreadIsShownNotSwallowed() {
        node.failWith = new StoreException("could not store block 2: the disk is full");
        model.mineOrCancel();
        assertEquals(
                "Mine: could not store block 2: the disk is full",
                model.noticeProperty().get());
        assertTrue(node.calls.contains("mine"));
    }

    @Test
    void aNodeReplacedByANewChainIsLetGoAndTheNewOneShownWithItsDialectWhileTheOldOnesEventsAreIgnored() {
        model.mineOrCancel();
        model.autoMineProperty().set(true);
        model.tick();
        assertEquals("2 blocks", model.statusBar().chainLengthProperty().get());

        model.detach("Starting a new dvf-early chain…");
        assertFalse(model.readyProperty().get(), "no action reaches a node while none is attached");
        assertFalse(model.autoMineProperty().get(), "mining stops with the old chain");
        assertEquals(
                "Starting a new dvf-early chain…", model.miningStatusProperty().get());
        node.fire(l -> l.miningFailed(new StoreException("a late failure of the old node")));

        FakeNode fresh = new FakeNode(new DvfEarlyRules(0));
        model.attach(fresh);
        model.tick();
        assertTrue(model.readyProperty().get());
        assertEquals("dvf-early", model.dialect().idProperty().get());
        assertEquals("1 block", model.statusBar().chainLengthProperty().get());
        assertEquals(1, model.blocks().rows().size());
        assertEquals(fresh.chain.genesis(), model.blocks().rows().get(0).block());
        assertEquals("", model.noticeProperty().get(), "the old node's events are not the new one's");
    }
}
