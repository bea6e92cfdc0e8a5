package dev.blockdesk.chain.lab;

import dev.blockdesk.chain.ChainRules;
import dev.blockdesk.chain.ChainText;
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

    /** dvf-early's puzzle as its tutorial writes it; an argument, since a pattern cannot hold its braces. */
    private static final String EARLY_FORMULA = "sha256(f\"{last_proof}{proof}\")";

    private SandboxExplanation() {}

    /**
     * The explanation in English.
     *
     * @param rules  the sandbox's dialect
     * @param edited the index of the block last edited, or null before any edit
     */
    public static String of(ChainRules rules, Long edited) {
        return text(rules, edited).english();
    }

    /**
     * The explanation as a text the window says in its language ({@link ChainText#in}): why the next
     * block turns red, then what the dialect's proof rule covers, in two paragraphs.
     *
     * @param rules  the sandbox's dialect
     * @param edited the index of the block last edited, or null before any edit
     */
    public static ChainText text(ChainRules rules, Long edited) {
        String n = edited == null ? "N" : Long.toString(edited);
        String next = edited == null ? "N+1" : Long.toString(edited + 1);
        String before = edited == null ? "N−1" : Long.toString(edited - 1);
        ChainText common = ChainText.of("chain.sandbox.why", next, n, before);
        return ChainText.of("chain.sandbox.explanation", common, proofPart(rules.id(), rules.proof(), n, next, before));
    }

    private static ChainText proofPart(String dialect, ProofRule proof, String n, String next, String before) {
        if (proof instanceof ProofOfWork pow) {
            return ChainText.of("chain.sandbox.proof.dvf", dialect, pow.difficulty(), next, n);
        }
        if (proof instanceof EarlyProofOfWork early) {
            return ChainText.of("chain.sandbox.proof.early", n, EARLY_FORMULA, early.difficulty(), before, next);
        }
        if (proof instanceof ProductProofOfWork product) {
            return ChainText.of("chain.sandbox.proof.product", product.difficulty(), n, next);
        }
        if (proof instanceof SevensProof) {
            return ChainText.of("chain.sandbox.proof.sevens", n, next);
        }
        return ChainText.verbatim(proof.leavesOpen());
    }
}
