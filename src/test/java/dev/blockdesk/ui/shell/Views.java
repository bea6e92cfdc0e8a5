package dev.blockdesk.ui.shell;

import java.io.IOException;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Mounts one of the window's FXML views in the test stage, as the application loads it: light theme, its CSS, its controllers. */
final class Views {

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
