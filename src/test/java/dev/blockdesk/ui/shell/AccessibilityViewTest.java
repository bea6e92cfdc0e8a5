package dev.blockdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.ui.FakeNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a screen reader finds in the window and each of its tabs (issue 15): a button without text
 * says what it does, every field has a label that names it ({@code labelFor}), every table and list
 * says what it holds, and every status bar item what it shows. A control added later without them
 * fails here.
 */
class AccessibilityViewTest extends FxRobot {

    @TempDir
    Path dir;

    private final FakeNode node = new FakeNode();

    @BeforeEach
    void mount() throws Exception {
        Views.mountWindow(node, dir, Views.NO_FILES);
    }

    @AfterEach
    void unmount() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void everyControlInTheWindowAndEachTabHasAccessibleText() {
        TabPane tabs = lookup("#tabs").queryAs(TabPane.class);
        List<String> missing = new ArrayList<>();
        int fields = 0;
        for (Tab tab : tabs.getTabs()) {
            interact(() -> tabs.getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            Parent root = tabs.getScene().getRoot();
            List<Node> all = new ArrayList<>();
            collect(root, all);
            List<Label> labels = all.stream()
                    .filter(Label.class::isInstance)
                    .map(Label.class::cast)
                    .toList();
            for (Node n : all) {
                if (insideAnotherControl(n)) {
                    continue; // a Spinner's or ComboBox's own editor, a cell's content: its control is checked
                }
                if (n instanceof ButtonBase button && blank(button.getText()) && blank(button.getAccessibleText())) {
                    missing.add(tab.getText() + ": a button without text or accessible text: " + describe(n));
                }
                if (n instanceof TextInputControl
                        || n instanceof ComboBoxBase
                        || n instanceof ChoiceBox
                        || n instanceof Spinner) {
                    fields++;
                    if (labels.stream().noneMatch(label -> label.getLabelFor() == n)) {
                        missing.add(tab.getText() + ": a field no Label names with labelFor: " + describe(n));
                    }
                }
                if (n instanceof TableView && blank(((TableView<?>) n).getAccessibleText())) {
                    missing.add(tab.getText() + ": a table without accessible text: " + describe(n));
                }
                if (n instanceof ListView
                        && blank(((ListView<?>) n).getAccessibleText())
                        && labels.stream().noneMatch(label -> label.getLabelFor() == n)) {
                    missing.add(tab.getText() + ": a list without accessible text or a label: " + describe(n));
                }
            }
        }
        assertEquals(List.of(), missing.stream().distinct().collect(Collectors.toList()));
        assertTrue(fields >= 6, "the forms' fields were found: " + fields);
    }

    @Test
    void everyStatusBarItemSaysWhatItShows() {
        List<Node> items =
                new ArrayList<>(lookup(".status-bar").queryAs(Parent.class).getChildrenUnmodifiable());
        List<String> silent = items.stream()
                .filter(Label.class::isInstance)
                .map(Label.class::cast)
                .filter(label -> blank(label.getAccessibleText()))
                .map(Label::getId)
                .toList();
        assertEquals(List.of(), silent);
        assertEquals(
                "Chain length: " + lookup("#chainLengthLabel").queryLabeled().getText(),
                lookup("#chainLengthLabel").queryLabeled().getAccessibleText());
        assertTrue(lookup("#nodeIdLabel").query().isFocusTraversable(), "the node id copies from the keyboard");
    }

    @Test
    void theFormsLabelsHaveMnemonics() {
        interact(
                () -> lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        Label recipient = lookup(label -> label instanceof Label l
                        && l.getLabelFor() == lookup("#recipientField").query())
                .queryAs(Label.class);
        assertTrue(recipient.isMnemonicParsing());
        assertEquals("Recipient", recipient.getText().replace("_", ""));
    }

    private static boolean insideAnotherControl(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof Spinner || p instanceof ComboBoxBase || p instanceof IndexedCell) {
                return true;
            }
        }
        return false;
    }

    private static void collect(Node n, List<Node> into) {
        into.add(n);
        if (n instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, into);
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String describe(Node n) {
        return n.getClass().getSimpleName() + (n.getId() != null ? " #" + n.getId() : "") + " in " + n.getParent();
    }
}
