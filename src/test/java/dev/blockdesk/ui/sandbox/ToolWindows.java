package dev.blockdesk.ui.sandbox;

import dev.blockdesk.chain.HashRate;
import dev.blockdesk.ui.Background;
import dev.blockdesk.ui.FakeNode;
import dev.blockdesk.ui.i18n.Messages;
import dev.blockdesk.ui.playground.PlaygroundViewModel;
import dev.blockdesk.ui.playground.PlaygroundWindow;
import dev.blockdesk.ui.shell.BlockdeskApp;
import dev.blockdesk.ui.shell.FileDialogs;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The two tool windows as the application opens them, for the view tests: the tamper sandbox on a
 * copy of our chain ({@link SandboxWindows#show}) and the hash playground ({@link PlaygroundWindow#load}),
 * each in a stage of its own, in whatever language {@link Messages} speaks when they are opened.
 */
final class ToolWindows {

    /** The playground's hash rate: 2 MH/s, found at once. */
    static final String RATE_SOURCE = "measured: 1.0 s of dvf mining on 1 thread";

    /** File dialogs that are always cancelled. */
    static final FileDialogs NO_FILES = new FileDialogs() {
        @Override
        public Optional<Path> open(Window owner, String title) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> save(Window owner, String title, String suggestedName) {
            return Optional.empty();
        }
    };

    private ToolWindows() {}

    /** A sandbox window on a copy of {@code node}'s chain with the block at {@code selected} (position) chosen; its view model. */
    static SandboxViewModel sandbox(FakeNode node, int selected) throws Exception {
        FxToolkit.registerPrimaryStage();
        SandboxViewModel model = WaitForAsyncUtils.asyncFx(() -> {
                    Background background = new Background(Runnable::run, Platform::runLater, notice -> {});
                    SandboxWindows windows = new SandboxWindows(
                            () -> node,
                            background,
                            NO_FILES,
                            () -> null,
                            BlockdeskApp.class.getResource("blockdesk.css"));
                    SandboxViewModel opened = new SandboxViewModel(() -> node, background, Platform::runLater);
                    windows.show(opened, Messages.tr("sandbox.title.ours"));
                    opened.openOurChain(node.chain.blocks().get(selected));
                    return opened;
                })
                .get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return model;
    }

    /** The playground in a window of its own, 1180 by 720 as the application opens it; its view model. */
    static PlaygroundViewModel playground(FakeNode node) throws Exception {
        FxToolkit.registerPrimaryStage();
        PlaygroundViewModel model = WaitForAsyncUtils.asyncFx(() -> {
                    PlaygroundViewModel opened = new PlaygroundViewModel(
                            node,
                            new Background(Runnable::run, Platform::runLater, notice -> {}),
                            (dialect, threads) -> new HashRate(2_000_000, threads, RATE_SOURCE));
                    Parent root = PlaygroundWindow.load(opened);
                    Scene scene = new Scene(root, 1180, 720);
                    scene.getStylesheets()
                            .add(BlockdeskApp.class.getResource("blockdesk.css").toExternalForm());
                    Stage stage = new Stage();
                    stage.setTitle(Messages.tr("playground.title"));
                    stage.setScene(scene);
                    stage.show();
                    return opened;
                })
                .get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return model;
    }

    /** The root of the showing window whose root has {@code id}. */
    static Parent root(String id) {
        return Window.getWindows().stream()
                .filter(Window::isShowing)
                .map(Window::getScene)
                .filter(scene -> scene != null
                        && scene.getRoot() != null
                        && id.equals(scene.getRoot().getId()))
                .map(Scene::getRoot)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no window shows #" + id));
    }

    /** Closes every window these tests opened. */
    static void closeAll() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                        .filter(w -> w instanceof Stage)
                        .map(w -> (Stage) w)
                        .toList()
                        .forEach(Stage::hide))
                .get(10, TimeUnit.SECONDS);
        FxToolkit.cleanupStages();
    }
}
