package dev.blockdesk.chain.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.BlockHasher;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.ChainRules;
import dev.blockdesk.chain.DvfRules;
import dev.blockdesk.chain.ProofRule;
import dev.blockdesk.chain.lab.SandboxChain.Field;
import dev.blockdesk.chain.lab.SandboxChain.TxField;
import dev.blockdesk.testing.LabChains;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tampering with a chain in every dialect: what turns red, why, and what Mine, Reset and Export do. */
class SandboxChainTest {

    private static final int LENGTH = 8;
    private static final int N = 3; // the edited block's position

    private static SandboxChain sandbox(String dialect) {
        ChainRules rules = LabChains.rules(dialect);
        return SandboxChain.of(rules, LabChains.mined(rules, LENGTH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dvf", "dvf-early", "chain-study", "pyscoop"})
    void editingAnAmountBreaksTheNextBlockNotTheEditedOne(String dialect) {
        SandboxChain chain = sandbox(dialect);
        String oldHash = chain.hash(N);
        assertTrue(chain.isValid(), "the copy of a valid chain is valid");

        chain.setTransactionText(N, 0, TxField.AMOUNT, "999");

        assertNotEquals(oldHash, chain.hash(N), "the edited block's hash changed");
        for (int i = 0; i <= N; i++) {
            assertTrue(chain.isValid(i), "block at " + i + " is still valid");
            assertNull(chain.reason(i));
        }
        long edited = chain.indexAt(N);
        assertEquals(N + 1, chain.firstInvalid());
        assertEquals("previous_hash does not match the hash of block " + edited, chain.reason(N + 1));
        for (int i = N + 2; i < LENGTH; i++) {
            assertFalse(chain.isValid(i));
            assertEquals(SandboxChain.FOLLOWS, chain.reason(i));
        }
        assertEquals(
                oldHash, chain.field(N + 1, Field.PREVIOUS_HASH).textValue(), "previous_hash does not follow the edit");
        assertEquals(N, chain.editedPosition());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dvf", "dvf-early", "chain-study", "pyscoop"})
    void typedTextKeepsItsJsonType(String dialect) {
        SandboxChain chain = sandbox(dialect);
        chain.setTransactionText(N, 0, TxField.AMOUNT, "5");
        assertEquals(IntNode.valueOf(5), chain.transactionField(N, 0, TxField.AMOUNT));
        String asInteger = chain.hash(N);
        chain.setTransactionText(N, 0, TxField.AMOUNT, "5.0");
        assertEquals(DoubleNode.valueOf(5.0), chain.transactionField(N, 0, TxField.AMOUNT));
        assertEquals("5.0", JsonText.show(chain.transactionField(N, 0, TxField.AMOUNT)));
        assertNotEquals(asInteger, chain.hash(N), "5 and 5.0 hash differently");
        chain.setTransactionText(N, 0, TxField.AMOUNT, "five");
        assertEquals(TextNode.valueOf("five"), chain.transactionField(N, 0, TxField.AMOUNT));
        chain.setTransactionText(N, 0, TxField.AMOUNT, "\"5\"");
        assertEquals(TextNode.valueOf("5"), chain.transactionField(N, 0, TxField.AMOUNT));
        assertEquals(
                "\"5\"",
                JsonText.show(chain.transactionField(N, 0, TxField.AMOUNT)),
                "a string that reads as a number is shown quoted");
        assertTrue(chain.isValid(N), "any amount type is valid: the tutorials check none");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dvf", "dvf-early", "chain-study", "pyscoop"})
    void mineRepairsOneBlockAndTheNextBreaksForTheSameReason(String dialect) throws Exception {
        SandboxChain chain = sandbox(dialect);
        chain.setTransactionText(N, 0, TxField.AMOUNT, "999");
        try (dev.blockdesk.chain.Miner miner = new dev.blockdesk.chain.Miner(1)) {
            SandboxMining.Outcome outcome = SandboxMining.start(chain, N + 1, N + 2, miner, Runnable::run)
                    .result()
                    .get();
            assertEquals(1, outcome.blocks());
            assertFalse(outcome.cancelled());
            assertTrue(outcome.tries() > 0);
        }
        assertTrue(chain.isValid(N + 1), chain.reason(N + 1));
        assertEquals(chain.hash(N), chain.field(N + 1, Field.PREVIOUS_HASH).textValue(), "re-linked");
        assertEquals(N + 2, chain.firstInvalid());
        assertEquals("previous_hash does not match the hash of block " + chain.indexAt(N + 1), chain.reason(N + 2));
        assertEquals(
                N, chain.editedPosition(), "mining repairs; the block the learner edited is still the one explained");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dvf", "dvf-early", "chain-study", "pyscoop"})
    void relinkAndMineFromHereRepairsEveryLaterBlockAndResetRestores(String dialect) throws Exception {
        SandboxChain chain = sandbox(dialect);
        List<String> original = hashes(chain);
        chain.setTransactionText(N, 0, TxField.AMOUNT, "999");
        try (dev.blockdesk.chain.Miner miner = new dev.blockdesk.chain.Miner(2)) {
            SandboxMining.Outcome outcome = SandboxMining.start(chain, N + 1, LENGTH, miner, Runnable::run)
                    .result()
                    .get();
            assertEquals(LENGTH - N - 1, outcome.blocks());
        }
        assertTrue(
                chain.isValid(),
                "every block is valid again: " + chain.reason(chain.firstInvalid() < 0 ? 0 : chain.firstInvalid()));

        chain.reset();

        assertEquals(original, hashes(chain));
        assertTrue(chain.isValid());
        assertEquals(-1, chain.editedPosition());
        assertEquals(IntNode.valueOf((int) chain.indexAt(N)), chain.transactionField(N, 0, TxField.AMOUNT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dvf", "dvf-early", "chain-study"})
    void cancelStopsMining(String dialect) throws Exception {
        ChainRules hard = dev.blockdesk.chain.Dialects.rules(dialect, 12); // 16^12 tries: never found in a test
        SandboxChain chain = SandboxChain.of(
                hard,
                LabChains.mined(LabChains.rules(dialect), 3).blocks().stream()
                        .map(Block::toJson)
                        .toList());
        try (dev.blockdesk.chain.Miner miner = new dev.blockdesk.chain.Miner(1)) {
            SandboxMining mining = SandboxMining.start(chain, 1, 3, miner, Runnable::run);
            dev.blockdesk.testing.Wait.until("some tries", dev.blockdesk.testing.Wait.HANG, () -> mining.tries() > 0);
            mining.cancel();
            SandboxMining.Outcome outcome = mining.result().get(20, java.util.concurrent.TimeUnit.SECONDS);
            assertTrue(outcome.cancelled());
            assertEquals(0, outcome.blocks());
        }
    }

    @Test
    void aBlockWithAWrongTypeIsHeldAndNamedWithTheReason() {
        SandboxChain chain = sandbox("dvf");
        chain.setText(N, Field.PROOF, "abc");
        assertNull(chain.hash(N), "a block without the block shape has no hash");
        assertEquals(N, chain.firstInvalid());
        assertEquals("proof must be an integer, found \"abc\"", chain.reason(N));
        assertEquals("follows block " + chain.indexAt(N) + ", which cannot be read", chain.reason(N + 1));
        assertTrue(chain.canonicalJson(N).contains("\"proof\": \"abc\""));
        assertThrows(IllegalStateException.class, () -> chain.relink(N + 1));
    }

    @Test
    void addingAndRemovingTransactionsChangesTheHash() {
        SandboxChain chain = sandbox("chain-study");
        String before = chain.hash(N);
        int added = chain.addTransaction(N, "carol", "dave", IntNode.valueOf(3));
        assertEquals(2, added);
        assertEquals(3, chain.transactionCount(N));
        assertEquals(
                List.of("sender", "recipient", "amount"),
                fieldNames(chain.json(N).get("transactions").get(2)));
        assertEquals(N + 1, chain.firstInvalid());
        chain.removeTransaction(N, 2);
        assertEquals(before, chain.hash(N), "back to the same transactions, back to the same hash");
        assertTrue(chain.isValid());
    }

    @Test
    void anEditHashesOneBlockWhateverTheLengthOfTheChain() {
        AtomicInteger hashed = new AtomicInteger();
        ChainRules counting = new CountingRules(new DvfRules(1), hashed);
        Chain chain = LabChains.mined(counting, 300);
        SandboxChain sandbox = SandboxChain.of(counting, chain);
        hashed.set(0);
        sandbox.setTransactionText(150, 0, TxField.AMOUNT, "7");
        sandbox.setText(150, Field.TIMESTAMP, "12.5");
        assertEquals(2, hashed.get(), "one hash a keystroke");
    }

    @Test
    void theExplanationSaysWhyAnEditedBlocksProofStillPassesInDvfEarly() {
        String early = SandboxExplanation.of(LabChains.rules("dvf-early"), 4L);
        assertTrue(early.contains("Why block 5 turns red, not block 4"), early);
        assertTrue(early.contains("Why block 4's proof still passes"), early);
        String dvf = SandboxExplanation.of(LabChains.rules("dvf"), 4L);
        assertTrue(dvf.contains("its proof was found for block 4's old hash"), dvf);
    }

    private static List<String> hashes(SandboxChain chain) {
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < chain.size(); i++) {
            hashes.add(chain.hash(i));
        }
        return hashes;
    }

    private static List<String> fieldNames(com.fasterxml.jackson.databind.JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** dvf's rules with a hasher that counts its calls. */
    private record CountingRules(DvfRules dvf, AtomicInteger count) implements ChainRules {
        @Override
        public String id() {
            return dvf.id();
        }

        @Override
        public BlockHasher hasher() {
            return (block, canonical) -> {
                count.incrementAndGet();
                return dvf.hasher().hash(block, canonical);
            };
        }

        @Override
        public ProofRule proof() {
            return dvf.proof();
        }

        @Override
        public long firstIndex() {
            return dvf.firstIndex();
        }

        @Override
        public Block genesis(double timestamp) {
            return Block.create(1, timestamp, List.of(), 100, "1", hasher());
        }

        @Override
        public String genesisProblem(Block block) {
            return dvf.genesisProblem(block);
        }

        @Override
        public String tutorial() {
            return dvf.tutorial();
        }
    }

    @Test
    void aProofThatLandsAfterCancelChangesNothing() throws Exception {
        SandboxChain chain = sandbox("dvf");
        List<String> original = hashes(chain);
        chain.setTransactionText(N, 0, TxField.AMOUNT, "999");
        java.util.concurrent.LinkedBlockingQueue<Runnable> owner = new java.util.concurrent.LinkedBlockingQueue<>();
        try (dev.blockdesk.chain.Miner miner = new dev.blockdesk.chain.Miner(1)) {
            SandboxMining run = SandboxMining.start(chain, N + 1, N + 2, miner, owner::add);
            Runnable landing =
                    owner.poll(30, java.util.concurrent.TimeUnit.SECONDS); // the proof is found, its landing queued
            assertNotNull(landing, "a proof at this difficulty is found within seconds");
            run.cancel(); // Reset: mining stopped, then the chain reset, before the queued landing runs
            chain.reset();
            landing.run();
            assertTrue(
                    run.result().get(10, java.util.concurrent.TimeUnit.SECONDS).cancelled());
        }
        assertEquals(original, hashes(chain), "the reset chain is the original, not the original with a late proof");
    }
}
