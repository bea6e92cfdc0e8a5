package dev.blockdesk.ui.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.TreeTableView;
import javafx.scene.text.Text;

/**
 * What a person reads or hears in a scene graph: labels, buttons, tabs, menus, column headers,
 * prompts, tooltips and accessible texts (not what they typed or the chain's own data in text
 * areas). {@link #untranslated} finds the English words among them, for the translated-view tests.
 * Call on the FX thread.
 */
public final class SceneTexts {

    /** Words that stay as they are in every language: names, the protocol's fields and routes, units. */
    static final Set<String> KEPT = Set.of(
            "blockdesk",
            "dvf",
            "dvf-early",
            "chain-study",
            "pyscoop",
            "json",
            "api",
            "http",
            "https",
            "url",
            "sha",
            "sha-256",
            "sha256",
            "cors",
            "get",
            "post",
            "head",
            "options",
            "curl",
            "ctrl",
            "shift",
            "alt",
            "enter",
            "esc",
            "tab",
            "python",
            "flask",
            "javafx",
            "java",
            "sqlite",
            "utf-8",
            "index",
            "proof",
            "timestamp",
            "sender",
            "recipient",
            "amount",
            "transactions",
            "last_proof",
            "previous_hash",
            "hash",
            "nodes",
            "chain",
            "mine",
            "pending",
            "resolve",
            "register",
            "new",
            "localhost",
            "ms",
            "min",
            "kh/s",
            "mh/s",
            "h/s",
            "hex",
            "id",
            "ok",
            "tcp",
            "ip",
            "english",
            "write"); // english: View → Language names it in itself; =write: the --cors keyword a user types after an
    // origin

    private static final Pattern URL_OR_PATH = Pattern.compile("(https?://|/)[^\\s)，。、）]*");
    private static final Pattern WORD = Pattern.compile("\\p{IsLatin}[\\p{IsLatin}\\d_/'-]*");

    private SceneTexts() {}

    /** Every text shown or announced under {@code root}. */
    public static List<String> of(Node root) {
        List<String> texts = new ArrayList<>();
        collect(root, texts);
        return texts;
    }

    /** The texts of {@code texts} that still hold an English word (three letters or more, and not one {@link #KEPT}). */
    public static List<String> untranslated(List<String> texts) {
        return untranslated(texts, Set.of());
    }

    /** As {@link #untranslated(List)}, where the words of {@code data} (addresses, peers' names the test made) are the chain's, not English. */
    public static List<String> untranslated(List<String> texts, Set<String> data) {
        List<String> english = new ArrayList<>();
        for (String text : texts) {
            Matcher words = WORD.matcher(URL_OR_PATH.matcher(text).replaceAll(" "));
            while (words.find()) {
                String word = words.group();
                if (word.length() >= 3
                        && !word.matches(".*[\\d_].*")
                        && !word.matches("[0-9a-fA-F]{3,}")
                        && !KEPT.contains(word.toLowerCase(Locale.ROOT))
                        && !data.contains(word)) {
                    english.add(text);
                    break;
                }
            }
        }
        return english;
    }

    private static void collect(Node node, List<String> into) {
        if (node == null || !node.isVisible()) {
            return;
        }
        add(node.getAccessibleText(), into);
        add(node.getAccessibleHelp(), into);
        if (node instanceof Labeled labeled) {
            add(labeled.getText(), into);
        }
        if (node instanceof Text text) {
            add(text.getText(), into);
        }
        if (node instanceof TextInputControl input) {
            add(input.getPromptText(), into);
        }
        if (node instanceof ComboBoxBase<?> combo) {
            add(combo.getPromptText(), into);
        }
        if (node instanceof Control control && control.getTooltip() != null) {
            add(control.getTooltip().getText(), into);
        }
        if (node instanceof MenuBar bar) {
            bar.getMenus().forEach(menu -> items(menu, into));
        }
        if (node instanceof MenuButton button) {
            button.getItems().forEach(item -> items(item, into));
        }
        if (node instanceof TabPane tabs) {
            for (Tab tab : tabs.getTabs()) {
                add(tab.getText(), into);
                if (tab.getTooltip() != null) {
                    add(tab.getTooltip().getText(), into);
                }
                collect(tab.getContent(), into);
            }
            return;
        }
        if (node instanceof TableView<?> table) {
            table.getColumns().forEach(column -> columns(column, into));
            add(placeholder(table.getPlaceholder()), into);
        }
        if (node instanceof TreeTableView<?> table) {
            table.getColumns().forEach(column -> columns(column, into));
        }
        if (node instanceof ScrollPane scroll) {
            collect(scroll.getContent(), into);
        }
        if (node instanceof SplitPane split) {
            split.getItems().forEach(item -> collect(item, into));
        }
        if (node instanceof ToolBar bar) {
            bar.getItems().forEach(item -> collect(item, into));
        }
        if (node instanceof TitledPane pane) {
            collect(pane.getContent(), into);
        }
        if (node instanceof ButtonBase || node instanceof TextInputControl || node instanceof TableView<?>) {
            return; // their insides are skins: the text was read above
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, into));
        }
    }

    private static String placeholder(Node placeholder) {
        return placeholder instanceof Labeled labeled ? labeled.getText() : null;
    }

    private static void items(MenuItem item, List<String> into) {
        add(item.getText(), into);
        if (item instanceof Menu menu) {
            menu.getItems().forEach(child -> items(child, into));
        }
    }

    private static void columns(TableColumnBase<?, ?> column, List<String> into) {
        add(column.getText(), into);
        column.getColumns().forEach(child -> columns(child, into));
    }

    private static void add(String text, List<String> into) {
        if (text != null && !text.isBlank()) {
            into.add(text);
        }
    }
}
