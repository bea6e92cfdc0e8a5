package dev.blockdesk.chain.lab;

import dev.blockdesk.chain.ChainRules;
import dev.blockdesk.chain.EarlyProofOfWork;
import dev.blockdesk.chain.ProductProofOfWork;
import dev.blockdesk.chain.ProofOfWork;
import dev.blockdesk.chain.ProofRule;
import dev.blockdesk.chain.SevensProof;

/**
 * Why, in the sandbox, editing a block turns the NEXT block red and not the edited one, in words
 * for a learner who expects the famous web demo's behaviour, worded for what the dialect's proof
 * rule really covers (and, where the edited block's proof still passes, why).
 */
public final class SandboxExplanation {

    private SandboxExplanation() {
    }

    /**
     * @param rules  the sandbox's dialect
     * @param edited the index of the block last edited, or null before any edit
     */
    public static String of(ChainRules rules, Long edited) {
        String n = edited == null ? "N" : Long.toString(edited);
        String next = edited == null ? "N+1" : Long.toString(edited + 1);
        String before = edited == null ? "N−1" : Long.toString(edited - 1);
        ProofRule proof = rules.proof();
        String common = "Why block " + next + " turns red, not block " + n + ": a block's hash covers its own contents, so editing block "
                + n + " changes its hash. But what makes block " + n + " valid is checked against the block before it (block "
                + before + "): its index, its previous_hash and its proof. Nothing there changed, so block " + n + " stays green. Block "
                + next + " still names block " + n + "'s old hash in its previous_hash (it is data, like everything in a stored chain, and"
                + " does not follow the edit), so block " + next + " is the first to fail, and every block after it follows an invalid block.";
        return common + "\n\n" + proofPart(rules.id(), proof, n, next, before);
    }

    private static String proofPart(String dialect, ProofRule proof, String n, String next, String before) {
        if (proof instanceof ProofOfWork pow) {
            return "In " + dialect + " the proof of work is sha256(last_proof + proof + previous block's hash) with "
                    + pow.difficulty() + " leading zeros: a proof covers the block before it, not its own contents. So block " + next
                    + " breaks twice: its previous_hash no longer matches, and its proof was found for block " + n + "'s old hash. Mine "
                    + "re-links it and searches a new proof; then block " + next + "'s own hash has changed, so the block after it breaks"
                    + " the same way. That is why rewriting history means redoing the work of every later block.";
        }
        if (proof instanceof EarlyProofOfWork early) {
            return "Why block " + n + "'s proof still passes: in dvf-early the proof of work is sha256(f\"{last_proof}{proof}\") with "
                    + early.difficulty() + " leading zeros, the two proof numbers only. It contains no transaction and no hash, neither"
                    + " block " + n + "'s own nor block " + before + "'s, so an edited amount leaves the hashed string, and the proof,"
                    + " exactly as they were (only editing the proof of block " + before + " or " + n + " would break it). The edit shows"
                    + " only in block " + next + "'s previous_hash, and Mine finds block " + next + " the same proof again: the work does"
                    + " not protect the history. dvf later put the previous block's hash into the puzzle to close exactly this gap.";
        }
        if (proof instanceof ProductProofOfWork product) {
            return "In chain-study the proof of work is sha256(str(last_proof × proof)) with " + product.difficulty()
                    + " leading zeros: it hashes a number, not a block, so it binds neither block " + n
                    + "'s contents nor the block before it. Block " + n + "'s proof still passes after the edit, and only block " + next
                    + "'s previous_hash gives the edit away; Mine finds block " + next + " the same proof again.";
        }
        if (proof instanceof SevensProof) {
            return "In pyscoop the proof is (proof + last_proof) % 7 == 0, with no hashing at all: one number in seven passes, and it"
                    + " says nothing about any block's contents. Block " + n + "'s proof still passes after the edit; only block " + next
                    + "'s previous_hash (and pyscoop's rule that each timestamp is later than the one before) gives an edit away.";
        }
        return proof.leavesOpen();
    }
}
