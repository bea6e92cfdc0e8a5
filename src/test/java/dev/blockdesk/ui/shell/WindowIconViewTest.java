package dev.blockdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.testing.Wait;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The application's icon is on every window it shows: the main window, a dialog, the hash playground. Headless under Monocle. */
class WindowIconViewTest extends RunningAppTest {

    @Test
    void everyWindowShownCarriesTheIconAtEverySize() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (BlockdeskApp) FxToolkit.setupApplication(
                BlockdeskApp.class, "--data-dir", dataDir.toString(), "--port", "0", "--threads", "1");
        Wait.until("the node running", () -> app.node() != null);
        WaitForAsyncUtils.waitForFxEvents();

        // The menu items as the menu fires them: a click would land on whichever window is in front.
        interact(() -> menuItem("Hash playground").fire());
        interact(() -> menuItem("API endpoints…").fire());
        WaitForAsyncUtils.waitForFxEvents();

        List<Stage> shown = stages();
        List<String> titles = shown.stream().map(Stage::getTitle).collect(Collectors.toList());
        assertTrue(titles.contains("API endpoints"), "the dialog is open: " + titles);
        assertTrue(shown.size() >= 3, "the main window, the dialog and the playground: " + titles);
        for (Stage stage : shown) {
            List<Image> icons = stage.getIcons();
            assertFalse(icons.isEmpty(), "the window \"" + stage.getTitle() + "\" has no icon");
            assertEquals(
                    List.of(16.0, 24.0, 32.0, 48.0, 64.0, 128.0, 256.0, 512.0),
                    icons.stream().map(Image::getWidth).collect(Collectors.toList()),
                    "the sizes on \"" + stage.getTitle() + "\"");
            assertTrue(icons.stream().noneMatch(Image::isError), "every size loaded");
        }
    }

    private MenuItem menuItem(String text) {
        return lookup("#menuBar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream())
                .filter(item -> text.equals(item.getText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + text));
    }

    private static List<Stage> stages() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                        .filter(w -> w instanceof Stage && w.isShowing())
                        .map(w -> (Stage) w)
                        .collect(Collectors.toList()))
                .get(10, java.util.concurrent.TimeUnit.SECONDS);
    }
}
