package dev.blockdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.testing.Wait;
import dev.blockdesk.ui.FakeNode;
import dev.blockdesk.ui.shell.MiningPaceViewModel.AutoMineMode;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The toolbar's Slow motion and Auto-mine mode, and Tools → Hash playground, in the whole window over a fake node. */
class MiningPaceViewTest extends FxRobot {

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

    @Test
    void slowMotionCapsTheNodesMiner() {
        ToggleButton slow = lookup("#slowMotionToggle").queryAs(ToggleButton.class);
        assertEquals("Slow motion", slow.getText());
        clickOn(slow);
        assertTrue(slow.isSelected());
        Wait.until("the cap reaches the node", Wait.HANG, () -> node.hashRateCap == 2000);
        clickOn(slow);
        Wait.until("the cap is lifted", Wait.HANG, () -> node.hashRateCap == 0);
    }

    @Test
    void autoMineCanWaitForTransactions() {
        MenuButton mode = lookup("#autoMineModeChoice").queryAs(MenuButton.class);
        assertEquals("always", mode.getText());
        clickOn(mode);
        clickOn("Only when transactions are waiting");
        assertEquals(
                AutoMineMode.WHEN_PENDING, model.pace().autoMineModeProperty().get());
        assertEquals("when transactions wait", mode.getText());
        Wait.until("the mode reaches the node", Wait.HANG, () -> node.autoMineWhenPending);
    }

    @Test
    void toolsHashPlaygroundOpensItsOwnWindow() {
        clickOn("Tools").clickOn("Hash playground");
        WaitForAsyncUtils.waitForFxEvents();
        Stage playground = (Stage) Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && "Hash playground".equals(s.getTitle()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no playground window"));
        assertTrue(playground.isShowing());
        clickOn("#hashPlaygroundInput").write("abc");
        assertEquals(
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                lookup("#hashPlaygroundOutput").queryAs(TextInputControl.class).getText());
        Wait.until(
                "the hash rate is measured",
                Duration.ofSeconds(30),
                () -> lookup("#playgroundRate").queryLabeled().getText().startsWith("At "));
        interact(playground::hide);
    }
}
