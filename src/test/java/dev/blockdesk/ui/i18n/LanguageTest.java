package dev.blockdesk.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.ui.Formats;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which translation a system or a choice gets, and what the window then says and how it writes numbers and dates. */
class LanguageTest {

    @AfterEach
    void english() {
        Messages.use(Language.ENGLISH);
    }

    @Test
    void theSystemLocalePicksTheTranslation() {
        assertEquals(Language.KOREAN, Language.SYSTEM.resolve(Locale.KOREA));
        assertEquals(Language.SIMPLIFIED_CHINESE, Language.SYSTEM.resolve(Locale.SIMPLIFIED_CHINESE));
        assertEquals(Language.SIMPLIFIED_CHINESE, Language.SYSTEM.resolve(Locale.forLanguageTag("zh-Hans-SG")));
        assertEquals(
                Language.ENGLISH,
                Language.SYSTEM.resolve(Locale.TRADITIONAL_CHINESE),
                "no Traditional Chinese translation yet");
        assertEquals(Language.ENGLISH, Language.SYSTEM.resolve(Locale.forLanguageTag("zh-Hant")));
        assertEquals(Language.ENGLISH, Language.SYSTEM.resolve(Locale.GERMANY));
        assertEquals(Language.KOREAN, Language.KOREAN.resolve(Locale.GERMANY), "a choice wins over the system");
    }

    @Test
    void tagsAreReadAsWrittenOrWithAnUnderscore() {
        assertEquals(Optional.of(Language.SIMPLIFIED_CHINESE), Language.ofTag("zh-CN"));
        assertEquals(Optional.of(Language.SIMPLIFIED_CHINESE), Language.ofTag("zh_cn"));
        assertEquals(Optional.of(Language.KOREAN), Language.ofTag(" ko "));
        assertEquals(Optional.of(Language.SYSTEM), Language.ofTag("system"));
        assertEquals(Optional.empty(), Language.ofTag("fr"));
        assertEquals(Optional.empty(), Language.ofTag(null));
    }

    @Test
    void koreanTextsNumbersAndDates() {
        Messages.use(Language.KOREAN);
        assertEquals(Language.KOREAN, Messages.language());
        assertEquals("블록 101,000개", Formats.blocks(101_000));
        assertEquals("3초", Formats.age(Duration.ofSeconds(3)));
        assertEquals("4.2초", Formats.duration(4.2));
        String date = Formats.localTime(Instant.parse("2026-11-22T10:00:00Z"));
        assertTrue(date.startsWith("2026. 11. 2"), date); // 22 or 23 by the time zone
    }

    @Test
    void chineseTextsAndDates() {
        Messages.use(Language.SIMPLIFIED_CHINESE);
        assertEquals("1 个区块", Formats.blocks(1));
        assertEquals("12.0 秒", Formats.duration(12));
        String date = Formats.localTime(Instant.parse("2026-11-22T10:00:00Z"));
        assertTrue(date.startsWith("2026年11月2"), date);
    }

    @Test
    void englishCountsBlocksOneByOne() {
        assertEquals("1 block", Formats.blocks(1));
        assertEquals("0 blocks", Formats.blocks(0));
        assertEquals("1,234,567 blocks", Formats.blocks(1_234_567));
        assertEquals("1,235", Formats.count(1234.5));
        assertEquals("< 1 ms", Formats.duration(0.0001));
        assertEquals("forever", Formats.duration(Double.POSITIVE_INFINITY));
    }

    @Test
    void numbersFollowTheSystemWhenItSpeaksTheLanguageInUse() {
        assertEquals(
                Locale.ENGLISH,
                Messages.formatLocale(Language.ENGLISH, Locale.GERMANY),
                "German formats do not go with English texts");
        assertEquals(Locale.UK, Messages.formatLocale(Language.ENGLISH, Locale.UK));
        assertEquals(Locale.KOREAN, Messages.formatLocale(Language.KOREAN, Locale.US));
    }

    @Test
    void aTextCanBeSaidInAnotherLanguageThanTheOneInUse() {
        assertEquals(
                "Blockdesk를 다음에 시작할 때 한국어(으)로 표시합니다.", Messages.trIn(Language.KOREAN, "language.changed.text", "한국어"));
        assertEquals("Language", Messages.tr("language.changed.title"));
        assertEquals("no.such.key", Messages.tr("no.such.key"));
    }
}
