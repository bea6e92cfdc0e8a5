package dev.blockdesk.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.IntNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** dvf's rules are the Python node's: its genesis, its hash, its valid_proof and its smallest proofs, with today's reasons. */
class DvfRulesTest {

    private static final DvfRules DVF = new DvfRules(4);

    @Test
    void theGenesisBlockIsThePythonNodes() {
        Block genesis = DVF.genesis(1528705939.274652);
        assertEquals("22efcab1c2990f7d371e5159fe9f753ea4f5b0f9b173f0e41004eb1b6efcd1f7", genesis.hash());
        assertEquals("dvf", DVF.id());
        assertEquals(1, DVF.firstIndex());
        assertEquals(BlockHasher.SORTED_JSON, DVF.hasher());
        assertNull(DVF.genesisProblem(genesis));
    }

    @Test
    void aBlockThatIsNotAGenesisBlockIsToldWhy() {
        assertEquals(
                "index is 2, expected 1",
                DVF.genesisProblem(Block.create(2, 1.0, List.of(), 100, "1", BlockHasher.SORTED_JSON)));
        assertEquals(
                "genesis previous_hash must be \"1\" or 1, found \"0\"",
                DVF.genesisProblem(Block.create(1, 1.0, List.of(), 100, "0", BlockHasher.SORTED_JSON)));
        assertEquals(
                "genesis proof must be 100, found 101",
                DVF.genesisProblem(Block.create(1, 1.0, List.of(), 101, "1", BlockHasher.SORTED_JSON)));
        assertEquals(
                "genesis block must have no transactions, found 1",
                DVF.genesisProblem(Block.create(
                        1,
                        1.0,
                        List.of(Transaction.reward("me", IntNode.valueOf(1))),
                        100,
                        "1",
                        BlockHasher.SORTED_JSON)));
    }

    @Test
    void proofsAreJudgedAsThePythonNodeJudgesThem() throws Exception {
        for (String line : Vectors.lines("proof-of-work.txt")) {
            String[] v = line.split(" ");
            int difficulty = Integer.parseInt(v[0]);
            ProofOfWork rule = new DvfRules(difficulty).proof();
            // A tip with the vector's proof and hash: the hash is given, so the hasher is told it.
            Block tip = Block.fromJson(
                    WireJson.parse("{\"index\": 1, \"timestamp\": 1.0, \"transactions\": [], \"proof\": " + v[1]
                            + ", \"previous_hash\": \"1\"}"),
                    (json, canonical) -> v[2]);
            long smallest = Long.parseLong(v[3]);
            assertNull(rule.problem(tip, next(tip, smallest)), line);
            for (long proof = 0; proof < smallest; proof++) {
                assertEquals(
                        "proof " + proof + " does not meet difficulty " + difficulty,
                        rule.problem(tip, next(tip, proof)),
                        line);
            }
            PowPuzzle puzzle = rule.puzzleAfter(tip);
            assertEquals(new PowPuzzle(v[1], v[2], 2, rule), puzzle);
            assertEquals(0, rule.firstProof(puzzle));
            assertEquals(smallest, rule.search(puzzle).scan(0, smallest + 1), line);
            assertEquals(-1, rule.search(puzzle).scan(0, smallest), line);
        }
    }

    private static Block next(Block tip, long proof) {
        return Block.create(2, 2.0, List.of(), proof, tip.hash(), BlockHasher.SORTED_JSON);
    }

    @Test
    void aProofThatMissesTheDifficultyIsNotForged() {
        Blockchain blockchain = TestChains.blockchain(4);
        PowPuzzle puzzle = blockchain.puzzle();
        long bad = 0;
        while (blockchain
                        .rules()
                        .proof()
                        .problem(
                                blockchain.chain().tip(),
                                next(blockchain.chain().tip(), bad))
                == null) {
            bad++;
        }
        long miss = bad;
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> blockchain.forge(puzzle, miss, "me", 1.0));
        assertEquals("proof " + miss + " does not meet difficulty 4", refused.getMessage());
    }

    @Test
    void peopleAreToldTheRule() {
        assertEquals(65536.0, DVF.proof().expectedTries());
        assertEquals("every proof has 4 leading zeros", DVF.proof().describe());
        assertEquals("every proof has 1 leading zero", new DvfRules(1).proof().describe());
        Chain chain = TestChains.mined(2, 2);
        Block genesis = chain.block(1);
        Block block = chain.block(2);
        String explain = new DvfRules(2).proof().explain(genesis, block);
        String guess = "100" + block.proofText() + genesis.hash();
        assertTrue(
                explain.startsWith("Proof of work: sha256(last_proof + proof + previous block's hash)\n  100 + "
                        + block.proofText() + " + "),
                explain);
        assertTrue(explain.contains("  = sha256(\"" + guess + "\")\n  = [00"), explain);
        assertTrue(explain.endsWith("; difficulty 2 needs 2 ✓"), explain);
        assertTrue(new DvfRules(6).proof().explain(genesis, block).endsWith("; difficulty 6 needs 6 ✗"));
    }
}
