package dev.blockdesk.ui.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.blockdesk.chain.HashRate;
import dev.blockdesk.ui.i18n.Language;
import dev.blockdesk.ui.i18n.Messages;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A measured rate's source reads in English exactly as the chain layer words it, and in Korean in Korean. */
class RateTextsTest {

    @AfterEach
    void english() {
        Messages.use(Language.ENGLISH);
    }

    @Test
    void aMeasurementIsWordedAsTheChainWordsIt() throws Exception {
        Duration briefly = Duration.ofMillis(100);
        for (int threads : new int[] {1, 2}) {
            HashRate measured = HashRate.measure("dvf", threads, briefly);
            assertEquals(measured.source(), RateTexts.measured(measured, "dvf", briefly).source());
        }
        Messages.use(Language.KOREAN);
        assertEquals("측정: dvf 채굴 1.0초 중 가장 빠른 4분의 1 구간, 스레드 2개",
                RateTexts.measured(new HashRate(1000, 2, "measured"), "dvf", Duration.ofSeconds(1)).source());
    }
}
