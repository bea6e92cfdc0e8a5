package dev.blockdesk.ui.sandbox;

import dev.blockdesk.chain.ChainRules;
import dev.blockdesk.chain.EarlyProofOfWork;
import dev.blockdesk.chain.ProductProofOfWork;
import dev.blockdesk.chain.ProofOfWork;
import dev.blockdesk.chain.ProofRule;
import dev.blockdesk.chain.SevensProof;
import dev.blockdesk.chain.lab.SandboxExplanation;
import dev.blockdesk.ui.i18n.Messages;
import dev.blockdesk.ui.playground.ProofRuleTexts;

/**
 * Why editing a block turns the NEXT block red, in the window's language: the words of
 * {@link SandboxExplanation}, from the bundle for each proof rule it knows (in English the same
 * words, which {@code ExplanationTextTest} holds).
 */
final class ExplanationText {

    private ExplanationText() {
    }

    /**
     * @param rules  the sandbox's dialect
     * @param edited the index of the block last edited, or null before any edit
     */
    static String of(ChainRules rules, Long edited) {
        String n = edited == null ? "N" : Long.toString(edited); // not shown: a block's name in a formula, the same in every language
        String next = edited == null ? "N+1" : Long.toString(edited + 1); // not shown: as above
        String before = edited == null ? "N−1" : Long.toString(edited - 1); // not shown: as above
        String common = Messages.tr("sandbox.explanation.common", n, next, before);
        ProofRule proof = rules.proof();
        String part;
        if (proof instanceof ProofOfWork) {
            part = Messages.tr("sandbox.explanation.dvf", rules.id(), String.valueOf(proof.difficulty()), n, next);
        } else if (proof instanceof EarlyProofOfWork) {
            String formula = "sha256(f\"{last_proof}{proof}\")"; // not shown: the tutorial's Python, the same in every language
            part = Messages.tr("sandbox.explanation.early", String.valueOf(proof.difficulty()), n, next, before, formula);
        } else if (proof instanceof ProductProofOfWork) {
            part = Messages.tr("sandbox.explanation.product", String.valueOf(proof.difficulty()), n, next);
        } else if (proof instanceof SevensProof) {
            part = Messages.tr("sandbox.explanation.sevens", n, next);
        } else {
            part = ProofRuleTexts.leavesOpen(proof);
        }
        return common + "\n\n" + part;
    }
}
