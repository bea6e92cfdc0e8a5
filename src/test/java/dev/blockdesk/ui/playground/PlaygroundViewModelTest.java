package dev.blockdesk.ui.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.Dialects;
import dev.blockdesk.chain.HashRate;
import dev.blockdesk.chain.Miner;
import dev.blockdesk.chain.MiningJob;
import dev.blockdesk.chain.PowPuzzle;
import dev.blockdesk.chain.ProofOfWork;
import dev.blockdesk.chain.Sha256;
import dev.blockdesk.testing.Wait;
import dev.blockdesk.ui.Background;
import dev.blockdesk.ui.FakeNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The hash playground's view model against a fake node; its work runs on the test's thread, the rate from a fixed meter. */
class PlaygroundViewModelTest {

    private final FakeNode node = new FakeNode(Dialects.rules("dvf", 4));
    private final List<String> notices = new ArrayList<>();
    private final List<String> measured = new ArrayList<>();
    private PlaygroundViewModel model;

    @BeforeEach
    void open() {
        model = new PlaygroundViewModel(
                node, new Background(Runnable::run, Runnable::run, notices::add), (dialect, threads) -> {
                    measured.add(dialect + " on " + threads);
                    return new HashRate(
                            1_000_000, threads, "measured: 1.0 s of " + dialect + " mining on " + threads + " thread");
                });
    }

    @Test
    void textIsHashedOnEveryKeystroke() {
        assertEquals(
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                model.textHashProperty().get(),
                "the empty text");
        model.textProperty().set("a");
        assertEquals(Sha256.hex("a"), model.textHashProperty().get());
        model.textProperty().set("ab");
        model.textProperty().set("abc");
        assertEquals(
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                model.textHashProperty().get());
        assertEquals("sha256 of 3 bytes (UTF-8)", model.textSizeProperty().get());
        model.textProperty().set("é");
        assertEquals("sha256 of 2 bytes (UTF-8)", model.textSizeProperty().get());
    }

    @Test
    void theBuilderStartsFromOurTipAndShowsTheExactStringDvfHashes() {
        Block tip = node.chain().tip();
        ProofBuilderViewModel builder = model.builder();
        assertEquals("dvf", builder.dialectProperty().get());
        assertEquals(4, builder.difficultyProperty().get());
        assertEquals(tip.proofText(), builder.lastProofProperty().get());
        assertEquals(tip.hash(), builder.previousHashProperty().get());

        builder.lastProofProperty().set("100");
        builder.previousHashProperty().set("2b094dae4c971ac92f352e2835d4383b51a6b3349a9789ec65c73b6a0f800c48");
        builder.proofProperty().set("36234");
        assertEquals(
                "10036234" + "2b094dae4c971ac92f352e2835d4383b51a6b3349a9789ec65c73b6a0f800c48",
                builder.inputProperty().get());
        assertEquals(
                "The exact text dvf hashes (UTF-8):",
                builder.inputCaptionProperty().get());
        assertEquals(
                Sha256.hex(builder.inputProperty().get()),
                builder.resultProperty().get());
        assertTrue(builder.resultProperty().get().startsWith("0000"));
        assertEquals(Boolean.TRUE, builder.validProperty().get());
        assertEquals(
                "4 leading zeros; difficulty 4 needs 4 ✓",
                builder.verdictProperty().get());

        builder.proofProperty().set("36235");
        assertEquals(Boolean.FALSE, builder.validProperty().get());
        assertTrue(
                builder.verdictProperty().get().endsWith("difficulty 4 needs 4 ✗"),
                builder.verdictProperty().get());
        assertTrue(builder.usesPreviousHashProperty().get());
    }

    @Test
    void everyDialectShowsWhatItsOwnRuleComputes() {
        ProofBuilderViewModel builder = model.builder();
        builder.lastProofProperty().set("100");
        builder.proofProperty().set("35293");
        builder.dialectProperty().set("dvf-early");
        assertEquals("10035293", builder.inputProperty().get());
        assertFalse(builder.usesPreviousHashProperty().get(), "dvf-early leaves the previous hash out");
        builder.dialectProperty().set("chain-study");
        assertEquals("3529300", builder.inputProperty().get(), "the product 100 × 35293");
        assertEquals(
                "sha256(str(last_proof * proof))", builder.formulaProperty().get());
        builder.dialectProperty().set("pyscoop");
        assertEquals("(35293 + 100) % 7 = 35393 % 7", builder.inputProperty().get());
        assertEquals(
                "What pyscoop computes (no hashing):",
                builder.inputCaptionProperty().get());
        assertFalse(builder.hashesProperty().get());
        assertFalse(builder.difficultyAppliesProperty().get());
        assertEquals(Boolean.FALSE, builder.validProperty().get());
        assertTrue(model.estimates().rows().isEmpty(), "no table for a proof without difficulty");
        assertTrue(
                model.estimates().noteProperty().get().startsWith("pyscoop has no difficulty: one proof in 7 passes"));
    }

    @Test
    void aProofThatIsNotAWholeNumberIsRefusedWithAReasonAndNoVerdict() {
        ProofBuilderViewModel builder = model.builder();
        builder.proofProperty().set("12a");
        assertEquals(
                "The proof must be a whole number, like 35293.",
                builder.messageProperty().get());
        assertNull(builder.validProperty().get());
        assertEquals("", builder.verdictProperty().get());
        assertEquals("", builder.inputProperty().get());
        builder.proofProperty().set(" 12 ");
        assertEquals("", builder.messageProperty().get());
        assertTrue(builder.inputProperty()
                .get()
                .startsWith(builder.lastProofProperty().get() + "12"));
    }

    @Test
    void nextValidProofRunsTheMinersSearchAndTypesTheProofIn() {
        ProofBuilderViewModel builder = model.builder();
        builder.lastProofProperty().set("100");
        builder.previousHashProperty().set("2b094dae4c971ac92f352e2835d4383b51a6b3349a9789ec65c73b6a0f800c48");
        builder.proofProperty().set("0");
        builder.nextValidProof();
        assertEquals("36234", builder.proofProperty().get(), "the Python node's smallest proof (proof-of-work.txt)");
        assertEquals(Boolean.TRUE, builder.validProperty().get());
        assertEquals(
                "Proof 36,234 is the first valid one after 0: 36,234 tries.",
                builder.messageProperty().get());
        builder.nextValidProof();
        assertTrue(Long.parseLong(builder.proofProperty().get()) > 36234);
        assertEquals(Boolean.TRUE, builder.validProperty().get());
        for (String other : List.of("dvf-early", "chain-study", "pyscoop")) {
            builder.dialectProperty().set(other);
            builder.proofProperty().set("0");
            builder.nextValidProof();
            assertEquals(
                    Boolean.TRUE,
                    builder.validProperty().get(),
                    other + ": " + builder.messageProperty().get());
        }
    }

    @Test
    void estimatesFollowTheDialectAndDifficultyAtTheMeasuredRate() {
        EstimatesViewModel estimates = model.estimates();
        assertEquals(List.of("dvf on 1"), measured, "measured once on opening, on the node's miner threads");
        assertEquals(8, estimates.rows().size());
        Estimate four = estimates.rows().get(3);
        assertEquals(new Estimate(4, "65,536", "66 ms", true), four);
        assertEquals(
                new Estimate(8, "4,294,967,296", "1.2 h", false),
                estimates.rows().get(7));
        assertEquals(
                "At 1.0 MH/s (measured: 1.0 s of dvf mining on 1 thread)",
                estimates.rateProperty().get());
        model.builder().difficultyProperty().set(6);
        assertTrue(estimates.rows().get(5).current());
        assertFalse(estimates.rows().get(3).current());
        model.builder().dialectProperty().set("chain-study");
        assertEquals(
                List.of("dvf on 1", "chain-study on 1"),
                measured,
                "each dialect hashes its own text: measured once each");
        model.builder().dialectProperty().set("dvf");
        assertEquals(2, measured.size(), "a rate known is kept");
        estimates.measure();
        assertEquals(3, measured.size(), "Measure again measures again");
    }

    @Test
    void aMiningJobAtFullSpeedGivesTheRateWithoutMeasuring() throws Exception {
        try (Miner miner = new Miner(1)) {
            MiningJob job = miner.mine(new PowPuzzle("100", "abc", 9, new ProofOfWork(64)));
            node.job = job;
            Wait.until("a second of mining", Wait.HANG, () -> job.elapsed().toMillis() >= 1000);
            model.estimates().measure();
            assertTrue(
                    model.estimates().rateProperty().get().contains("from the mining of block 9"),
                    model.estimates().rateProperty().get());
            assertEquals(1, measured.size(), "only the measurement on opening");
            miner.setRateLimit(2000);
            model.estimates().measure();
            assertEquals(2, measured.size(), "a job in slow motion says nothing of the machine's rate");
            assertFalse(
                    model.estimates().rateProperty().get().contains("while the node was mining too"),
                    "a job in slow motion leaves the cores to the measurement: "
                            + model.estimates().rateProperty().get());
            miner.setRateLimit(0);
            node.job = miner.mine(new PowPuzzle("100", "abc", 9, new ProofOfWork(64))); // a new job, under a second old
            model.estimates().measure();
            assertEquals(3, measured.size());
            assertTrue(
                    model.estimates().rateProperty().get().contains("while the node was mining too"),
                    model.estimates().rateProperty().get());
            node.job.cancel();
            job.cancel();
        }
    }
}
