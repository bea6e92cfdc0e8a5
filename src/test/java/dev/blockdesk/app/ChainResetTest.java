package dev.blockdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.IntNode;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.ChainStudyRules;
import dev.blockdesk.chain.ChainValidator;
import dev.blockdesk.chain.DvfRules;
import dev.blockdesk.chain.PyscoopRules;
import dev.blockdesk.chain.Transaction;
import dev.blockdesk.chain.ValidationResult;
import dev.blockdesk.testing.Chains;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resetting a data directory with File → New chain…: the old chain kept as a file, the new one stored and remembered. */
class ChainResetTest {

    private static final DvfRules DVF_1 = new DvfRules(1);

    @TempDir
    Path dir;

    /** A dvf data directory at difficulty 1 with 5 blocks, an orphaned block, a pending transaction and a peer; its chain. */
    private Chain fill(NodeSetup setup) {
        Chain chain = Chains.grow(setup.chain(), DVF_1, 4);
        Chain other = Chains.branch(setup.chain(), 1, 7); // a block at height 2 that the chain above overwrites
        setup.store().replaceBlocks(2, other.blocks().subList(1, 2), List.of());
        setup.store()
                .replaceBlocks(
                        2, chain.blocks().subList(1, 5), List.of(Transaction.of("alice", "bob", IntNode.valueOf(5))));
        setup.store().savePeers(List.of("http://127.0.0.1:5001"), Set.of());
        return chain;
    }

    /** The options of a start without any. */
    private static NodeOptions options() {
        return picocli.CommandLine.populateCommand(new NodeOptions());
    }

    @Test
    void theOldChainIsWrittenWithEveryBlockAndTheNewOneIsAGenesisOfTheChosenDialectRememberedForTheNextStart()
            throws Exception {
        Path archive;
        try (NodeSetup setup = NodeSetup.open(dir, 1, "dvf", false, n -> {})) {
            Chain old = fill(setup);
            archive = ChainReset.archiveFile(dir, Instant.parse("2026-11-22T10:15:00Z"), ZoneOffset.UTC);
            assertEquals(dir.resolve("chain-before-reset-2026-11-22T10-15-00.json"), archive);

            Chain fresh =
                    ChainReset.startOver(setup, old, DVF_1, new NewChain("chain-study", 2, "100", false), archive);

            ValidationResult kept = ChainFiles.read(archive, new ChainValidator(DVF_1));
            assertTrue(kept.isValid(), kept.toString());
            assertEquals(old.blocks(), kept.chain().orElseThrow().blocks(), "every block of the old chain, as it was");
            assertTrue(
                    Files.readString(ChainReset.orphansFile(archive)).contains("\"length\": 1"),
                    "the orphaned block kept beside it");

            assertEquals(1, fresh.length());
            assertNull(new ChainStudyRules(2).genesisProblem(fresh.genesis()));
            assertEquals("chain-study", setup.dialect());
            assertEquals(2, setup.difficulty());
            assertEquals(fresh, setup.chain());
            assertEquals(List.of(), setup.pending());
            assertEquals(List.of(), setup.store().pending());
            assertEquals(List.of(), setup.store().orphans());
            assertEquals(List.of(), setup.store().peers(), "the peers were not kept");
        }

        // The next start, without options, is the new chain: its dialect, difficulty and reward.
        try (NodeSetup again = NodeSetup.open(dir, null, null, false, n -> {})) {
            assertEquals("chain-study", again.dialect());
            assertEquals(2, again.difficulty());
            assertEquals(1, again.chain().length());
            assertEquals(IntNode.valueOf(100), options().config(again, 0).reward());
        }
    }

    @Test
    void peersAreKeptWhenAskedAndAPyscoopChainStartsAtIndexZero() throws Exception {
        try (NodeSetup setup = NodeSetup.open(dir, 1, "dvf", false, n -> {})) {
            Chain old = fill(setup);
            Chain fresh = ChainReset.startOver(
                    setup,
                    old,
                    DVF_1,
                    new NewChain("pyscoop", 3, "2.5", true),
                    ChainReset.archiveFile(dir, Instant.now(), ZoneOffset.UTC));
            assertEquals(0, fresh.genesis().index());
            assertNull(new PyscoopRules().genesisProblem(fresh.genesis()));
            assertEquals(List.of("http://127.0.0.1:5001"), setup.store().peers());
            assertEquals("2.5", setup.store().setting("reward").orElseThrow());
        }
    }

    @Test
    void anArchiveThatCannotBeWrittenChangesNothing() throws Exception {
        try (NodeSetup setup = NodeSetup.open(dir, 1, "dvf", false, n -> {})) {
            Chain old = fill(setup);
            Path nowhere = dir.resolve("no-such-folder").resolve("chain-before-reset.json");

            var e = assertThrows(
                    java.io.IOException.class,
                    () -> ChainReset.startOver(
                            setup, old, DVF_1, new NewChain("chain-study", 2, "100", false), nowhere));

            assertTrue(e.getMessage().contains("nothing was changed"), e.getMessage());
            assertEquals(5, setup.store().blocks().size());
            assertEquals(1, setup.store().pending().size());
            assertEquals("dvf", setup.store().setting("dialect").orElseThrow());
            assertEquals("dvf", setup.dialect());
        }
    }

    @Test
    void aChainThatIsNotTheStoredOneIsRefused() throws Exception {
        try (NodeSetup setup = NodeSetup.open(dir, 1, "dvf", false, n -> {})) {
            Chain old = fill(setup);
            Path archive = ChainReset.archiveFile(dir, Instant.now(), ZoneOffset.UTC);
            assertThrows(
                    IllegalStateException.class,
                    () -> ChainReset.startOver(
                            setup, Chains.grow(old, DVF_1, 1), DVF_1, new NewChain("dvf", 2, "1", true), archive));
            assertFalse(Files.exists(archive));
            assertEquals(5, setup.store().blocks().size());
        }
    }

    @Test
    void archiveNamesAreNeverReused() throws Exception {
        Instant at = Instant.parse("2026-11-22T10:15:00Z");
        Files.writeString(ChainReset.archiveFile(dir, at, ZoneOffset.UTC), "{}");
        assertEquals(
                dir.resolve("chain-before-reset-2026-11-22T10-15-00-2.json"),
                ChainReset.archiveFile(dir, at, ZoneOffset.UTC));
    }

    @Test
    void aNewChoiceIsCheckedAsItIsMade() {
        assertEquals(
                "The difficulty must be from 1 to 7, not 8",
                assertThrows(IllegalArgumentException.class, () -> new NewChain("dvf", 8, "1", true))
                        .getMessage());
        assertEquals(
                "The reward must be positive, found -1",
                assertThrows(IllegalArgumentException.class, () -> new NewChain("dvf", 3, "-1", true))
                        .getMessage());
        assertEquals("The reward is required", NewChain.rewardProblem(" "));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new NewChain("bitcoin", 3, "1", true))
                .getMessage()
                .contains("unknown dialect"));
        assertEquals("100", NewChain.defaultReward("chain-study"));
        assertEquals("1", NewChain.defaultReward("dvf"));
    }

    @Test
    void aNewDataDirectoryHoldsTheChosenChainAndOnlyAnEmptyOrNewFolderWillDo() throws Exception {
        Path fresh = dir.resolve("class-chain");
        NewDataDirectory.create(fresh, new NewChain("dvf-early", 3, "7", true));
        try (NodeSetup setup = NodeSetup.open(fresh, null, null, false, n -> {})) {
            assertEquals("dvf-early", setup.dialect());
            assertEquals(3, setup.difficulty());
            assertEquals(1, setup.chain().length());
            assertEquals(IntNode.valueOf(7), options().config(setup, 0).reward());
        }
        assertTrue(NewDataDirectory.problem(fresh).contains("is not empty"));
        assertThrows(
                IllegalArgumentException.class,
                () -> NewDataDirectory.create(fresh, new NewChain("dvf", 3, "1", true)));
        assertNull(NewDataDirectory.problem(dir.resolve("another")));
    }
}
