package dev.blockdesk.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.blockdesk.app.NodeOptions;
import dev.blockdesk.app.NodeSetup;
import dev.blockdesk.node.InvalidPeerAddressException;
import dev.blockdesk.node.Node;
import dev.blockdesk.node.NodeConfig;
import dev.blockdesk.store.StoreException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import javafx.util.Callback;
import javafx.util.Duration;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The desktop application: opens the data directory, starts the embedded node (127.0.0.1:5000, or
 * the next free port), and shows the window. Launch options are those of {@code blockdesk node}.
 */
public final class BlockdeskApp extends Application {

    private static final System.Logger LOG = System.getLogger(BlockdeskApp.class.getName());
    private static final int PORTS_TO_TRY = 20;

    /** The command line of the window: the node's options. */
    @Command(name = "blockdesk")
    static final class Arguments {
        @Mixin
        NodeOptions options;
    }

    private NodeSetup setup;
    private Node node;
    private ExecutorService background;
    private Timeline ticker;
    private Stage stage;
    private MainViewModel model;

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        NodeOptions options;
        try {
            options = CommandLine.populateCommand(new Arguments(), getParameters().getRaw().toArray(String[]::new)).options;
        } catch (CommandLine.ParameterException e) {
            fail("Blockdesk cannot start", e.getMessage());
            return;
        }
        setup = openSetup(options);
        if (setup == null) {
            return;
        }
        try {
            node = startNode(options);
        } catch (IOException | RuntimeException | InvalidPeerAddressException | dev.blockdesk.chain.InvalidTransactionException e) {
            fail("Blockdesk cannot start its node", e.getMessage());
            return;
        }
        background = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "blockdesk-ui-worker");
            thread.setDaemon(true);
            return thread;
        });
        boolean dark = "dark".equals(setting("theme", "light"));
        applyTheme(dark);
        model = new MainViewModel(node, background, Platform::runLater, Clock.systemDefaultZone(), this::saveSetting);
        model.peers().intervalProperty().set(Integer.parseInt(setting("auto_sync_interval", "10")));
        boolean autoSync = options.autoSyncSeconds() != null || Boolean.parseBoolean(setting("auto_sync", "true"));
        model.peers().autoSyncProperty().set(autoSync);
        model.autoMineProperty().set(Boolean.parseBoolean(setting("auto_mine", "false")));
        DesktopContext context = new DesktopContext(setup.path(), background, this::saveSetting,
                uri -> getHostServices().showDocument(uri), this::applyTheme, dark);

        Parent root = load(model, context);
        Scene scene = new Scene(root, 1200, 760);
        scene.getStylesheets().add(BlockdeskApp.class.getResource("blockdesk.css").toExternalForm());
        primaryStage.setTitle("Blockdesk — " + node.url());
        primaryStage.setScene(scene);
        WindowState.restore(primaryStage, setting("window", ""));
        ticker = new Timeline(new KeyFrame(Duration.millis(250), e -> model.tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
        primaryStage.show();
        LOG.log(System.Logger.Level.INFO, "window shown {0} ms after the JVM started, with {1} blocks",
                java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime(), node.chain().length());
    }

    /** The window's scene graph, with controllers that get their view models. */
    static Parent load(MainViewModel model, DesktopContext context) {
        FXMLLoader loader = new FXMLLoader(BlockdeskApp.class.getResource("main.fxml"));
        loader.setControllerFactory(controllers(model, context));
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("the window's FXML is part of the application and must load", e);
        }
    }

    static Callback<Class<?>, Object> controllers(MainViewModel model, DesktopContext context) {
        return type -> {
            if (type == MainController.class) {
                return new MainController(model, context);
            }
            if (type == BlocksController.class) {
                return new BlocksController(model.blocks());
            }
            if (type == PendingController.class) {
                return new PendingController(model.pending());
            }
            if (type == PeersController.class) {
                return new PeersController(model.peers());
            }
            throw new IllegalArgumentException("no controller " + type);
        };
    }

    private NodeSetup openSetup(NodeOptions options) {
        try {
            return options.open(false, notice -> LOG.log(System.Logger.Level.WARNING, notice));
        } catch (NodeSetup.InvalidStoredChainException e) {
            ButtonType recover = new ButtonType("Start from the " + e.validBlocks() + " valid blocks", ButtonBar.ButtonData.OK_DONE);
            ButtonType quit = new ButtonType("Quit", ButtonBar.ButtonData.CANCEL_CLOSE);
            Alert alert = new Alert(Alert.AlertType.WARNING, e.getMessage()
                    + "\n\nBlockdesk can start from the valid blocks before it; the blocks after them are dropped.", recover, quit);
            alert.setTitle("The stored chain is damaged");
            alert.setHeaderText("The stored chain is damaged");
            if (alert.showAndWait().orElse(quit) != recover) {
                Platform.exit();
                return null;
            }
            try {
                return options.open(true, notice -> LOG.log(System.Logger.Level.WARNING, notice));
            } catch (NodeSetup.InvalidStoredChainException | RuntimeException again) {
                fail("Blockdesk cannot start", again.getMessage());
                return null;
            }
        } catch (StoreException | IllegalArgumentException e) {
            fail("Blockdesk cannot start", e.getMessage());
            return null;
        }
    }

    /** Starts the node on the port asked for, or on 5000 or the next free port after it. */
    private Node startNode(NodeOptions options)
            throws IOException, InvalidPeerAddressException, dev.blockdesk.chain.InvalidTransactionException {
        int first = options.port();
        int tries = options.portGiven() ? 1 : PORTS_TO_TRY;
        BindException last = null;
        for (int port = first; port < first + tries; port++) {
            NodeConfig config = options.config(setup, port);
            Node candidate = new Node(config, setup.chain(), setup.pending(), setup.store());
            try {
                candidate.start();
                return candidate;
            } catch (BindException e) {
                candidate.close();
                last = e;
            }
        }
        throw new IOException("no free port from " + first + " to " + (first + tries - 1) + ": " + last.getMessage(), last);
    }

    private void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        if (background != null) {
            saveSetting("theme", dark ? "dark" : "light");
        }
    }

    private String setting(String key, String fallback) {
        return setup.store().setting(key).orElse(fallback);
    }

    private void saveSetting(String key, String value) {
        Runnable save = () -> {
            try {
                setup.store().putSetting(key, value);
            } catch (StoreException e) {
                LOG.log(System.Logger.Level.ERROR, "could not save the setting " + key, e);
            }
        };
        if (background != null) {
            background.execute(save);
        } else {
            save.run();
        }
    }

    private void fail(String title, String message) {
        LOG.log(System.Logger.Level.ERROR, title + ": " + message);
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.showAndWait();
        if (setup != null) {
            setup.close();
            setup = null;
        }
        Platform.exit();
    }

    /** The running node, for tests that start the application. */
    Node node() {
        return node;
    }

    MainViewModel model() {
        return model;
    }

    @Override
    public void stop() {
        if (ticker != null) {
            ticker.stop();
        }
        if (stage != null && setup != null) {
            setup.store().putSetting("window", WindowState.describe(stage));
        }
        if (node != null) {
            node.close();
        }
        if (background != null) {
            background.shutdown();
        }
        if (setup != null) {
            setup.close();
        }
    }
}
