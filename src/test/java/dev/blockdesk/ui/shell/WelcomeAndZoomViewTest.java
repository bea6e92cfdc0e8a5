package dev.blockdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.testing.Chains;
import dev.blockdesk.testing.Wait;
import dev.blockdesk.ui.FakeNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The first screen of a new data directory, and the zoom a projector needs, as a user meets them. */
class WelcomeAndZoomViewTest extends FxRobot {

    @TempDir
    Path dir;

    private final FakeNode node = new FakeNode();
    private MainViewModel model;

    @BeforeEach
    void mount() throws Exception {
        model = Views.mountWindow(node, dir, Views.NO_FILES);
    }

    @AfterEach
    void unmount() throws Exception {
        FxToolkit.cleanupStages();
    }

    private String selectedTab() {
        Tab tab = lookup("#tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem();
        return tab.getText();
    }

    @Test
    void anEmptyWindowSaysWhatToTryAndExplainsTheGenesisBlock() {
        assertTrue(lookup("#welcomePanel").query().isVisible());
        assertEquals("Block 1", lookup("#detailTitle").queryLabeled().getText(), "the genesis block is selected");
        assertTrue(
                lookup("#explainArea").queryTextInputControl().getText().contains("The genesis block"),
                lookup("#explainArea").queryTextInputControl().getText());

        clickOn("#welcomeSendButton");
        assertEquals("Pending", selectedTab());

        clickOn("#welcomePeerButton");
        assertEquals("Peers", selectedTab());
        assertTrue(
                lookup("#peerAddressField").queryAs(TextField.class).isFocused(), "ready to type the peer's address");

        clickOn("#welcomeSandboxButton");
        Wait.until(
                "the sandbox window on our chain",
                () -> lookup("#sandboxView").tryQuery().isPresent());
        Wait.until(
                "its genesis block's card",
                () -> lookup("#sandboxBlock-1").tryQuery().isPresent());
        Window sandbox = lookup("#sandboxView").query().getScene().getWindow();
        interact(sandbox::hide);

        clickOn("#welcomeMineButton");
        Wait.until("the node asked to mine", () -> node.calls.contains("mine"));
    }

    @Test
    void theWelcomeGoesWhenDismissedOrWhenTheChainGrowsAndHelpBringsItBack() {
        clickOn("#welcomeDismissButton");
        assertFalse(lookup("#welcomePanel").query().isVisible());

        clickOn("Help").clickOn("Welcome: what to try");
        assertTrue(lookup("#welcomePanel").query().isVisible());
        clickOn("#welcomeDismissButton");

        interact(() -> model.welcome().remember(false));
        node.chain = Chains.grow(node.chain, 1);
        interact(model::tick);
        assertFalse(lookup("#welcomePanel").query().isVisible(), "a chain of two blocks is not an empty window");
    }

    @Test
    void ctrlPlusZoomsTheWholeWindowTo150PercentWithEveryLabelWholeAndCtrl0GoesBack() {
        interact(() -> {
            Region root = (Region) lookup("#tabs").query().getScene().getRoot();
            root.setPrefSize(1280, 800); // a 1280×800 screen
            root.getScene().getWindow().sizeToScene();
        });
        clickOn("#searchField"); // the keys go to the focused window
        for (int i = 0; i < 3; i++) {
            push(KeyCode.CONTROL, KeyCode.EQUALS);
        }
        Parent root = lookup("#tabs").query().getScene().getRoot();
        assertTrue(root.getStyle().contains("-fx-font-size: 21.0px"), root.getStyle());
        MenuItem actualSize = menuItem("actualSizeMenuItem");
        assertEquals("Actual size (now 150%)", actualSize.getText());
        double textHeight =
                lookup("#welcomeMineButton").queryLabeled().getFont().getSize();
        assertEquals(21.0, textHeight, 0.01, "the text itself is larger");

        for (String tab : List.of("Blocks", "Pending", "Peers", "Accounts")) {
            clickOn(tab);
            List<String> cut = elidedLabels(root);
            assertEquals(List.of(), cut, "cut off on the " + tab + " tab at 150%");
        }

        push(KeyCode.CONTROL, KeyCode.DIGIT0);
        assertTrue(root.getStyle().contains("-fx-font-size: 14.0px"), root.getStyle());
        push(KeyCode.CONTROL, KeyCode.MINUS);
        assertEquals("Actual size (now 90%)", actualSize.getText());
    }

    private MenuItem menuItem(String id) {
        return lookup("#menuBar").queryAs(javafx.scene.control.MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream())
                .filter(item -> id.equals(item.getId()))
                .findFirst()
                .orElseThrow();
    }

    /**
     * The visible labels (headers, buttons, cells among them) whose text is shown shortened with an
     * ellipsis. The node id in the status bar is shortened on purpose: its tooltip and a click give it whole.
     */
    private static List<String> elidedLabels(Parent root) {
        List<String> cut = new ArrayList<>();
        for (Node node : root.lookupAll(".labeled")) {
            if (!(node instanceof Labeled labeled) || !shown(labeled) || "nodeIdLabel".equals(labeled.getId())) {
                continue;
            }
            String full = labeled.getText();
            if (full == null || full.isEmpty()) {
                continue;
            }
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text text && !full.equals(text.getText())) {
                    cut.add((labeled.getId() != null
                                    ? "#" + labeled.getId()
                                    : labeled.getClass().getSimpleName()) + " \"" + full + "\" shown as \""
                            + text.getText() + "\"");
                }
            }
        }
        return cut;
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
