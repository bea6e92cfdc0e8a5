package dev.blockdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.IntNode;
import dev.blockdesk.app.ChainFiles;
import dev.blockdesk.app.NodeSetup;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.ChainStudyRules;
import dev.blockdesk.chain.ChainValidator;
import dev.blockdesk.chain.DvfRules;
import dev.blockdesk.chain.ValidationResult;
import dev.blockdesk.testing.Wait;
import dev.blockdesk.ui.blocks.BlockRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File → New chain… in the whole application, headless: a dvf chain with mined blocks and a pending
 * transaction is reset, after the confirmation, to a chain-study chain at difficulty 2, without
 * closing the window; the old chain is a file in the data directory, and the next start uses the new one.
 */
class NewChainViewTest extends RunningAppTest {

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    private TableView<?> blocks() {
        return lookup("#blocksTable").queryAs(TableView.class);
    }

    @Test
    void resetsTheChainToTheChosenDialectAndDifficultyAfterConfirmingAndKeepsTheOldOneAsAFile() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (BlockdeskApp) FxToolkit.setupApplication(
                BlockdeskApp.class,
                "--data-dir",
                dataDir.toString(),
                "--port",
                "0",
                "--threads",
                "1",
                "--difficulty",
                "1");
        Wait.until("the node running", () -> app.node() != null);
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#mineButton");
        Wait.until("block 2", () -> blocks().getItems().size() == 2);
        clickOn("#mineButton");
        Wait.until("block 3", () -> blocks().getItems().size() == 3);
        Chain old = app.node().chain();
        app.node().submitTransaction("alice", "bob", IntNode.valueOf(5));
        assertEquals("dvf", text("#dialectLabel"));

        clickOn("File").clickOn("New chain…");
        Wait.until("the dialog", () -> lookup("#newChainView").tryQuery().isPresent());
        // Each difficulty with its expected time at the rate just measured.
        Wait.until(
                "the rate measured",
                () -> lookup("#newChainRateNote").queryAs(Label.class).getText().startsWith("Expected time"));
        interact(() -> lookup("#newChainDialect").<ComboBox<String>>query().setValue("chain-study"));
        assertEquals("100", lookup("#newChainReward").queryTextInputControl().getText());
        Wait.until(
                "chain-study's rate measured", () -> text("#newChainRateNote").contains("on chain-study"));
        ListView<?> difficulties = lookup("#newChainDifficulty").queryAs(ListView.class);
        assertEquals(7, difficulties.getItems().size());
        clickOn("#newChainDifficulty-2");
        assertTrue(
                lookup("#newChainDifficulty-2").queryLabeled().getText().startsWith("2   256 tries"),
                lookup("#newChainDifficulty-2").queryLabeled().getText());

        clickOn("#newChainStartButton"); // "Reset…": asks first
        Wait.until(
                "the confirmation",
                () -> lookup("#newChainConfirmation").tryQuery().isPresent());
        String confirmation = text("#newChainConfirmation");
        assertTrue(
                confirmation.startsWith(
                        "This node's chain of 3 blocks (dvf) is removed. It is first written to the file chain-before-reset-"),
                confirmation);
        assertTrue(confirmation.contains("1 pending transaction is lost"), confirmation);
        assertTrue(confirmation.contains("a new chain-study genesis block, difficulty 2, reward 100"), confirmation);
        clickOn("#newChainConfirmButton");

        Wait.until(
                "the dialog says it is done",
                () -> text("#newChainMessage").contains("this node now runs a new chain-study chain"));
        clickOn("#newChainCancelButton"); // now "Close"
        Wait.until(
                "one genesis block in the Blocks tab",
                () -> blocks().getItems().size() == 1
                        && ((BlockRow) blocks().getItems().get(0))
                                        .block()
                                        .proof()
                                        .intValue()
                                == 100);
        Wait.until(
                "the status bar names the new dialect",
                () -> text("#dialectLabel").equals("chain-study"));
        assertEquals("1 block", text("#chainLengthLabel"));
        assertNull(new ChainStudyRules(2).genesisProblem(app.node().chain().genesis()));
        assertEquals(2, app.node().config().difficulty());
        assertEquals(IntNode.valueOf(100), app.node().config().reward());
        assertEquals(List.of(), app.node().pending());

        // The old chain, every block of it, in the data directory.
        Path archive;
        try (Stream<Path> files = Files.list(dataDir)) {
            archive = files.filter(f -> f.getFileName().toString().startsWith("chain-before-reset-"))
                    .findFirst()
                    .orElseThrow();
        }
        ValidationResult kept = ChainFiles.read(archive, new ChainValidator(new DvfRules(1)));
        assertEquals(old.blocks(), kept.chain().orElseThrow().blocks());

        // The new chain mines at once in the same window, and the next start is the new chain.
        clickOn("#mineButton");
        Wait.until("a chain-study block 2", () -> blocks().getItems().size() == 2);
        FxToolkit.cleanupApplication(app);
        app = null;
        try (NodeSetup again = NodeSetup.open(dataDir, null, null, false, n -> {})) {
            assertEquals("chain-study", again.dialect());
            assertEquals(2, again.difficulty());
            assertEquals(2, again.chain().length());
        }
    }
}
