package dev.blockdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.ui.i18n.Language;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which fonts Chinese and Korean get, by what is installed: the language's own CJK family, or nothing changed. */
class CjkFontsTest {

    private static final Set<String> DEBIAN = Set.of("DejaVu Sans", "Droid Sans Fallback", "Noto Sans CJK KR", "Noto Sans CJK SC",
            "Noto Sans Mono CJK KR", "Noto Sans Mono CJK SC");

    @Test
    void koreanAndChineseTakeTheirOwnNotoFamiliesForTextAndForTheMonospacedViews() {
        assertEquals(".root { -fx-font-family: \"Noto Sans CJK KR\"; }\n"
                + CjkFonts.MONO_SELECTORS + " { -fx-font-family: \"Noto Sans Mono CJK KR\"; }\n", CjkFonts.css(Language.KOREAN, DEBIAN));
        assertTrue(CjkFonts.css(Language.SIMPLIFIED_CHINESE, DEBIAN).startsWith(".root { -fx-font-family: \"Noto Sans CJK SC\"; }"));
    }

    @Test
    void englishAndASystemWithoutThoseFontsKeepTheDefaults() {
        assertEquals("", CjkFonts.css(Language.ENGLISH, DEBIAN));
        assertEquals(Optional.empty(), CjkFonts.stylesheet(Language.KOREAN, Set.of("Segoe UI", "Malgun Gothic")),
                "Windows and macOS fall back to their own CJK fonts");
        assertEquals(".root { -fx-font-family: \"NanumGothic\"; }\n", CjkFonts.css(Language.KOREAN, Set.of("NanumGothic")),
                "no monospaced CJK family: the monospaced views keep theirs");
    }

    @Test
    void theStylesheetIsADataUrlOfTheRules() {
        String url = CjkFonts.stylesheet(Language.KOREAN, DEBIAN).orElseThrow();
        assertTrue(url.startsWith("data:text/css;base64,"), url);
        assertEquals(CjkFonts.css(Language.KOREAN, DEBIAN),
                new String(Base64.getDecoder().decode(url.substring(url.indexOf(',') + 1)), StandardCharsets.UTF_8));
    }
}
