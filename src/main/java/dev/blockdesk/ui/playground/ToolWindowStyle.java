package dev.blockdesk.ui.playground;

import dev.blockdesk.ui.i18n.Language;
import dev.blockdesk.ui.i18n.Messages;
import java.util.Optional;
import javafx.scene.Parent;
import javafx.scene.text.Font;
import javafx.stage.Window;

/**
 * The look a tool window (the hash playground, a tamper sandbox) takes from the main window: its
 * text size (the zoom is a style on the root), and in Korean and Chinese a font that has the
 * language's characters. JavaFX on Linux falls back only to TrueType fonts, and the CJK fonts
 * Linux ships (Noto Sans CJK) are OpenType CFF, so Hangul shows as boxes unless the font is named:
 * the root gets the style class {@code lang-ko} or {@code lang-zh-cn} (blockdesk.css names the
 * fonts) when that font is installed, and elsewhere the system's own fallback serves.
 */
public final class ToolWindowStyle {

    // not shown: a font's name
    private static final String KOREAN_FONT = "Noto Sans CJK KR";
    // not shown: a font's name
    private static final String CHINESE_FONT = "Noto Sans CJK SC";

    private ToolWindowStyle() {
    }

    /** Gives {@code root} the owner's text size and the language's font. */
    public static void follow(Parent root, Window owner) {
        if (owner != null && owner.getScene() != null && owner.getScene().getRoot() != null) {
            root.setStyle(owner.getScene().getRoot().getStyle());
        }
        scriptClass(Messages.language()).filter(c -> !root.getStyleClass().contains(c)).ifPresent(root.getStyleClass()::add);
    }

    /** The style class naming {@code language}'s font, when that font is installed. */
    static Optional<String> scriptClass(Language language) {
        String family = switch (language) {
            case KOREAN -> KOREAN_FONT;
            case SIMPLIFIED_CHINESE -> CHINESE_FONT;
            default -> null;
        };
        if (family == null || !Font.getFamilies().contains(family)) {
            return Optional.empty();
        }
        return Optional.of(language == Language.KOREAN ? "lang-ko" : "lang-zh-cn");
    }
}
