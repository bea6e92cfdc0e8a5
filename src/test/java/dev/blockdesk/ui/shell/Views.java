package dev.blockdesk.ui.shell;

import java.io.IOException;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.layout.Region;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Mounts one of the window's FXML views in the test stage, as the application loads it: light theme, its CSS, its controllers. */
final class Views {

    /** The size the application opens its window at. */
    private static final double WIDTH = 1200;
    private static final double HEIGHT = 760;

    private Views() {
    }

    static void mount(String fxml, MainViewModel model, DesktopContext context) throws Exception {
        FxToolkit.setupFixture(() -> javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet()));
        FxToolkit.setupSceneRoot(() -> {
            FXMLLoader loader = new FXMLLoader(BlockdeskApp.class.getResource(fxml));
            loader.setControllerFactory(Controllers.factory(model, context));
            try {
                Parent root = loader.load();
                if (root instanceof Region region) {
                    region.setPrefSize(WIDTH, HEIGHT); // the window's size: its preferred size is wider than the headless screen
                }
                root.getStylesheets().add(BlockdeskApp.class.getResource("blockdesk.css").toExternalForm());
                return root;
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        FxToolkit.showStage();
        WaitForAsyncUtils.waitForFxEvents();
    }
}
