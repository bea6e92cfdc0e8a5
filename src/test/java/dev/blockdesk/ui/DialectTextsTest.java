package dev.blockdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.blockdesk.chain.ChainRules;
import dev.blockdesk.chain.Dialects;
import dev.blockdesk.ui.i18n.Language;
import dev.blockdesk.ui.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The dialects' tutorials and proof rules as the window says them: in English word for word as the chain layer, translated otherwise. */
class DialectTextsTest {

    @AfterEach
    void english() {
        Messages.use(Language.ENGLISH);
    }

    @Test
    void englishSaysWhatTheChainLayerSays() {
        for (int difficulty = 0; difficulty <= 7; difficulty++) {
            for (ChainRules rules : Dialects.all(difficulty)) {
                assertEquals(rules.tutorial(), DialectTexts.tutorial(rules), rules.id());
                assertEquals(rules.proof().describe(), DialectTexts.proof(rules), rules.id() + " at difficulty " + difficulty);
            }
        }
    }

    @Test
    void koreanAndChineseSayItInTheirOwnWords() {
        Messages.use(Language.KOREAN);
        assertEquals("모든 증명의 해시가 0 4개로 시작해야 합니다", DialectTexts.proof(Dialects.rules("dvf", 4)));
        assertEquals("dvf 튜토리얼의 초판(시드 002와 004)", DialectTexts.tutorial(Dialects.rules("dvf-early", 4)));
        Messages.use(Language.SIMPLIFIED_CHINESE);
        assertEquals("每个证明都要让 proof + last_proof 成为 7 的倍数（不做哈希：没有工作量）", DialectTexts.proof(Dialects.rules("pyscoop", 0)));
        assertEquals("每个证明的哈希都要以 1 个 0 开头（哈希的是 last_proof × proof，而不是区块）",
                DialectTexts.proof(Dialects.rules("chain-study", 1)));
    }
}
