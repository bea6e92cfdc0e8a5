package dev.blockdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.chain.ChainRules;
import dev.blockdesk.chain.Dialects;
import dev.blockdesk.testing.Chains;
import dev.blockdesk.ui.FakeNode;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Blocks tab of a node that speaks chain-study, the dialect with the longest proof rule to
 * describe: the validity line wraps inside its pane instead of widening the window, and the
 * explanation names the dialect, its rule and what the rule leaves open.
 */
class DialectViewsTest extends FxRobot {

    private final ChainRules rules = Dialects.rules("chain-study", 4);
    private final FakeNode node = new FakeNode(rules);
    private MainViewModel model;

    @BeforeEach
    void mount() throws Exception {
        FxToolkit.registerPrimaryStage();
        node.chain = Chains.grow(node.chain, rules, 3);
        model = WaitForAsyncUtils.asyncFx(() -> {
                    MainViewModel opening = new MainViewModel(
                            "a".repeat(32), Runnable::run, Platform::runLater, Clock.systemUTC(), (k, v) -> {});
                    opening.dialect().speaks(rules);
                    return opening;
                })
                .get(10, TimeUnit.SECONDS);
        Views.mount("/dev/blockdesk/ui/blocks/blocks.fxml", model, null);
    }

    @AfterEach
    void unmount() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void aLongProofRuleWrapsInItsPaneAndNeverWidensTheWindow() {
        SplitPane view = lookup(".blocks-view").queryAs(SplitPane.class);
        Node blocksPane = view.getItems().get(0);
        interact(model::tick);
        double openingWidth = blocksPane.prefWidth(-1);

        interact(() -> model.attach(node));
        WaitForAsyncUtils.waitForFxEvents();
        Label validity = lookup("#chainValidityLabel").queryAs(Label.class);
        String text = "Valid chain of 4 blocks: every previous_hash matches the block before, "
                + rules.proof().describe();
        assertEquals(text, validity.getText());
        assertEquals(
                openingWidth,
                blocksPane.prefWidth(-1),
                0.5,
                "the long line does not make the blocks pane want more width");
        assertEquals(text, ((Text) validity.lookup(".text")).getText(), "wrapped, all of it shown, nothing elided");
        assertTrue(
                validity.getHeight() >= validity.prefHeight(validity.getWidth()) - 0.5, "as tall as its wrapped lines");
        Bounds label = validity.localToScene(validity.getBoundsInLocal());
        Bounds pane = blocksPane.localToScene(blocksPane.getBoundsInLocal());
        assertTrue(label.getMaxX() <= pane.getMaxX() + 0.5, "inside the blocks pane: " + label + " in " + pane);
        assertEquals(text, validity.getTooltip().getText(), "the whole line in its tooltip");
    }

    @Test
    void theExplanationNamesTheDialectItsProofRuleAndWhatItLeavesOpen() {
        interact(() -> model.attach(node));
        clickOn("#searchField").write("3").push(KeyCode.ENTER);

        String explain = lookup("#explainArea").queryAs(TextArea.class).getText();
        assertTrue(
                explain.startsWith("Dialect chain-study: " + rules.proof().describe() + "\n\n"
                        + rules.proof().explain(node.chain.block(2), node.chain.block(3))),
                explain);
        assertTrue(
                explain.contains(
                        "\n\nWhat this rule leaves open: " + rules.proof().leavesOpen() + "\n\n"),
                explain);
        assertTrue(explain.endsWith("is the hash of block 2 ✓"), explain);
    }
}
