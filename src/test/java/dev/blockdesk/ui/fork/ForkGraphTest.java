package dev.blockdesk.ui.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.DvfRules;
import dev.blockdesk.chain.ForkPicture;
import dev.blockdesk.testing.Chains;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The fork graph as a user sees it: where the chains part, both branches, and which one won, in words. */
class ForkGraphTest extends FxRobot {

    private static final Chain BASE =
            Chains.grow(Chain.startingAt(new DvfRules(0), 1_763_700_000.0), 9); // blocks 1..10
    private static final Chain OURS = Chains.branch(BASE, 2, 1); // 11, 12
    private static final Chain THEIRS = Chains.branch(BASE, 8, 2); // 11..18
    private static final String PEER = "127.0.0.1:5001";

    private Stage stage;
    private VBox box;
    private ForkGraph graph;

    @BeforeEach
    void start() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet()));
        FxToolkit.setupSceneRoot(() -> {
            graph = new ForkGraph();
            graph.setId("forkGraph");
            box = new VBox(graph); // the graph's container: a banner, a dialog
            VBox root = new VBox(box);
            root.setPrefSize(900, 300);
            root.getStylesheets()
                    .add(ForkGraph.class
                            .getResource("/dev/blockdesk/ui/shell/blockdesk.css")
                            .toExternalForm());
            return root;
        });
        FxToolkit.showStage();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
    }

    private void show(ForkPicture picture) {
        interact(() -> graph.setPicture(picture));
    }

    private static <T> T fx(Callable<T> call) {
        try {
            return WaitForAsyncUtils.asyncFx(call).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private String text(String selector) {
        return from(graph).lookup(selector).queryAs(Label.class).getText();
    }

    private List<String> texts(String selector) {
        return from(graph).lookup(selector).queryAllAs(Label.class).stream()
                .map(Label::getText)
                .toList();
    }

    @Test
    void theGraphShowsTheForkPointBothBranchesAndTheWinnerInWords() {
        show(ForkPicture.of(OURS, THEIRS, PEER, true));

        assertEquals("Fork at block 10", text(".fork-caption"));
        assertEquals(List.of("#9", "#10"), texts(".fork-shared .fork-index"));
        assertEquals("#10", text(".fork-point .fork-index"), "the fork point is the last shared block");
        assertEquals(BASE.tip().hash().substring(0, 8) + "…", text(".fork-point .fork-hash"));

        assertEquals("This node", text(".fork-branch-header.fork-ours .fork-branch-name"));
        assertEquals(List.of("#11", "#12"), texts(".fork-block.fork-ours .fork-index"));
        assertEquals(
                OURS.tip().hash().substring(0, 8) + "…",
                texts(".fork-block.fork-ours .fork-hash").get(1));
        assertTrue(from(graph).lookup(".fork-more.fork-ours").queryAll().isEmpty(), "all our blocks are shown");

        assertEquals(PEER, text(".fork-branch-header.fork-theirs .fork-branch-name"));
        assertEquals(List.of("#11", "#12", "#13", "#14", "#15"), texts(".fork-block.fork-theirs .fork-index"));
        assertEquals("+3 more", text(".fork-more.fork-theirs"));

        assertEquals("longest chain — kept", text(".fork-tag.fork-theirs"));
        assertTrue(from(graph)
                .lookup(".fork-tag.fork-theirs")
                .query()
                .getStyleClass()
                .contains("fork-winner"));
        assertEquals("dropped", text(".fork-tag.fork-ours"));
        assertTrue(from(graph)
                .lookup(".fork-block.fork-ours")
                .query()
                .getStyleClass()
                .contains("fork-loser"));
        assertEquals(1, from(graph).lookup(".fork-winner.fork-tag").queryAll().size(), "one winner");

        assertEquals(
                "Fork at block 10: this node's 2 blocks against 127.0.0.1:5001's 8 blocks; 127.0.0.1:5001's branch won",
                graph.getAccessibleText());
    }

    @Test
    void aTieKeepsOursAndSaysSo() {
        show(ForkPicture.of(Chains.branch(BASE, 3, 1), Chains.branch(BASE, 3, 2), PEER, false));
        assertEquals("tie — ours kept", text(".fork-tag.fork-ours"));
        assertEquals("not taken", text(".fork-tag.fork-theirs"));
        assertTrue(
                graph.getAccessibleText().endsWith("this node's branch won (a tie keeps ours)"),
                graph.getAccessibleText());
    }

    @Test
    void eachBlockHasItsFullHashInATooltip() {
        show(ForkPicture.of(OURS, THEIRS, PEER, true));
        Node tip = from(graph).lookup(".fork-block.fork-ours").queryAll().stream()
                .filter(n -> from(n).lookup(".fork-index")
                        .queryAs(Label.class)
                        .getText()
                        .equals("#12"))
                .findFirst()
                .orElseThrow();
        moveTo(tip);
        WaitForAsyncUtils.waitForFxEvents();
        String shown = waitForTooltip();
        assertEquals("Block 12\n" + OURS.tip().hash(), shown);
    }

    private String waitForTooltip() {
        try {
            WaitForAsyncUtils.waitFor(
                    10,
                    TimeUnit.SECONDS,
                    () -> listWindows().stream().anyMatch(w -> w instanceof Tooltip && w.isShowing()));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no tooltip shown", e);
        }
        return listWindows().stream()
                .filter(w -> w instanceof Tooltip && w.isShowing())
                .map(w -> ((Tooltip) w).getText())
                .findFirst()
                .orElseThrow();
    }

    @Test
    void inANarrowContainerTheGraphShrinksInsteadOfOverflowing() {
        show(ForkPicture.of(Chains.branch(BASE, 9, 1), Chains.branch(BASE, 7, 2), PEER, false));
        double natural = fx(() -> graph.prefWidth(-1));
        assertTrue(natural > 600, "5 + 5 blocks and \"+N more\" are wider than 600 px: " + natural);
        assertTrue(natural <= 720, "and fit in about 700 px: " + natural);
        interact(() -> box.setMaxWidth(400));
        WaitForAsyncUtils.waitForFxEvents();
        Bounds area = graph.localToScene(graph.getLayoutBounds());
        assertTrue(area.getWidth() <= 400, "the graph keeps to its container: " + area.getWidth());
        for (Node more : from(graph).lookup(".fork-more").queryAll()) {
            Bounds bounds = more.localToScene(more.getLayoutBounds());
            assertTrue(
                    bounds.getMaxX() <= area.getMaxX() + 0.5, "\"+N more\" is still inside: " + bounds + " in " + area);
        }
    }

    @Test
    void noPictureShowsNothing() {
        assertTrue(from(graph).lookup(".fork-block").queryAll().isEmpty());
        assertNull(graph.getAccessibleText());
        show(ForkPicture.of(OURS, THEIRS, PEER, true));
        assertFalse(from(graph).lookup(".fork-block").queryAll().isEmpty());
        show(null);
        assertTrue(from(graph).lookup(".fork-block").queryAll().isEmpty(), "cleared");
        assertTrue(from(graph).lookup(".fork-caption").queryAll().isEmpty());
        assertNull(graph.getAccessibleText());
        assertEquals(0, fx(() -> graph.prefWidth(-1)), 0.0);
    }

    @Test
    void fxmlMakesOneWithItsNoArgumentConstructor() throws Exception {
        String fxml = "<?import dev.blockdesk.ui.fork.ForkGraph?>"
                + "<ForkGraph xmlns:fx=\"http://javafx.com/fxml/1\" fx:id=\"forkGraph\"/>";
        ForkGraph loaded =
                fx(() -> new FXMLLoader().load(new ByteArrayInputStream(fxml.getBytes(StandardCharsets.UTF_8))));
        assertNull(loaded.getPicture());
        assertEquals("forkGraph", loaded.getId());
    }

    @Test
    void theDialogExplainsTheForkAndCloses() {
        ForkPicture picture = ForkPicture.of(OURS, THEIRS, PEER, true);
        Dialog<ButtonType> dialog = fx(() -> ForkDialog.show(stage, picture, null));
        assertTrue(dialog.isShowing(), "show returns with the dialog open");
        assertEquals(Modality.NONE, dialog.getModality());
        assertEquals("Fork with 127.0.0.1:5001", dialog.getTitle());
        Node pane = dialog.getDialogPane();
        assertEquals(
                picture,
                from(pane).lookup("#forkGraph").queryAs(ForkGraph.class).getPicture());
        String explanation =
                from(pane).lookup("#forkExplanation").queryAs(Label.class).getText();
        assertTrue(
                explanation.startsWith("127.0.0.1:5001's branch wins: the protocol keeps the longest valid chain"),
                explanation);
        assertTrue(explanation.contains("this node's 2, which are dropped"), explanation);

        clickOn((Node) from(pane).lookup("#closeForkButton").query());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(dialog.isShowing());
    }
}
