package dev.blockdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.ui.i18n.Language;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which font Korean and Chinese text get, and the stylesheets that set it. */
class WindowFontTest {

    private static final List<String> NOTO =
            List.of("DejaVu Sans", "Noto Sans CJK KR", "Noto Sans Mono CJK KR", "Noto Sans CJK SC");

    @Test
    void koreanAndChineseGetAnInstalledFamilyOfTheirOwn() {
        assertEquals(
                Optional.of(new WindowFont("Noto Sans CJK KR", "Noto Sans Mono CJK KR")),
                WindowFont.of(Language.KOREAN, () -> NOTO));
        assertEquals(
                Optional.of(new WindowFont("Noto Sans CJK SC", "Noto Sans CJK SC")),
                WindowFont.of(Language.SIMPLIFIED_CHINESE, () -> NOTO),
                "no monospaced cut installed: the sans one");
        assertEquals(
                Optional.empty(),
                WindowFont.of(Language.KOREAN, () -> List.of("DejaVu Sans")),
                "none installed: nothing changes");
    }

    @Test
    void englishNeedsNoneAndDoesNotListTheFonts() {
        assertEquals(Optional.empty(), WindowFont.of(Language.ENGLISH, () -> {
            throw new AssertionError("listed the fonts");
        }));
    }

    @Test
    void theStylesheetsImportTheThemeAndSetTheFamilies() {
        WindowFont font = new WindowFont("Noto Sans CJK KR", "Noto Sans Mono CJK KR");
        assertEquals(
                "@import url(\"jar:file:/app.jar!/primer-light.css\");\n.root { -fx-font-family: \"Noto Sans CJK KR\"; }\n",
                css(font.userAgentStylesheet("jar:file:/app.jar!/primer-light.css")));
        assertTrue(css(font.monoStylesheet())
                .startsWith(".mono, .mono .text { -fx-font-family: \"Noto Sans Mono CJK KR\"; }"));
    }

    private static String css(String dataUrl) {
        String prefix = "data:text/css;base64,";
        assertTrue(dataUrl.startsWith(prefix), dataUrl);
        return new String(Base64.getDecoder().decode(dataUrl.substring(prefix.length())), StandardCharsets.UTF_8);
    }
}
