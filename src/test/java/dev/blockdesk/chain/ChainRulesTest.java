package dev.blockdesk.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules decide: a dialect that is not dvf is honoured by the miner, the validator and Blockchain, unchanged. */
class ChainRulesTest {

    private static final SevensRules SEVENS = new SevensRules(0);

    /** A sevens chain of {@code length} blocks, each after the genesis with one payment and the reward. */
    private static Blockchain sevens(int length) {
        try {
            Blockchain blockchain =
                    new Blockchain(Chain.startingAt(SEVENS, TestChains.GENESIS_TIME), SEVENS, IntNode.valueOf(1));
            try (Miner miner = new Miner(2)) {
                while (blockchain.chain().length() < length) {
                    blockchain.addTransaction(Transaction.of(
                            "alice", "bob", IntNode.valueOf(blockchain.chain().length())));
                    TestChains.mineOne(blockchain, miner);
                }
            }
            return blockchain;
        } catch (InvalidTransactionException e) {
            throw new AssertionError(e);
        }
    }

    private static ObjectNode block(ArrayNode chain, int position) {
        return (ObjectNode) chain.get(position - 1);
    }

    @Test
    void theMinerSolvesTheRulesPuzzleCountingFromTheRulesFirstProof() {
        Chain chain = sevens(4).chain();
        // pyscoop's miner counts from last_proof + 1, so each proof is the next multiple of 7.
        assertEquals(
                List.of("0", "7", "14", "21"),
                chain.blocks().stream().map(Block::proofText).toList());
        assertEquals(
                List.of(0L, 1L, 2L, 3L),
                chain.blocks().stream().map(Block::index).toList());
        for (Block block : chain.blocks()) {
            assertEquals(SevensRules.HASHER.hash(block.toJson(), block.canonicalBytes()), block.hash());
            assertNotEquals(Sha256.hex(block.canonicalBytes()), block.hash(), "not dvf's hash");
        }
        assertSame(chain.genesis(), chain.block(0), "blocks are found by their own index");
        assertEquals(3, chain.block(3).index());
        assertThrows(IndexOutOfBoundsException.class, () -> chain.block(4));
    }

    @Test
    void theValidatorHashesCountsAndChecksProofsByTheRules() throws Exception {
        Chain chain = sevens(4).chain();
        ChainValidator validator = new ChainValidator(SEVENS);
        assertEquals(chain, validator.validate(TestChains.toJson(chain)).chain().orElseThrow());
        assertEquals(chain, validator.validate(chain.blocks()).chain().orElseThrow());
        ByteArrayOutputStream document = new ByteArrayOutputStream();
        chain.writeDocument(document);
        assertEquals(
                chain,
                validator
                        .validate(new ByteArrayInputStream(document.toByteArray()))
                        .chain()
                        .orElseThrow());
        assertEquals(
                "valid, 4 blocks",
                validator
                        .check(new ByteArrayInputStream(document.toByteArray()))
                        .describe());

        assertEquals(
                "block 1: index is 0, expected 1",
                new ChainValidator(new DvfRules(0))
                        .validate(TestChains.toJson(chain))
                        .describe(),
                "a chain of one dialect is invalid in another");
    }

    @Test
    void theVerdictsAreTheRulesOwn() {
        ArrayNode json = TestChains.toJson(sevens(4).chain());
        ChainValidator validator = new ChainValidator(SEVENS);

        ArrayNode badProof = json.deepCopy();
        block(badProof, 3).put("proof", 15);
        assertEquals(
                "block 2: proof 15 + last_proof 7 is not a multiple of 7 (remainder 1)",
                validator.validate(badProof).describe());

        ArrayNode skipped = json.deepCopy();
        block(skipped, 2).put("index", 2);
        assertEquals(
                "block 1: index is 2, expected 1",
                validator.validate(skipped).describe(),
                "indexes count up from the first index");

        ArrayNode badGenesis = json.deepCopy();
        block(badGenesis, 1).put("index", 1);
        assertEquals(
                "block 0: index is 1, expected 0",
                validator.validate(badGenesis).describe());

        ArrayNode edited = json.deepCopy();
        ((ObjectNode) block(edited, 2).withArray("transactions").get(0)).put("amount", 1000);
        assertEquals(
                "block 2: previous_hash does not match the hash of block 1",
                validator.validate(edited).describe(),
                "the link is checked with the rules' hash");
    }

    @Test
    void aProofTheRulesRefuseIsNotForged() throws Exception {
        Blockchain blockchain = sevens(1);
        PowPuzzle puzzle = blockchain.puzzle();
        assertEquals(new PowPuzzle("0", blockchain.chain().tip().hash(), 1, SEVENS.proof()), puzzle);
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> blockchain.forge(puzzle, 8, "me", 1.0));
        assertEquals("proof 8 + last_proof 0 is not a multiple of 7 (remainder 1)", refused.getMessage());
        assertEquals(1, blockchain.chain().length());
        assertEquals(
                1,
                blockchain.forge(puzzle, 14, "me", 1.0).index(),
                "any proof the rule accepts, not only the smallest");
    }

    @Test
    void aPuzzleSetUnderOtherRulesIsStale() {
        Blockchain dvf = TestChains.blockchain(1);
        Block tip = dvf.chain().tip();
        assertThrows(
                StaleProofException.class, () -> dvf.nextBlock(SEVENS.proof().puzzleAfter(tip), 7, "me", 1.0));
        assertThrows(StaleProofException.class, () -> dvf.nextBlock(new ProofOfWork(2).puzzleAfter(tip), 7, "me", 1.0));
        assertFalse(dvf.puzzle().rule().equals(SEVENS.proof()));
        assertTrue(dvf.puzzle().rule().equals(new ProofOfWork(1)), "equal rules are the same rule");
    }
}
