package dev.blockdesk.ui.shell;

import dev.blockdesk.ui.i18n.Language;
import dev.blockdesk.ui.i18n.Messages;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.stage.Window;

/**
 * View → Language: the system's language, English, 简体中文 or 한국어, each named in itself. A new
 * choice is remembered in the data directory and used from the next start; a note says so in the
 * language chosen, so whoever picked it can read it.
 */
final class LanguageMenu {

    private LanguageMenu() {}

    /** Fills {@code menu} with one item a language, the current choice selected. */
    static void fill(Menu menu, BiConsumer<String, String> saveSetting, Supplier<Window> owner) {
        ToggleGroup group = new ToggleGroup();
        for (Language language : Language.values()) {
            RadioMenuItem item = new RadioMenuItem(name(language));
            item.setId("language-" + language.tag());
            item.setToggleGroup(group);
            item.setSelected(language == Messages.chosen());
            item.setOnAction(e -> choose(language, saveSetting, owner.get()));
            menu.getItems().add(item);
        }
    }

    /** "English"; "System language (한국어)" names what the system's language resolves to. */
    static String name(Language language) {
        return language.nativeName()
                .orElseGet(() -> Messages.tr(
                        "language.system",
                        Messages.resolved(language).nativeName().orElseThrow()));
    }

    private static void choose(Language language, BiConsumer<String, String> saveSetting, Window owner) {
        saveSetting.accept(Language.SETTING, language.tag());
        String named = Messages.resolved(language).nativeName().orElseThrow();
        ButtonType ok = new ButtonType(Messages.trIn(language, "language.changed.ok"), ButtonBar.ButtonData.OK_DONE);
        Alert note =
                new Alert(Alert.AlertType.INFORMATION, Messages.trIn(language, "language.changed.text", named), ok);
        note.setTitle(Messages.trIn(language, "language.changed.title"));
        note.setHeaderText(null);
        if (owner != null && owner.isShowing()) {
            note.initOwner(owner);
        }
        note.show();
    }
}
