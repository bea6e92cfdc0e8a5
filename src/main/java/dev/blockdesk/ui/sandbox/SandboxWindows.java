package dev.blockdesk.ui.sandbox;

import dev.blockdesk.chain.Block;
import dev.blockdesk.ui.Background;
import dev.blockdesk.ui.DesktopNode;
import dev.blockdesk.ui.i18n.Messages;
import dev.blockdesk.ui.playground.ToolWindowStyle;
import dev.blockdesk.ui.shell.FileDialogs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Opens tamper sandboxes, each in a window of its own beside the main one (not modal): on our chain
 * from the Blocks tab, or on any chain file from File → Open chain file…. Closing a sandbox window
 * cancels its mining.
 */
public final class SandboxWindows {

    private final Supplier<DesktopNode> node;
    private final Background background;
    private final FileDialogs files;
    private final Supplier<Window> owner;
    private final URL stylesheet;

    /**
     * @param stylesheet the application's stylesheet, added to each sandbox scene
     */
    public SandboxWindows(
            Supplier<DesktopNode> node,
            Background background,
            FileDialogs files,
            Supplier<Window> owner,
            URL stylesheet) {
        this.node = node;
        this.background = background;
        this.files = files;
        this.owner = owner;
        this.stylesheet = stylesheet;
    }

    /** A sandbox on a copy of our chain, {@code selected} (may be null) selected and scrolled to. */
    public Stage openOurChain(Block selected) {
        SandboxViewModel model = new SandboxViewModel(node, background, Platform::runLater);
        Stage stage = show(model, Messages.tr("sandbox.title.ours"));
        model.openOurChain(selected);
        return stage;
    }

    /** Asks for a chain file and opens it in a sandbox. */
    public void chooseFile() {
        files.open(owner.get(), Messages.tr("sandbox.open.title")).ifPresent(this::openFile);
    }

    /** A sandbox on the chain file {@code file}, valid or not; the file is read off the FX thread. */
    public Stage openFile(Path file) {
        SandboxViewModel model = new SandboxViewModel(node, background, Platform::runLater);
        Stage stage = show(model, Messages.tr("sandbox.title.file", String.valueOf(file.getFileName())));
        model.openFile(file);
        return stage;
    }

    /** A sandbox window on {@code model}. */
    public Stage show(SandboxViewModel model, String title) {
        FXMLLoader loader = new FXMLLoader(SandboxWindows.class.getResource("sandbox.fxml"), Messages.bundle());
        loader.setControllerFactory(type -> new SandboxController(model, files));
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("the sandbox's FXML is part of the application and must load", e);
        }
        SandboxController controller = loader.getController();
        Scene scene = new Scene(root, 1150, 760);
        scene.getStylesheets().add(stylesheet.toExternalForm());
        ToolWindowStyle.follow(root, owner.get()); // the main window's text size, and the language's font
        Stage stage = new Stage();
        stage.setTitle(title);
        stage.initOwner(owner.get());
        stage.setScene(scene);
        stage.setOnHidden(e -> {
            controller.stop();
            model.close();
        });
        stage.show();
        return stage;
    }
}
