package dev.blockdesk.ui.newchain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.app.NewChain;
import dev.blockdesk.ui.Background;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The New chain dialog's state, against a fake application, every background call run at once. */
class NewChainViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:15:00Z"), ZoneOffset.UTC);
    private static final Path DATA = Path.of("/home/teacher/.blockdesk");

    /** The application as the dialog sees it: a dvf node of 42 blocks, 3 pending, 2 peers, 1 orphan, measuring 1 MH/s. */
    static final class FakeStarter implements ChainStarter {
        Current current = new Current(DATA, "dvf", 4, "1", 42, 3, 2, 1, 1);
        final List<String> measured = new ArrayList<>();
        final List<String> calls = new ArrayList<>();
        Exception failWith;
        NewChain started;

        @Override
        public Current current() {
            return current;
        }

        @Override
        public double hashRate(String dialect) throws Exception {
            measured.add(dialect);
            if (failWith != null) {
                throw failWith;
            }
            return 1_000_000;
        }

        @Override
        public Path reset(NewChain choice, Instant at) throws Exception {
            calls.add("reset at " + at);
            if (failWith != null) {
                throw failWith;
            }
            started = choice;
            return DATA.resolve("chain-before-reset-2026-11-22T10-15-00.json");
        }

        @Override
        public String openNew(Path dir, NewChain choice) throws Exception {
            calls.add("open " + dir);
            if (failWith != null) {
                throw failWith;
            }
            started = choice;
            return "A new Blockdesk window is opening on " + dir;
        }
    }

    private final FakeStarter starter = new FakeStarter();
    private final List<String> notices = new ArrayList<>();

    private NewChainViewModel model() {
        return new NewChainViewModel(starter, new Background(Runnable::run, Runnable::run, notices::add), CLOCK);
    }

    @Test
    void startsFromTheNodesChoicesAndShowsTheExpectedTimeOfEachDifficultyAtTheMeasuredRate() {
        NewChainViewModel model = model();
        assertEquals("dvf", model.dialectProperty().get());
        assertEquals(4, model.difficultyProperty().get());
        assertEquals("1", model.rewardProperty().get());
        assertEquals(List.of("dvf", "dvf-early", "chain-study", "pyscoop"), model.dialects());
        assertEquals(
                "dvf/blockchain, the classic tutorial (seed 003's final code)",
                model.tutorialProperty().get());
        assertEquals(List.of("dvf"), starter.measured);

        // 16^d tries at 1,000,000 tries a second.
        assertEquals(7, model.difficulties().size());
        assertEquals(
                new NewChainViewModel.DifficultyChoice(1, "16 tries", "under 1 ms"),
                model.difficulties().get(0));
        assertEquals(
                new NewChainViewModel.DifficultyChoice(4, "65,536 tries", "≈ 66 ms"),
                model.difficulties().get(3));
        assertEquals(
                new NewChainViewModel.DifficultyChoice(5, "1,048,576 tries", "≈ 1 s"),
                model.difficulties().get(4));
        assertEquals(
                new NewChainViewModel.DifficultyChoice(6, "16,777,216 tries", "≈ 17 s"),
                model.difficulties().get(5));
        assertEquals(
                new NewChainViewModel.DifficultyChoice(7, "268,435,456 tries", "≈ 4.5 min"),
                model.difficulties().get(6));
        assertTrue(
                model.rateNoteProperty()
                        .get()
                        .startsWith(
                                "Expected time per block at this machine's rate, 1.0 MH/s on dvf with 1 mining thread (measured just now)"),
                model.rateNoteProperty().get());
    }

    @Test
    void anotherDialectIsMeasuredOnceItsTutorialShownAndItsRewardOffered() {
        NewChainViewModel model = model();
        model.dialectProperty().set("chain-study");
        assertEquals("100", model.rewardProperty().get(), "chain-study's node rewards 100");
        assertTrue(model.tutorialProperty().get().startsWith("block_chain_study"));
        model.dialectProperty().set("dvf");
        model.dialectProperty().set("chain-study");
        assertEquals(List.of("dvf", "chain-study"), starter.measured, "each dialect measured once");

        model.rewardProperty().set("3");
        model.dialectProperty().set("dvf-early");
        assertEquals("3", model.rewardProperty().get(), "a reward the user typed stays");
    }

    @Test
    void pyscoopHasNoDifficultyAndIsNotMeasured() {
        NewChainViewModel model = model();
        model.dialectProperty().set("pyscoop");
        assertFalse(model.difficultyAppliesProperty().get());
        assertEquals(List.of("dvf"), starter.measured);
        assertEquals(
                List.of(new NewChainViewModel.DifficultyChoice(
                        NewChainViewModel.NO_DIFFICULTY, "7 tries", "at once: no difficulty")),
                model.difficulties());
        assertEquals(4, model.difficultyProperty().get(), "kept for a later dialect that has one");
        assertTrue(model.rateNoteProperty().get().contains("one number in seven passes"));
        model.dialectProperty().set("dvf");
        assertEquals(7, model.difficulties().size());
    }

    @Test
    void aRateThatCannotBeMeasuredIsSaid() {
        starter.failWith = new IllegalStateException("the miner failed");
        NewChainViewModel model = model();
        assertEquals(
                "The hash rate could not be measured: the miner failed",
                model.rateNoteProperty().get());
        assertEquals("measuring…", model.difficulties().get(0).time());
        assertEquals(List.of(), notices);
    }

    @Test
    void aBadRewardIsSaidAndStopsStart() {
        NewChainViewModel model = model();
        assertTrue(model.canStartProperty().get());
        model.rewardProperty().set("lots");
        assertEquals(
                "The reward must be a number, found \"lots\"",
                model.rewardErrorProperty().get());
        assertFalse(model.canStartProperty().get());
        model.start();
        assertEquals(List.of(), starter.calls);
        model.rewardProperty().set("0");
        assertEquals(
                "The reward must be positive, found 0",
                model.rewardErrorProperty().get());
        model.rewardProperty().set("2.5");
        assertEquals("", model.rewardErrorProperty().get());
        assertTrue(model.canStartProperty().get());
    }

    @Test
    void theConfirmationNamesWhatIsLostAndWhatIsKept() {
        NewChainViewModel model = model();
        model.dialectProperty().set("chain-study");
        model.difficultyProperty().set(5);
        String text = model.confirmation();
        assertEquals(
                "This node's chain of 42 blocks (dvf) is removed. It is first written to the file"
                        + " chain-before-reset-2026-11-22T10-15-00.json in " + DATA
                        + ", which File → Import chain… can read again.\n\n"
                        + "3 pending transactions are lost: no block holds them, and no file keeps them.\n\n"
                        + "1 orphaned block is removed, and written to orphaned-blocks-before-reset-2026-11-22T10-15-00.json beside it.\n\n"
                        + "The 2 peers are kept: at the next sync a peer with a longer chain-study chain replaces the new one"
                        + " (and, while it is only its genesis block, so does a peer's chain of another dialect).\n\n"
                        + "Mining stops. The node then starts over with a new chain-study genesis block, difficulty 5, reward 100."
                        + " The node id and the window's settings are kept.",
                text);

        model.keepPeersProperty().set(false);
        assertTrue(model.confirmation().contains("The 2 peers are forgotten."));
        starter.current = new ChainStarter.Current(DATA, "dvf", 4, "1", 1, 0, 0, 0, 1);
        NewChainViewModel fresh = model();
        String quiet = fresh.confirmation();
        assertTrue(quiet.startsWith("This node's chain of 1 block (dvf) is removed."), quiet);
        assertTrue(quiet.contains("No pending transaction is lost."));
        assertTrue(quiet.contains("This node has no peers."));
        assertFalse(quiet.contains("orphaned"));
    }

    @Test
    void aConfirmedResetStartsTheChosenChainAtTheTimeOfTheConfirmation() {
        NewChainViewModel model = model();
        model.dialectProperty().set("dvf-early");
        model.difficultyProperty().set(2);
        model.keepPeersProperty().set(false);
        model.confirmation();
        model.start();
        assertEquals(List.of("reset at 2026-11-22T10:15:00Z"), starter.calls);
        assertEquals(new NewChain("dvf-early", 2, "1", false), starter.started);
        assertTrue(model.finishedProperty().get());
        assertFalse(model.canStartProperty().get(), "nothing more to start");
        assertEquals(
                "Done: the old chain is in chain-before-reset-2026-11-22T10-15-00.json in the data directory,"
                        + " and this node now runs a new dvf-early chain.",
                model.messageProperty().get());
    }

    @Test
    void aFailedResetSaysWhyAndCanBeTriedAgain() {
        NewChainViewModel model = model();
        starter.failWith =
                new IOException("cannot write the old chain to x (No space left on device); nothing was changed");
        model.start();
        assertEquals(
                "The new chain was not started: cannot write the old chain to x (No space left on device); nothing was changed",
                model.messageProperty().get());
        assertFalse(model.finishedProperty().get());
        assertFalse(model.busyProperty().get());
        assertTrue(model.canStartProperty().get());
    }

    @Test
    void aNewFolderMustBeGivenWholeAndOpensANewWindow() {
        NewChainViewModel model = model();
        model.whereProperty().set(NewChainViewModel.Where.NEW_FOLDER);
        assertEquals(
                "Choose a folder for the new chain: a new one, or an empty one",
                model.folderErrorProperty().get());
        assertFalse(model.canStartProperty().get());
        model.folderProperty().set("class-chain");
        assertTrue(model.folderErrorProperty().get().startsWith("Give the whole path of the folder"));
        model.folderProperty().set("/home/teacher/class-chain");
        assertEquals("", model.folderErrorProperty().get());
        model.start();
        assertEquals(List.of("open /home/teacher/class-chain"), starter.calls);
        assertEquals(
                "A new Blockdesk window is opening on /home/teacher/class-chain",
                model.messageProperty().get());
        assertEquals(new NewChain("dvf", 4, "1", true), starter.started);
    }
}
