package dev.blockdesk.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.blockdesk.ui.i18n.Language;
import dev.blockdesk.ui.i18n.Messages;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.text.Font;
import javafx.stage.Window;

/**
 * Korean and Chinese letters in every window, where the toolkit would draw boxes. JavaFX 21 on
 * Linux falls back from its System and Monospaced fonts only to TrueType fonts, so the CJK fonts
 * most systems install (Noto Sans CJK: OpenType with CFF outlines) are never used for a letter the
 * Latin font lacks (JDK-8322251, fixed in JavaFX 23). Named, they are drawn well. So for Korean and
 * Chinese the window's text is set in an installed CJK family of the language: from the theme on
 * (the user agent stylesheet, so every control and dialog is measured in it from the start), and its
 * monospaced text, which the window's own CSS sets in "Monospaced", in the family's monospaced cut.
 * Where no such family is installed, nothing changes.
 *
 * @param family the sans family, e.g. {@code Noto Sans CJK KR}
 * @param mono   its monospaced cut, or the sans family where there is none
 */
record WindowFont(String family, String mono) {

    private static Language lookedUpFor;
    private static Optional<WindowFont> lookedUp = Optional.empty();

    /** The font the language in use needs here, looked up once a language (FX thread). */
    static Optional<WindowFont> current() {
        if (Messages.language() != lookedUpFor) {
            lookedUpFor = Messages.language();
            lookedUp = of(lookedUpFor, Font::getFamilies);
        }
        return lookedUp;
    }

    /** The user agent stylesheet of the light or dark theme, with the font the language in use needs. */
    static String theme(boolean dark) {
        String theme = dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
        return current()
                .map(font -> font.userAgentStylesheet(
                        WindowFont.class.getResource(theme).toExternalForm()))
                .orElse(theme);
    }

    /** The families tried in order for a language: sans, then its monospaced cut. */
    private static final Map<Language, List<WindowFont>> FAMILIES = Map.of( // not shown: font family names
            Language.KOREAN,
                    List.of(
                            new WindowFont("Noto Sans CJK KR", "Noto Sans Mono CJK KR"),
                            new WindowFont("Source Han Sans KR", "Source Han Sans KR")),
            Language.SIMPLIFIED_CHINESE,
                    List.of(
                            new WindowFont("Noto Sans CJK SC", "Noto Sans Mono CJK SC"),
                            new WindowFont("Source Han Sans SC", "Source Han Sans SC")));

    /**
     * The font {@code language} needs, the first of its families that {@code installed} holds
     * (asked only for a language that needs one: listing the fonts takes a while); empty for
     * English, or when none is installed.
     */
    static Optional<WindowFont> of(Language language, Supplier<Collection<String>> installed) {
        List<WindowFont> wanted = FAMILIES.getOrDefault(language, List.of());
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        Collection<String> families = installed.get();
        return wanted.stream()
                .filter(font -> families.contains(font.family()))
                .map(font -> families.contains(font.mono()) ? font : new WindowFont(font.family(), font.family()))
                .findFirst();
    }

    /** The user agent stylesheet: the theme at {@code themeUrl} (an absolute URL), with this family for all text. */
    String userAgentStylesheet(String themeUrl) {
        return dataUrl( // not shown: CSS
                "@import url(\"" + themeUrl + "\");\n" + ".root { -fx-font-family: \"" + family + "\"; }\n");
    }

    /** The stylesheet each window gets last: its monospaced text in the monospaced cut. */
    String monoStylesheet() {
        return dataUrl(".mono, .mono .text { -fx-font-family: \"" + mono + "\"; }\n"); // not shown: CSS
    }

    private static String dataUrl(String css) {
        return "data:text/css;base64,"
                + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8)); // not shown: a data URL
    }

    /**
     * Gives each window of {@code windows} ({@code Window.getWindows()}) the {@link #monoStylesheet}:
     * those shown now and every one shown later, until the returned action stops it.
     */
    Runnable follow(ObservableList<Window> windows) {
        Follower follower = new Follower(monoStylesheet());
        windows.forEach(follower::attach);
        ListChangeListener<Window> shown = change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(follower::attach);
            }
        };
        windows.addListener(shown);
        return () -> {
            windows.removeListener(shown);
            follower.stop();
        };
    }

    /** Adds a stylesheet to every window's root, once, and again when a window's scene or root changes. */
    private static final class Follower {
        private final String stylesheet;
        private final Map<Window, Boolean> listened = new WeakHashMap<>();
        private final Map<Scene, Boolean> scenes = new WeakHashMap<>();
        private boolean stopped;

        Follower(String stylesheet) {
            this.stylesheet = stylesheet;
        }

        /** Adds the stylesheet to no more roots: the application that followed the windows has stopped. */
        void stop() {
            stopped = true;
        }

        void attach(Window window) {
            attach(window.getScene());
            if (listened.put(window, Boolean.TRUE) == null) {
                window.sceneProperty().addListener((o, was, scene) -> attach(scene));
            }
        }

        private void attach(Scene scene) {
            if (scene == null || scenes.put(scene, Boolean.TRUE) != null) {
                return;
            }
            apply(scene.getRoot());
            scene.rootProperty().addListener((o, was, root) -> apply(root));
        }

        /** Last among the root's own stylesheets, so it wins over a window's CSS that names a Latin font. */
        private void apply(Parent root) {
            if (root != null && !stopped) {
                root.getStylesheets().remove(stylesheet);
                root.getStylesheets().add(stylesheet);
            }
        }
    }
}
