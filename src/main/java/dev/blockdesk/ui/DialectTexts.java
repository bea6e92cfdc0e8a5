package dev.blockdesk.ui;

import dev.blockdesk.chain.ChainRules;
import dev.blockdesk.chain.ChainStudyRules;
import dev.blockdesk.chain.DvfEarlyRules;
import dev.blockdesk.chain.DvfRules;
import dev.blockdesk.chain.PyscoopRules;
import dev.blockdesk.ui.i18n.Messages;

/**
 * A dialect's tutorial and proof rule in the window's language. The chain layer names them in
 * English ({@link ChainRules#tutorial()}, {@code proof().describe()}); the window says the same
 * from the bundle, and a dialect it has no text for as the chain layer says it.
 */
public final class DialectTexts {

    private DialectTexts() {
    }

    /** Which tutorial's node speaks {@code rules}' dialect: {@code dvf/blockchain, the classic tutorial (seed 003's final code)}. */
    public static String tutorial(ChainRules rules) {
        return switch (rules.id()) {
            case DvfRules.ID -> Messages.tr("dialects.tutorial.dvf");
            case DvfEarlyRules.ID -> Messages.tr("dialects.tutorial.dvf-early");
            case ChainStudyRules.ID -> Messages.tr("dialects.tutorial.chain-study");
            case PyscoopRules.ID -> Messages.tr("dialects.tutorial.pyscoop");
            default -> rules.tutorial();
        };
    }

    /** What a valid proof is under {@code rules}: {@code every proof has 4 leading zeros}. */
    public static String proof(ChainRules rules) {
        int difficulty = rules.proof().difficulty();
        return switch (rules.id()) {
            case DvfRules.ID -> Messages.tr("dialects.proof.dvf", difficulty);
            case DvfEarlyRules.ID -> Messages.tr("dialects.proof.dvf-early", difficulty);
            case ChainStudyRules.ID -> Messages.tr("dialects.proof.chain-study", difficulty);
            case PyscoopRules.ID -> Messages.tr("dialects.proof.pyscoop", difficulty);
            default -> rules.proof().describe();
        };
    }
}
