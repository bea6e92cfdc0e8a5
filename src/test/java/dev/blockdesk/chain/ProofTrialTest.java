package dev.blockdesk.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hash playground's proof trials are the rules' own verdicts, on the exact text each dialect hashes. */
class ProofTrialTest {

    @Test
    void aTrialIsValidExactlyWhenTheRuleAcceptsTheBlock() {
        Random random = new Random(12);
        for (String id : Dialects.IDS) {
            for (int difficulty : new int[] {1, 2}) {
                ChainRules rules = Dialects.rules(id, difficulty);
                int valid = 0;
                int invalid = 0;
                for (int i = 0; i < 3000; i++) {
                    long lastProof = i % 3 == 0 ? 100 : random.nextInt(1_000_000);
                    long proof = random.nextInt(100_000);
                    Block previous = Block.create(4, 1.5, List.of(), lastProof, "prev" + i, rules.hasher());
                    Block block = Block.create(5, 2.5, List.of(), proof, previous.hash(), rules.hasher());
                    ProofTrial trial = rules.proof().trial(previous.proof(), block.proof(), previous.hash());
                    String problem = rules.proof().problem(previous, block);
                    assertEquals(
                            problem == null,
                            trial.valid(),
                            id + " at " + difficulty + ": " + lastProof + ", " + proof + ": " + problem);
                    if (trial.valid()) {
                        valid++;
                    } else {
                        invalid++;
                    }
                    if (trial.hashes()) {
                        assertEquals(
                                Sha256.hex(trial.input()),
                                trial.result(),
                                "the result is the SHA-256 of the text shown");
                    }
                }
                assertTrue(valid > 0 && invalid > 0, id + " at " + difficulty + ": both verdicts were tried");
            }
        }
    }

    @Test
    void dvfHashesLastProofProofAndHashInOneString() {
        // The Python node's smallest proof for difficulty 4 after proof 100 and this hash is 36234 (proof-of-work.txt).
        String hash = "2b094dae4c971ac92f352e2835d4383b51a6b3349a9789ec65c73b6a0f800c48";
        ProofRule dvf = Dialects.rules("dvf", 4).proof();
        ProofTrial found = dvf.trial(BigInteger.valueOf(100), BigInteger.valueOf(36234), hash);
        assertEquals("10036234" + hash, found.input());
        assertTrue(found.hashes());
        assertTrue(found.result().startsWith("0000"), found.result());
        assertTrue(found.valid());
        assertTrue(found.verdict().endsWith("difficulty 4 needs 4 ✓"), found.verdict());
        ProofTrial before = dvf.trial(BigInteger.valueOf(100), BigInteger.valueOf(36233), hash);
        assertFalse(before.valid());
        assertTrue(before.verdict().endsWith("✗"), before.verdict());
        assertEquals("sha256(f\"{last_proof}{proof}{last_hash}\")", found.formula());
    }

    @Test
    void eachDialectShowsWhatItReallyComputes() {
        BigInteger last = BigInteger.valueOf(100);
        BigInteger proof = BigInteger.valueOf(35293);
        assertEquals(
                "10035293",
                Dialects.rules("dvf-early", 4)
                        .proof()
                        .trial(last, proof, "ignored")
                        .input());
        assertEquals(
                "3529300",
                Dialects.rules("chain-study", 4)
                        .proof()
                        .trial(last, proof, "ignored")
                        .input());
        ProofTrial sevens = Dialects.rules("pyscoop", 4).proof().trial(last, proof, "ignored");
        assertFalse(sevens.hashes());
        assertEquals("(35293 + 100) % 7 = 35393 % 7", sevens.input());
        assertEquals("1", sevens.result());
        assertFalse(sevens.valid());
        assertTrue(Dialects.rules("pyscoop", 4)
                .proof()
                .trial(last, BigInteger.valueOf(35292), "")
                .valid());
    }
}
