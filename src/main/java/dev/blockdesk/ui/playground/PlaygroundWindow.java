package dev.blockdesk.ui.playground;

import dev.blockdesk.node.Threads;
import dev.blockdesk.ui.Background;
import dev.blockdesk.ui.DesktopNode;
import dev.blockdesk.ui.i18n.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The hash playground's own window (Tools → Hash playground): not modal, so a learner can keep it
 * beside the main window while mining. One per main window; showing it again brings it to the front.
 * Its measurements and proof searches run on a thread of its own, never on the node's worker.
 */
public final class PlaygroundWindow {

    private final Stage stage;

    private PlaygroundWindow(Stage stage) {
        this.stage = stage;
    }

    /** The window over {@code node}, owned by {@code owner}; failures no handler took go to {@code notice}. */
    public static PlaygroundWindow create(Window owner, DesktopNode node, Consumer<String> notice) {
        ExecutorService thread = Executors.newSingleThreadExecutor(Threads.daemons("blockdesk-playground"));
        PlaygroundViewModel model = new PlaygroundViewModel(
                node, new Background(thread, Platform::runLater, notice), PlaygroundViewModel.realMeter());
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(Messages.tr("playground.title"));
        Scene scene = new Scene(load(model), 1180, 720);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets()); // the window's CSS
        }
        ToolWindowStyle.follow(scene.getRoot(), owner); // its text size, and the language's font
        stage.setScene(scene);
        return new PlaygroundWindow(stage);
    }

    /** The playground's scene graph with its controller. */
    public static Parent load(PlaygroundViewModel model) {
        FXMLLoader loader = new FXMLLoader(
                PlaygroundWindow.class.getResource("/dev/blockdesk/ui/playground/playground.fxml"), Messages.bundle());
        loader.setControllerFactory(type -> {
            if (type == PlaygroundController.class) {
                return new PlaygroundController(model);
            }
            throw new IllegalArgumentException("no controller " + type);
        });
        try {
            Parent root = loader.load();
            ToolWindowStyle.follow(root, null); // the language's font; the owner's text size when the window is created
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("the playground's FXML is part of the application and must load", e);
        }
    }

    /** Shows the window, or brings it to the front. */
    public void show() {
        stage.show();
        stage.toFront();
    }
}
