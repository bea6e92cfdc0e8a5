package dev.blockdesk.ui.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.blockdesk.chain.ChainRules;
import dev.blockdesk.chain.Dialects;
import dev.blockdesk.chain.ProofRule;
import dev.blockdesk.chain.ProofTrial;
import dev.blockdesk.ui.i18n.Language;
import dev.blockdesk.ui.i18n.Messages;
import java.math.BigInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The window's words for a proof rule say in English exactly what the chain layer says, and something else in Korean. */
class ProofRuleTextsTest {

    private static final String HASH = "2b094dae4c971ac92f352e2835d4383b51a6b3349a9789ec65c73b6a0f800c48";

    @AfterEach
    void english() {
        Messages.use(Language.ENGLISH);
    }

    @Test
    void inEnglishEveryRuleIsWordedAsTheChainWordsIt() {
        for (int difficulty : new int[] {1, 2, 4}) {
            for (String id : Dialects.IDS) {
                ProofRule rule = Dialects.rules(id, difficulty).proof();
                assertEquals(rule.describe(), ProofRuleTexts.describe(rule), id);
                assertEquals(rule.leavesOpen(), ProofRuleTexts.leavesOpen(rule), id);
                for (long proof = 0; proof < 40_000; proof += 97) {
                    ProofTrial trial = rule.trial(BigInteger.valueOf(100), BigInteger.valueOf(proof), HASH);
                    assertEquals(trial.verdict(), ProofRuleTexts.verdict(rule, trial), id + " proof " + proof);
                }
                ProofTrial found = rule.trial(BigInteger.valueOf(100), BigInteger.valueOf(36234), HASH);
                assertEquals(found.verdict(), ProofRuleTexts.verdict(rule, found), id);
            }
        }
    }

    @Test
    void inKoreanTheVerdictIsKorean() {
        Messages.use(Language.KOREAN);
        ChainRules dvf = Dialects.rules("dvf", 4);
        ProofTrial trial = dvf.proof().trial(BigInteger.valueOf(100), BigInteger.valueOf(36234), HASH);
        assertEquals("앞자리 0이 4개; 난이도 4에는 4개가 필요합니다 ✓", ProofRuleTexts.verdict(dvf.proof(), trial));
        Messages.use(Language.SIMPLIFIED_CHINESE);
        assertEquals("每个证明都要有 4 个前导零", ProofRuleTexts.describe(dvf.proof()));
    }
}
