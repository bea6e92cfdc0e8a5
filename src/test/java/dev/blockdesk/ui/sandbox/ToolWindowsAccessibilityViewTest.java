package dev.blockdesk.ui.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.chain.ChainRules;
import dev.blockdesk.chain.lab.SandboxChain.TxField;
import dev.blockdesk.testing.LabChains;
import dev.blockdesk.ui.FakeNode;
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
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a screen reader finds in the tamper sandbox and the hash playground (issue 15), as
 * {@code AccessibilityViewTest} checks the main window: a button whose text has no word (an icon,
 * "✕") says what it does, every field is named by a label ({@code labelFor}), in the sandbox's
 * cards by a label or its own accessible text, every table and list says what it holds, and the
 * playground's field labels carry a mnemonic (Alt+letter reaches the field).
 */
class ToolWindowsAccessibilityViewTest extends FxRobot {

    private final ChainRules rules = LabChains.rules("dvf");
    private final FakeNode node = new FakeNode(rules);

    @AfterEach
    void close() throws Exception {
        ToolWindows.closeAll();
    }

    @Test
    void everyControlOfTheSandboxHasAccessibleText() throws Exception {
        node.chain = LabChains.mined(rules, 8);
        SandboxViewModel model = ToolWindows.sandbox(node, 3);
        interact(() -> model.editTransaction(3, 0, TxField.AMOUNT, "500")); // a red card shows too
        WaitForAsyncUtils.waitForFxEvents();
        Parent root = ToolWindows.root("sandboxView");
        Checked checked = check(root);
        assertEquals(List.of(), checked.missing);
        assertTrue(checked.fields >= 12, "the cards' fields were found: " + checked.fields);
        assertEquals(
                "Remove transaction 1",
                lookupIn(root, "#sandboxRemoveTransaction-0").getAccessibleText());
        assertEquals("Transaction 1 sender", lookupIn(root, "#sandboxSender-0").getAccessibleText());
    }

    @Test
    void everyControlOfThePlaygroundHasAccessibleTextAndEveryFieldLabelAMnemonic() throws Exception {
        ToolWindows.playground(node);
        Parent root = ToolWindows.root("playgroundView");
        Checked checked = check(root);
        assertEquals(List.of(), checked.missing);
        assertTrue(checked.fields >= 8, "the playground's fields were found: " + checked.fields);

        List<String> withoutMnemonic = new ArrayList<>();
        for (String id : List.of(
                "#hashPlaygroundInput",
                "#playgroundDialect",
                "#playgroundDifficulty",
                "#playgroundLastProof",
                "#playgroundProof",
                "#playgroundPreviousHash")) {
            Node field = lookupIn(root, id);
            Label label = labels(root).stream()
                    .filter(l -> l.getLabelFor() == field)
                    .findFirst()
                    .orElseThrow();
            if (!label.isMnemonicParsing() || !label.getText().contains("_")) {
                withoutMnemonic.add(id + ": " + label.getText());
            }
        }
        assertEquals(List.of(), withoutMnemonic);
        assertEquals(
                "_Last proof",
                labels(root).stream()
                        .filter(l -> l.getLabelFor() == lookupIn(root, "#playgroundLastProof"))
                        .findFirst()
                        .orElseThrow()
                        .getText());
        assertEquals("Its SHA-256 hash", lookupIn(root, "#hashPlaygroundOutput").getAccessibleText());
    }

    private record Checked(List<String> missing, int fields) {}

    private static Checked check(Parent root) {
        List<Node> all = new ArrayList<>();
        collect(root, all);
        List<Label> labels = labels(root);
        List<String> missing = new ArrayList<>();
        int fields = 0;
        for (Node n : all) {
            if (insideAnotherControl(n)) {
                continue; // a Spinner's or ChoiceBox's own editor: its control is checked
            }
            boolean inCell = insideCell(n);
            if (n instanceof ButtonBase button && !hasWords(button.getText()) && blank(button.getAccessibleText())) {
                missing.add("a button without words or accessible text: " + describe(n));
            }
            if (n instanceof TextInputControl
                    || n instanceof ComboBoxBase
                    || n instanceof ChoiceBox
                    || n instanceof Spinner) {
                fields++;
                boolean labelled =
                        labels.stream().anyMatch(label -> label.getLabelFor() == n && hasWords(label.getText()));
                if (!labelled && !(inCell && !blank(n.getAccessibleText()))) {
                    missing.add("a field no Label names with labelFor"
                            + (inCell ? " and without accessible text: " : ": ") + describe(n));
                }
            }
            if (n instanceof TableView && blank(n.getAccessibleText())) {
                missing.add("a table without accessible text: " + describe(n));
            }
            if (n instanceof ListView
                    && blank(n.getAccessibleText())
                    && labels.stream().noneMatch(label -> label.getLabelFor() == n)) {
                missing.add("a list without accessible text or a label: " + describe(n));
            }
        }
        return new Checked(missing.stream().distinct().collect(Collectors.toList()), fields);
    }

    private static List<Label> labels(Parent root) {
        List<Node> all = new ArrayList<>();
        collect(root, all);
        return all.stream()
                .filter(Label.class::isInstance)
                .map(Label.class::cast)
                .toList();
    }

    private static Node lookupIn(Parent root, String id) {
        return root.lookup(id);
    }

    private static boolean insideAnotherControl(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof Spinner || p instanceof ComboBoxBase || p instanceof ChoiceBox) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideCell(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof IndexedCell) {
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

    private static boolean hasWords(String s) {
        return s != null && s.codePoints().anyMatch(Character::isLetter);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String describe(Node n) {
        return n.getClass().getSimpleName() + (n.getId() != null ? " #" + n.getId() : "") + " in " + n.getParent();
    }
}
