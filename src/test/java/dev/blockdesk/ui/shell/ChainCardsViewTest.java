package dev.blockdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.IntNode;
import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.Sha256;
import dev.blockdesk.chain.Transaction;
import dev.blockdesk.testing.Chains;
import dev.blockdesk.testing.Wait;
import dev.blockdesk.ui.FakeNode;
import dev.blockdesk.ui.blocks.BlockRow;
import dev.blockdesk.ui.cards.BlockCard;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Blocks tab's card view: the chain as linked blocks, beside the table, as a user meets it. */
class ChainCardsViewTest extends FxRobot {

    private static final FileDialogs NO_FILES = Views.NO_FILES;

    @TempDir
    Path dir;

    private BlockdeskApp app;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    /**
     * Four blocks; block 2 carries a reward and its hash starts with two zeros (its timestamp is
     * tried until it does), so its card has zeros to set apart.
     */
    private static Chain chainWithZeros() {
        Chain chain = Chain.startingAt(FakeNode.ANY_PROOF, 1_700_000_000.5);
        Block tip = chain.tip();
        Block zeros = null;
        for (int t = 0; zeros == null; t++) {
            Block block = Block.create(
                    2,
                    1_700_000_001.5 + t,
                    List.of(Transaction.reward("miner", IntNode.valueOf(1))),
                    7,
                    tip.hash(),
                    FakeNode.ANY_PROOF.hasher());
            zeros = block.hash().startsWith("00") ? block : null;
        }
        return Chains.grow(chain.append(zeros), 2);
    }

    /** The cards the list shows now, top to bottom (the reused cells it keeps aside are hidden). */
    private List<BlockCard> shownCards() {
        return lookup("#chainCards .block-card").queryAllAs(BlockCard.class).stream()
                .filter(ChainCardsViewTest::reallyVisible)
                .sorted(Comparator.comparingDouble(
                        card -> card.localToScene(0, 0).getY()))
                .toList();
    }

    private static boolean reallyVisible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private BlockCard card(long index) {
        return shownCards().stream()
                .filter(c -> ("chainCard-" + index).equals(c.getId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no card chainCard-" + index + " among "
                        + shownCards().stream().map(Node::getId).toList()));
    }

    @Test
    void theCardsShowTheChainNewestFirstAndShareTheSelectionWithTheTableAndTheDetail() throws Exception {
        FakeNode node = new FakeNode();
        node.chain = chainWithZeros();
        MainViewModel model = Views.mountWindow(node, dir, NO_FILES);
        interact(model::tick);
        assertFalse(lookup("#chainCards").query().isVisible(), "the table by default");
        assertTrue(lookup("#blocksTable").query().isVisible());

        clickOn("#chainCardsToggle");
        assertTrue(lookup("#chainCards").query().isVisible());
        assertFalse(lookup("#blocksTable").query().isVisible(), "the cards instead of the table");
        assertEquals(
                List.of("chainCard-4", "chainCard-3", "chainCard-2", "chainCard-1"),
                shownCards().stream().map(Node::getId).toList(),
                "newest first");
        for (BlockCard card : shownCards()) {
            Block block = node.chain.block(Long.parseLong(card.getId().substring("chainCard-".length())));
            assertEquals("Block " + block.index(), card.titleText());
            assertEquals("proof " + block.proofText(), card.proofText());
            assertEquals(
                    block.transactions().size() == 1
                            ? "1 transaction"
                            : block.transactions().size() + " transactions",
                    card.transactionsText());
            assertEquals(
                    block.hash().substring(0, BlockCard.HASH_SHOWN) + "…",
                    card.hash().shownText());
            assertEquals(
                    "0".repeat(Sha256.leadingZeros(block.hash())),
                    card.hash().zerosText(),
                    "the leading zeros set apart");
            assertEquals(
                    block.index() == 1 ? "(genesis: no block before it)" : "Block " + (block.index() - 1),
                    card.linkText(),
                    "the arrow from its previous_hash names the card below");
            assertTrue(card.getStyleClass().contains("valid"), "every block of the node's chain is green");
        }
        assertEquals("1 transaction", card(2).transactionsText());
        assertTrue(card(2).hash().zerosText().startsWith("00"), card(2).hash().shownText());

        clickOn(card(3));
        assertEquals(
                "Block 3",
                lookup("#detailTitle").queryAs(Label.class).getText(),
                "the detail pane shows the card's block");
        assertTrue(lookup("#detailArea")
                .queryAs(TextArea.class)
                .getText()
                .contains(node.chain.block(3).hash()));
        assertEquals(
                3,
                ((BlockRow) lookup("#blocksTable")
                                .queryAs(TableView.class)
                                .getSelectionModel()
                                .getSelectedItem())
                        .getIndex(),
                "and the table selects its row");
        assertTrue(card(3).getPseudoClassStates().contains(PseudoClass.getPseudoClass("selected")));

        clickOn("#searchField").write("2").push(KeyCode.ENTER);
        assertEquals("Block 2", lookup("#detailTitle").queryAs(Label.class).getText());
        assertEquals(2, selectedCard().getIndex(), "Find selects the card too");
        assertTrue(card(2).getPseudoClassStates().contains(PseudoClass.getPseudoClass("selected")));
        assertFalse(card(3).getPseudoClassStates().contains(PseudoClass.getPseudoClass("selected")));

        clickOn("#mineButton");
        Wait.until("the mined block's card on top", () -> {
            interact(model::tick);
            return "chainCard-5".equals(shownCards().get(0).getId());
        });
        assertEquals("Block 4", card(5).linkText(), "it points at the card below");
        assertEquals(2, selectedCard().getIndex(), "the selected block stays selected");
        assertSame(node.chain.block(2), model.blocks().selectedProperty().get());
    }

    private BlockRow selectedCard() {
        ListView<?> cards = lookup("#chainCards").queryListView();
        return (BlockRow) cards.getSelectionModel().getSelectedItem();
    }

    private void launch() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (BlockdeskApp) FxToolkit.setupApplication(
                BlockdeskApp.class, "--data-dir", dir.toString(), "--port", "0", "--difficulty", "1");
        Wait.until("the stored chain checked and the node running", () -> app.node() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theCardsAreShownAgainAfterARestart() throws Exception {
        launch();
        assertFalse(
                lookup("#chainCardsToggle").queryAs(ToggleButton.class).isSelected(),
                "the table in a new data directory");
        clickOn("#chainCardsToggle");
        assertTrue(lookup("#chainCards").query().isVisible());
        FxToolkit.cleanupApplication(app);
        app = null;
        FxToolkit.cleanupStages();

        launch();
        assertTrue(
                lookup("#chainCardsToggle").queryAs(ToggleButton.class).isSelected(),
                "remembered in the data directory");
        assertTrue(lookup("#chainCards").query().isVisible());
        assertFalse(lookup("#blocksTable").query().isVisible());
        Wait.until(
                "the genesis block's card", () -> shownCards().stream().anyMatch(c -> "chainCard-1".equals(c.getId())));
        assertTrue(card(1).getStyleClass().contains("valid"));
    }
}
