package dev.blockdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.chain.ChainRules;
import dev.blockdesk.chain.lab.SandboxChain;
import dev.blockdesk.chain.lab.SandboxChain.TxField;
import dev.blockdesk.chain.lab.SandboxFile;
import dev.blockdesk.testing.LabChains;
import dev.blockdesk.testing.Wait;
import dev.blockdesk.ui.FakeNode;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The tamper sandbox in the window over a fake node: the scenario with its fx:ids, as a learner does it. */
class SandboxViewTest extends FxRobot {

    @TempDir
    Path dir;

    private final ChainRules rules = LabChains.rules("dvf");
    private final FakeNode node = new FakeNode(rules);
    private final AtomicReference<Path> chosen = new AtomicReference<>();
    private MainViewModel model;

    @BeforeEach
    void mount() throws Exception {
        node.chain = LabChains.mined(rules, 8);
        FileDialogs files = new FileDialogs() {
            @Override
            public Optional<Path> open(Window owner, String title) {
                return Optional.ofNullable(chosen.get());
            }

            @Override
            public Optional<Path> save(Window owner, String title, String suggestedName) {
                return Optional.empty();
            }
        };
        model = Views.mountWindow(node, dir, files);
    }

    @AfterEach
    void unmount() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void editingAnAmountTurnsTheNextBlocksRedAndMineAndResetRepairThem() throws Exception {
        interact(() -> model.blocks().selectedProperty().set(node.chain.block(4)));
        clickOn("#openInSandboxButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#sandboxView").tryQuery().isPresent(), "the sandbox window is open");
        ListView<?> cards = lookup("#sandboxBlockCards").queryAs(ListView.class);
        assertEquals(3, cards.getSelectionModel().getSelectedIndex(), "block 4 is selected");

        TextField amount = field(card(4), "#sandboxAmount-0");
        assertEquals("4", amount.getText());
        clickOn(amount);
        interact(amount::selectAll);
        write("500");

        assertEquals("500", amount.getText());
        assertStyle(4, "valid");
        assertEquals("valid", reason(4));
        for (int index = 5; index <= 8; index++) {
            scrollTo(cards, index);
            assertStyle(index, "invalid");
            assertEquals(
                    index == 5 ? "previous_hash does not match the hash of block 4" : "follows an invalid block",
                    reason(index));
        }
        Label explanation = lookup("#sandboxExplanation").queryAs(Label.class);
        assertTrue(explanation.isVisible());
        assertTrue(explanation.getText().startsWith("Why block 5 turns red, not block 4"), explanation.getText());
        assertFalse(node.chain.block(4).transactions().get(0).amountText().equals("500"), "nothing reached the node");

        scrollTo(cards, 5);
        clickOn(lookupIn(card(5), ".block-card-title"));
        assertEquals(4, cards.getSelectionModel().getSelectedIndex());
        clickOn("#sandboxMineButton");
        Wait.until(
                "block 5 is mined",
                Wait.HANG,
                () -> !lookup("#sandboxCancelButton").query().isDisabled()
                        ? false
                        : card(5).getStyleClass().contains("valid"));
        WaitForAsyncUtils.waitForFxEvents();
        assertStyle(5, "valid");
        scrollTo(cards, 6);
        assertStyle(6, "invalid");
        assertEquals("previous_hash does not match the hash of block 5", reason(6));

        clickOn("#sandboxResetButton");
        scrollTo(cards, 4);
        assertEquals("4", field(card(4), "#sandboxAmount-0").getText());
        for (int index = 4; index <= 8; index++) {
            scrollTo(cards, index);
            assertStyle(index, "valid");
        }
    }

    @Test
    void openingAnInvalidChainFileShowsItsFirstBadBlockRed() throws Exception {
        SandboxChain tampered = SandboxChain.of(rules, node.chain);
        tampered.setTransactionText(5, 0, TxField.AMOUNT, "5.0");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SandboxFile.write(tampered, bytes);
        chosen.set(Files.write(dir.resolve("tampered.json"), bytes.toByteArray()));

        MenuItem open = lookup("#menuBar").queryAs(MenuBar.class).getMenus().get(0).getItems().stream()
                .filter(item -> "openChainFileMenuItem".equals(item.getId()))
                .findFirst()
                .orElseThrow();
        interact(open::fire);
        Wait.until(
                "the file is read",
                Wait.HANG,
                () -> lookup("#sandboxView").tryQuery().isPresent()
                        && lookup("#sandboxBlockCards")
                                        .queryAs(ListView.class)
                                        .getItems()
                                        .size()
                                == 8);
        WaitForAsyncUtils.waitForFxEvents();

        ListView<?> cards = lookup("#sandboxBlockCards").queryAs(ListView.class);
        assertEquals(6, cards.getSelectionModel().getSelectedIndex(), "the first bad block, block 7, is selected");
        scrollTo(cards, 7);
        assertStyle(7, "invalid");
        assertEquals("previous_hash does not match the hash of block 6", reason(7));
        assertStyle(6, "valid");
        assertEquals("5.0", field(card(6), "#sandboxAmount-0").getText(), "the float stays a float");
    }

    private void scrollTo(ListView<?> cards, long index) {
        interact(() -> cards.scrollTo((int) index - 1));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The card of block {@code index}, scrolled to the top of the list; a list keeps spare cells out of sight, which may hold an old card. */
    private Node card(long index) {
        ListView<?> cards = lookup("#sandboxBlockCards").queryAs(ListView.class);
        scrollTo(cards, index);
        // On a busy machine the list may lay its cells out a pulse later: scrolled to again until the card is shown.
        Wait.until("block " + index + "'s card shown once", () -> {
            if (shownCards(index).size() != 1) {
                scrollTo(cards, index);
            }
            return shownCards(index).size() == 1;
        });
        return shownCards(index).get(0);
    }

    private List<Node> shownCards(long index) {
        return lookup("#sandboxBlock-" + index).queryAll().stream()
                .filter(SandboxViewTest::shown)
                .toList();
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private void assertStyle(long index, String validity) {
        assertTrue(
                card(index).getStyleClass().containsAll(List.of("block-card", validity)),
                "block " + index + " is " + validity + ": " + card(index).getStyleClass());
    }

    private String reason(long index) {
        return ((Label) lookupIn(card(index), "#sandboxReason")).getText();
    }

    private static TextField field(Node card, String id) {
        return (TextField) lookupIn(card, id);
    }

    private static Node lookupIn(Node card, String selector) {
        return card.lookup(selector);
    }
}
