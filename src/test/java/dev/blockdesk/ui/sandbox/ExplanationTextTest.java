package dev.blockdesk.ui.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.chain.ChainRules;
import dev.blockdesk.chain.Dialects;
import dev.blockdesk.chain.lab.SandboxExplanation;
import dev.blockdesk.ui.i18n.Language;
import dev.blockdesk.ui.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The sandbox's "why the next block breaks" says in English exactly what {@link SandboxExplanation} says, in every dialect. */
class ExplanationTextTest {

    @AfterEach
    void english() {
        Messages.use(Language.ENGLISH);
    }

    @Test
    void inEnglishItIsTheChainLayersExplanation() {
        for (String id : Dialects.IDS) {
            ChainRules rules = Dialects.rules(id, 3);
            assertEquals(SandboxExplanation.of(rules, null), ExplanationText.of(rules, null), id);
            assertEquals(SandboxExplanation.of(rules, 4L), ExplanationText.of(rules, 4L), id);
        }
    }

    @Test
    void inChineseAndKoreanItNamesTheBlocks() {
        ChainRules early = Dialects.rules("dvf-early", 4);
        Messages.use(Language.SIMPLIFIED_CHINESE);
        String chinese = ExplanationText.of(early, 4L);
        assertTrue(chinese.startsWith("为什么变红的是区块 5，而不是区块 4"), chinese);
        assertTrue(chinese.contains("sha256(f\"{last_proof}{proof}\")"), chinese);
        Messages.use(Language.KOREAN);
        assertTrue(ExplanationText.of(early, 4L).startsWith("블록 4이(가) 아니라 블록 5이(가) 빨갛게 되는 이유"), ExplanationText.of(early, 4L));
    }
}
