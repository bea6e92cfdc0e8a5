package dev.blockdesk.ui.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.chain.Dialects;
import dev.blockdesk.chain.HashRate;
import dev.blockdesk.ui.Background;
import dev.blockdesk.ui.FakeNode;
import dev.blockdesk.ui.cards.HashText;
import dev.blockdesk.ui.shell.BlockdeskApp;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The hash playground as a learner meets it: typing shows hashes live, the builder shows dvf's string and verdict. */
class PlaygroundViewTest extends FxRobot {

    private final FakeNode node = new FakeNode(Dialects.rules("dvf", 4));

    @BeforeEach
    void mount() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet()));
        FxToolkit.setupSceneRoot(() -> {
            PlaygroundViewModel model = new PlaygroundViewModel(
                    node,
                    new Background(Runnable::run, Platform::runLater, notice -> {}),
                    (dialect, threads) ->
                            new HashRate(2_000_000, threads, "measured: 1.0 s of " + dialect + " mining on 1 thread"));
            Parent root = PlaygroundWindow.load(model);
            ((Region) root).setPrefSize(1180, 720);
            root.getStylesheets()
                    .add(BlockdeskApp.class.getResource("blockdesk.css").toExternalForm());
            return root;
        });
        FxToolkit.showStage();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void unmount() throws Exception {
        FxToolkit.cleanupStages();
    }

    private String text(String id) {
        return lookup(id).queryTextInputControl().getText();
    }

    @Test
    void typingAbcShowsItsSha256() {
        clickOn("#hashPlaygroundInput").write("ab");
        assertEquals(
                "fb8e20fc2e4c3f248c60c39bd652f3c1347298bb977b8b4d5903b85055620603",
                text("#hashPlaygroundOutput"),
                "live, before the last key");
        write("c");
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", text("#hashPlaygroundOutput"));
        assertEquals(
                "sha256 of 3 bytes (UTF-8)",
                lookup("#hashPlaygroundSize").queryAs(Label.class).getText());
    }

    @Test
    void theProofBuilderShowsTheStringDvfHashesAndTheVerdict() {
        String hash = "2b094dae4c971ac92f352e2835d4383b51a6b3349a9789ec65c73b6a0f800c48";
        replace("#playgroundLastProof", "100");
        replace("#playgroundPreviousHash", hash);
        replace("#playgroundProof", "36234");
        assertEquals("10036234" + hash, text("#playgroundHashedText"));
        assertEquals(
                "sha256(f\"{last_proof}{proof}{last_hash}\")",
                lookup("#playgroundFormula").queryAs(Label.class).getText());
        Label verdict = lookup("#playgroundVerdict").queryAs(Label.class);
        assertEquals("4 leading zeros; difficulty 4 needs 4 ✓", verdict.getText());
        assertTrue(verdict.getPseudoClassStates().contains(PseudoClass.getPseudoClass("valid")));
        assertEquals(
                "0000", lookup("#playgroundResult").queryAs(HashText.class).zerosText(), "the leading zeros set apart");

        clickOn("#playgroundProof").type(KeyCode.END).write("5"); // 362345
        assertTrue(verdict.getText().endsWith("✗"), verdict.getText());
        assertTrue(verdict.getPseudoClassStates().contains(PseudoClass.getPseudoClass("invalid")));
        assertEquals("100362345" + hash, text("#playgroundHashedText"));
    }

    @Test
    void pickingAnotherDialectShowsItsComputationAndTheTableFollows() {
        TableView<?> table = lookup("#playgroundEstimates").queryAs(TableView.class);
        assertEquals(8, table.getItems().size(), "difficulties 1 to 8");
        assertEquals("65,536", ((Estimate) table.getItems().get(3)).tries());
        replace("#playgroundLastProof", "100");
        replace("#playgroundProof", "35293");
        ChoiceBox<?> dialects = lookup("#playgroundDialect").queryAs(ChoiceBox.class);
        interact(() -> ((ChoiceBox<String>) dialects).setValue("pyscoop"));
        assertEquals("(35293 + 100) % 7 = 35393 % 7", text("#playgroundHashedText"));
        assertTrue(lookup("#playgroundDifficulty").query().isDisabled(), "pyscoop has no difficulty");
        assertEquals(0, table.getItems().size());
    }

    private void replace(String id, String value) {
        TextField field = lookup(id).queryAs(TextField.class);
        clickOn(field).push(KeyCode.CONTROL, KeyCode.A).write(value);
        assertEquals(value, field.getText());
    }
}
