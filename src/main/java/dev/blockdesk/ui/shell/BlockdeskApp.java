package dev.blockdesk.ui.shell;

import dev.blockdesk.app.DesktopOptions;
import dev.blockdesk.app.LogFile;
import dev.blockdesk.app.NodeOptions;
import dev.blockdesk.app.NodeSetup;
import dev.blockdesk.app.StoredSettings;
import dev.blockdesk.node.Node;
import dev.blockdesk.store.StoreException;
import dev.blockdesk.ui.Background;
import dev.blockdesk.ui.LiveNode;
import dev.blockdesk.ui.Worker;
import dev.blockdesk.ui.bench.DesktopBenchmarks;
import dev.blockdesk.ui.i18n.Language;
import dev.blockdesk.ui.i18n.Messages;
import dev.blockdesk.ui.welcome.WelcomeViewModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The desktop application: opens the data directory, shows the window at once, and starts the
 * embedded node behind it (127.0.0.1:5000, or the next free port). Launch options are those of
 * {@code blockdesk node}, plus {@link DesktopOptions}.
 *
 * <p>It does one thing, the application's life (start, attach the node, quit in order); the window's
 * contents are its controllers' and view models'.
 */
public final class BlockdeskApp extends Application {

    private static final System.Logger LOG = System.getLogger(BlockdeskApp.class.getName());

    /** The command line of the window: the node's options. */
    @Command(name = "blockdesk")
    static final class Arguments {
        @Mixin
        NodeOptions options;

        @Mixin
        DesktopOptions desktop;
    }

    private NodeSetup setup;
    private volatile Node node;
    private Worker worker;
    private Timeline ticker;
    private Stage stage;
    private MainViewModel model;
    private DesktopOptions desktop;
    private DesktopBenchmarks benchmarks;
    private ChainOpener opener;
    private LogFile log;
    private Runnable unfollowFont;
    private final CountDownLatch windowShown = new CountDownLatch(1);
    private final Object closing = new Object();
    private boolean closed;

    /** JavaFX makes the application on the FX thread just before it names the toolkit after this class: see {@link AppIcon#nameApplication}. */
    public BlockdeskApp() {
        AppIcon.nameApplication();
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        AppIcon.follow(Window.getWindows()); // the icon on the main window and every window opened later
        NodeOptions options;
        try {
            Arguments arguments = CommandLine.populateCommand(
                    new Arguments(), getParameters().getRaw().toArray(String[]::new));
            options = arguments.options;
            desktop = arguments.desktop;
            speak(Language.ofTag(desktop.language())
                    .orElse(Language.SYSTEM)); // until the data directory's choice is read: for a failure to open it
            setup = options.openStore();
            speak(DesktopSettings.language(setup.store(), desktop.language()));
        } catch (CommandLine.ParameterException | StoreException | IllegalArgumentException e) {
            fail(Messages.tr("app.cannotStart"), Background.reason(e));
            return;
        }
        log = LogFile.install(setup.path());
        options.logDataDirectoryChoice();
        worker = new Worker();
        DesktopSettings settings =
                DesktopSettings.read(setup.store(), options.autoSyncSeconds(), desktop.mine(), options.mutualPeering());
        useTheme(settings.dark());
        model = new MainViewModel(
                setup.nodeId(), worker, Platform::runLater, Clock.systemDefaultZone(), this::saveSetting);
        model.dialect().speaks(setup.rules()); // the data directory's dialect, shown while its chain is checked
        model.peers().intervalProperty().set(settings.intervalSeconds());
        model.peers().autoSyncProperty().set(settings.autoSync());
        model.peers().mutualPeeringProperty().set(settings.mutualPeering());
        model.autoMineProperty().set(settings.autoMine());
        model.welcome().remember(new StoredSettings(setup.store()).bool(WelcomeViewModel.DISMISSED, false));
        model.blocks().cards().restore(settings.chainCards() || desktop.scrollBenchCards());
        model.pending()
                .refuseOverspendingProperty()
                .set(dev.blockdesk.app.NodeStartup.refuseOverspending(
                        options, setup, dev.blockdesk.app.NodeStartup.Mode.DESKTOP));
        model.pace().restore(new StoredSettings(setup.store()));
        Thread.setDefaultUncaughtExceptionHandler(this::uncaught);

        Zoom zoom = new Zoom(
                new StoredSettings(setup.store()).integer(Zoom.SETTING, Zoom.ACTUAL_SIZE, 1, 1000),
                percent -> saveSetting(Zoom.SETTING, percent));
        ChainRestart newChain = new ChainRestart(setup, options, model, () -> node, this::attach, Platform::runLater);
        DesktopContext context = new DesktopContext(
                setup.path(),
                log.path(),
                this::saveSetting,
                uri -> getHostServices().showDocument(uri),
                this::chooseTheme,
                settings.dark(),
                FileDialogs.NATIVE,
                zoom,
                newChain);
        ChainOpener opener = new ChainOpener(setup, options, model, windowShown, new ChainOpener.Outcome() {
            @Override
            public void running(Node running) {
                Platform.runLater(() -> attach(running));
            }

            @Override
            public void invalid(NodeSetup.InvalidStoredChainException e) {
                Platform.runLater(() -> offerRecovery(e));
            }

            @Override
            public void failed(String message) {
                if (!isClosed()) {
                    Platform.runLater(() -> fail(Messages.tr("app.nodeCannotStart"), message));
                }
            }
        });
        this.opener = opener;
        opener.open(options.recover(), notice -> LOG.log(System.Logger.Level.WARNING, notice));

        Scene scene = new Scene(load(model, context), 1200, 760);
        scene.getStylesheets()
                .add(BlockdeskApp.class.getResource("blockdesk.css").toExternalForm());
        primaryStage.setTitle(Messages.tr("app.title"));
        primaryStage.setScene(scene);
        WindowState.restore(primaryStage, settings.window());
        ticker = new Timeline(new KeyFrame(Duration.millis(250), e -> model.tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
        zoom.follow(Window.getWindows()); // the main window and every window opened later
        unfollowFont = WindowFont.current()
                .map(font -> font.follow(Window.getWindows()))
                .orElse(() -> {});
        primaryStage.show();
        LOG.log(System.Logger.Level.INFO, "window shown {0} ms after the JVM started", Uptime.millis());
        windowShown.countDown();
    }

    private void attach(Node running) {
        synchronized (closing) {
            if (closed) {
                running.close();
                return;
            }
            node = running;
        }
        model.attach(new LiveNode(running));
        stage.setTitle(Messages.tr("app.title.withUrl", running.url().toString()));
        LOG.log(
                System.Logger.Level.INFO,
                "node ready {0} ms after the JVM started, with {1}",
                Uptime.millis(),
                running.chain().length() + " blocks"); // the log is English
        if (benchmarks == null) { // File → New chain… attaches a node again
            benchmarks = DesktopBenchmarks.start(desktop, stage.getScene());
        }
    }

    private void offerRecovery(NodeSetup.InvalidStoredChainException e) {
        if (isClosed()) {
            return;
        }
        if (Dialogs.recover(stage, e)) {
            opener.open(true, notice -> LOG.log(System.Logger.Level.WARNING, notice));
        } else {
            Platform.exit();
        }
    }

    /** A failure nothing else caught: logged, and shown in the window instead of vanishing. */
    private void uncaught(Thread thread, Throwable error) {
        LOG.log(System.Logger.Level.ERROR, "unexpected error on " + thread.getName(), error);
        Platform.runLater(() -> model.notify(Messages.tr("app.uncaught", thread.getName(), Background.reason(error))));
    }

    private boolean isClosed() {
        synchronized (closing) {
            return closed;
        }
    }

    /** The window's scene graph, with controllers that get their view models. */
    static Parent load(MainViewModel model, DesktopContext context) {
        FXMLLoader loader = new FXMLLoader(BlockdeskApp.class.getResource("main.fxml"), Messages.bundle());
        loader.setControllerFactory(Controllers.factory(model, context));
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("the window's FXML is part of the application and must load", e);
        }
    }

    /**
     * Speaks {@code language} from the first view built. JavaFX's own texts (a dialog's OK and
     * Cancel, a text field's menu) follow the default locale, so it follows the language too.
     */
    private static void speak(Language language) {
        Messages.use(language);
        Locale chosen = Messages.language().locale();
        if (!Locale.getDefault().getLanguage().equals(chosen.getLanguage())) {
            Locale.setDefault(chosen);
        }
    }

    private static void useTheme(boolean dark) {
        Application.setUserAgentStylesheet(WindowFont.theme(dark));
    }

    /** The user picked a theme in the View menu: it is used, and remembered. */
    private void chooseTheme(boolean dark) {
        useTheme(dark);
        saveSetting(DesktopSettings.THEME, dark ? "dark" : "light");
    }

    private void saveSetting(String key, String value) {
        DesktopSettings.save(setup.store(), worker, key, value);
    }

    private void fail(String title, String message) {
        LOG.log(System.Logger.Level.ERROR, title + ": " + message);
        if (Application.getUserAgentStylesheet()
                == null) { // failed before the settings were read: the light theme, and the language's font
            useTheme(false);
        }
        Dialogs.fatal(stage, title, message);
        Platform.exit();
    }

    /** The running node, for tests that start the application; null until the stored chain is checked. */
    Node node() {
        return node;
    }

    MainViewModel model() {
        return model;
    }

    /**
     * Quits in order: mining, syncing and the HTTP server stop; settings still queued (the window's
     * place among them) are saved; then the database closes and the data directory is let go.
     */
    @Override
    public void stop() {
        if (unfollowFont != null) {
            unfollowFont.run(); // the windows opened after us (another application's, in tests) keep their own fonts
        }
        synchronized (closing) {
            closed = true;
        }
        if (ticker != null) {
            ticker.stop();
        }
        if (benchmarks != null) {
            benchmarks.close();
        }
        if (worker != null && stage != null) {
            saveSetting(DesktopSettings.WINDOW, WindowState.describe(stage));
        }
        if (node != null) {
            node.close();
        }
        if (worker != null) {
            worker.close(Worker.QUIT_WAIT);
        }
        if (setup != null) {
            setup.close();
        }
        if (log != null) {
            log.close();
        }
    }
}
