package dev.blockdesk.ui.newchain;

import dev.blockdesk.ui.i18n.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** File → New chain… as a window of its own, modal to the main window; returns at once. FX thread. */
public final class NewChainDialog {

    /** The application's stylesheet: a dialog is a scene of its own. */
    private static final String STYLESHEET = "/dev/blockdesk/ui/shell/blockdesk.css";

    private NewChainDialog() {}

    /** Opens the dialog over {@code owner} (null for none) and returns it, showing. */
    public static Stage show(Window owner, NewChainViewModel model) {
        FXMLLoader loader = new FXMLLoader(NewChainDialog.class.getResource("newchain.fxml"), Messages.bundle());
        loader.setControllerFactory(type -> {
            if (type == NewChainController.class) {
                return new NewChainController(model);
            }
            throw new IllegalArgumentException("no controller " + type);
        });
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("the dialog's FXML is part of the application and must load", e);
        }
        Scene scene = new Scene(root);
        scene.getStylesheets().add(NewChainDialog.class.getResource(STYLESHEET).toExternalForm());
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(Messages.tr("newchain.window.title"));
        stage.setScene(scene);
        // Never taller than the screen.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setMaxHeight(screen.getHeight());

        stage.show();
        fitScreen(stage, screen);
        // A note that gets a second line once the hash rate is measured: the window grows with it.
        // It grows only up to the screen: past that its form scrolls (a zoomed text on a small screen).
        root.needsLayoutProperty().addListener((o, was, needs) -> {
            double chrome = stage.getHeight() - scene.getHeight();
            double wanted = Math.min(root.prefHeight(scene.getWidth()), screen.getHeight() - chrome);
            if (wanted > scene.getHeight() + 0.5) {
                stage.setHeight(wanted + chrome);
                fitScreen(stage, screen);
            }
        });
        return stage;
    }

    private static void fitScreen(Stage stage, javafx.geometry.Rectangle2D screen) {
        if (stage.getHeight() > screen.getHeight()) {
            stage.setHeight(screen.getHeight());
        }
        if (stage.getY() + stage.getHeight() > screen.getMaxY()) {
            stage.setY(Math.max(screen.getMinY(), screen.getMaxY() - stage.getHeight()));
        }
    }
}
