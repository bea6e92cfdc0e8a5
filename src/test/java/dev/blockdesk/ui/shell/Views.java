package dev.blockdesk.ui.shell;

import dev.blockdesk.ui.FakeNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Mounts one of the window's FXML views in the test stage, as the application loads it: light theme, its CSS, its controllers. */
final class Views {

    /** The size the application opens its window at. */
    private static final double WIDTH = 1200;

    private static final double HEIGHT = 760;

    /** File dialogs that are always cancelled. */
    static final FileDialogs NO_FILES = answering(new AtomicReference<>());

    private Views() {}

    /** File dialogs, to open or to save, that answer with {@code chosen}'s file: cancelled while it is null. */
    static FileDialogs answering(AtomicReference<Path> chosen) {
        return new FileDialogs() {
            @Override
            public Optional<Path> open(Window owner, String title) {
                return Optional.ofNullable(chosen.get());
            }

            @Override
            public Optional<Path> save(Window owner, String title, String suggestedName) {
                return Optional.ofNullable(chosen.get());
            }
        };
    }

    /**
     * The whole window over {@code node}: its view model attached on the FX thread as the
     * application attaches it, a data directory {@code dir}, and {@code files} answering every file
     * dialog.
     */
    static MainViewModel mountWindow(FakeNode node, Path dir, FileDialogs files) throws Exception {
        FxToolkit.registerPrimaryStage();
        MainViewModel model = WaitForAsyncUtils.asyncFx(() -> {
                    MainViewModel attached = new MainViewModel(
                            "a".repeat(32), Runnable::run, Platform::runLater, Clock.systemUTC(), (k, v) -> {});
                    attached.attach(node);
                    return attached;
                })
                .get(10, TimeUnit.SECONDS);
        DesktopContext context = new DesktopContext(
                dir,
                dir.resolve("blockdesk.log.0"),
                (k, v) -> {},
                uri -> {},
                dark -> {},
                false,
                files,
                new Zoom(Zoom.ACTUAL_SIZE, percent -> {}));
        mount("main.fxml", model, context);
        return model;
    }

    static void mount(String fxml, MainViewModel model, DesktopContext context) throws Exception {
        FxToolkit.setupFixture(() -> javafx.application.Application.setUserAgentStylesheet(WindowFont.theme(false)));
        FxToolkit.setupSceneRoot(() -> {
            FXMLLoader loader =
                    new FXMLLoader(BlockdeskApp.class.getResource(fxml), dev.blockdesk.ui.i18n.Messages.bundle());
            loader.setControllerFactory(Controllers.factory(model, context));
            try {
                Parent root = loader.load();
                if (root instanceof Region region) {
                    region.setPrefSize(
                            WIDTH, HEIGHT); // the window's size: its preferred size is wider than the headless screen
                }
                root.getStylesheets()
                        .add(BlockdeskApp.class.getResource("blockdesk.css").toExternalForm());
                WindowFont.current()
                        .ifPresent(
                                font -> root.getStylesheets().add(font.monoStylesheet())); // as WindowFont.follow does
                return root;
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        FxToolkit.showStage();
        if (context != null) { // a single tab's view has no window around it
            WaitForAsyncUtils.asyncFx(() -> context.zoom()
                            .attach(FxToolkit.toolkitContext()
                                    .getRegisteredStage()
                                    .getScene()))
                    .get(10, TimeUnit.SECONDS);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
