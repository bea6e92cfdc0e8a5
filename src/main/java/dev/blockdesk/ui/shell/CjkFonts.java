package dev.blockdesk.ui.shell;

import dev.blockdesk.ui.i18n.Language;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chinese and Korean in a font that has their characters. JavaFX takes the fonts it falls back to
 * from fontconfig, and where Droid Sans Fallback (which Debian's ghostscript brings) comes before
 * Noto Sans CJK, Hangul shows as boxes although a font for it is installed; a stylesheet cannot
 * name a second family to fall back to (JavaFX reads the first). So while Chinese or Korean is in
 * use, every window's root gets a stylesheet naming the language's own families, when installed:
 * Noto Sans CJK (or Source Han Sans) for the text, and its monospaced sibling for the monospaced
 * views. Where none is installed (Windows and macOS fall back to their own CJK fonts) nothing changes.
 */
final class CjkFonts {

    // not shown: font family names, as the system knows them
    private static final Map<Language, List<String>> SANS = Map.of(
            Language.KOREAN, List.of("Noto Sans CJK KR", "Source Han Sans KR", "NanumGothic"),
            Language.SIMPLIFIED_CHINESE, List.of("Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei"));
    // not shown: font family names, as the system knows them
    private static final Map<Language, List<String>> MONO = Map.of(
            Language.KOREAN, List.of("Noto Sans Mono CJK KR", "Source Han Mono KR", "NanumGothicCoding"),
            Language.SIMPLIFIED_CHINESE, List.of("Noto Sans Mono CJK SC", "Source Han Mono SC", "WenQuanYi Zen Hei Mono"));
    /** The views blockdesk.css sets in a monospaced font. */
    static final String MONO_SELECTORS =
            ".mono, .fork-block .fork-hash, .block-card-proof, .block-card-transactions, .new-chain-difficulties .list-cell";

    private CjkFonts() {
    }

    /** The stylesheet's rules for {@code language} among the {@code installed} families; empty when nothing changes. */
    static String css(Language language, Collection<String> installed) {
        StringBuilder css = new StringBuilder();
        first(SANS.getOrDefault(language, List.of()), installed)
                .ifPresent(family -> css.append(".root { -fx-font-family: \"").append(family).append("\"; }\n")); // not shown: CSS
        first(MONO.getOrDefault(language, List.of()), installed)
                .ifPresent(family -> css.append(MONO_SELECTORS).append(" { -fx-font-family: \"").append(family).append("\"; }\n")); // not shown: CSS
        return css.toString();
    }

    /** {@link #css} as a stylesheet's address (a data: URL), or empty when nothing changes. */
    static Optional<String> stylesheet(Language language, Collection<String> installed) {
        String css = css(language, installed);
        if (css.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8)));
    }

    private static Optional<String> first(List<String> wanted, Collection<String> installed) {
        return wanted.stream().filter(installed::contains).findFirst();
    }
}
