package dev.blockdesk.ui.playground;

import dev.blockdesk.chain.EarlyProofOfWork;
import dev.blockdesk.chain.ProductProofOfWork;
import dev.blockdesk.chain.ProofOfWork;
import dev.blockdesk.chain.ProofRule;
import dev.blockdesk.chain.ProofTrial;
import dev.blockdesk.chain.SevensProof;
import dev.blockdesk.chain.Sha256;
import dev.blockdesk.ui.i18n.Messages;

/**
 * What the window says about a dialect's proof rule, in the window's language: the words of
 * {@link ProofRule#describe()}, {@link ProofRule#leavesOpen()} and a {@link ProofTrial}'s verdict,
 * which the chain layer writes in English, worded from the bundle for each rule it knows (in
 * English the same words, which {@code ProofRuleTextsTest} holds). A rule it does not know is
 * shown in the chain's own words.
 */
public final class ProofRuleTexts {

    private ProofRuleTexts() {
    }

    /** {@code every proof has 4 leading zeros}: the rule in a few words. */
    public static String describe(ProofRule rule) {
        if (rule instanceof ProofOfWork) {
            return Messages.tr("playground.rule.describe.dvf", zeros(rule.difficulty()));
        }
        if (rule instanceof EarlyProofOfWork) {
            return Messages.tr("playground.rule.describe.early", zeros(rule.difficulty()));
        }
        if (rule instanceof ProductProofOfWork) {
            return Messages.tr("playground.rule.describe.product", zeros(rule.difficulty()));
        }
        if (rule instanceof SevensProof) {
            return Messages.tr("playground.rule.describe.sevens");
        }
        return rule.describe();
    }

    /** What the rule leaves open, for a learner. */
    public static String leavesOpen(ProofRule rule) {
        if (rule instanceof ProofOfWork) {
            return Messages.tr("playground.rule.leavesOpen.dvf");
        }
        if (rule instanceof EarlyProofOfWork) {
            return Messages.tr("playground.rule.leavesOpen.early");
        }
        if (rule instanceof ProductProofOfWork) {
            return Messages.tr("playground.rule.leavesOpen.product");
        }
        if (rule instanceof SevensProof) {
            return Messages.tr("playground.rule.leavesOpen.sevens");
        }
        return rule.leavesOpen();
    }

    /** {@code 4 leading zeros; difficulty 4 needs 4 ✓}, or for pyscoop {@code remainder 0: a multiple of 7 ✓}. */
    public static String verdict(ProofRule rule, ProofTrial trial) {
        if (rule instanceof SevensProof) {
            return trial.valid() ? Messages.tr("playground.rule.verdict.sevens.valid", trial.result())
                    : Messages.tr("playground.rule.verdict.sevens.invalid", trial.result());
        }
        if (trial.hashes() && rule.difficulty() >= 0) {
            String zeros = zeros(Sha256.leadingZeros(trial.result()));
            String difficulty = String.valueOf(rule.difficulty());
            return trial.valid() ? Messages.tr("playground.rule.verdict.valid", zeros, difficulty)
                    : Messages.tr("playground.rule.verdict.invalid", zeros, difficulty);
        }
        return trial.verdict();
    }

    /** {@code 1 leading zero}, {@code 4 leading zeros}. */
    public static String zeros(int n) {
        return Messages.tr("playground.rule.zeros", n, String.valueOf(n));
    }
}
