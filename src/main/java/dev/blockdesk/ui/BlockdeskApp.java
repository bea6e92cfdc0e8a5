package dev.blockdesk.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.blockdesk.app.DesktopOptions;
import dev.blockdesk.app.NodeOptions;
import dev.blockdesk.app.NodeSetup;
import dev.blockdesk.chain.InvalidTransactionException;
import dev.blockdesk.node.InvalidPeerAddressException;
import dev.blockdesk.node.Node;
import dev.blockdesk.node.NodeConfig;
import dev.blockdesk.store.StoreException;
import dev.blockdesk.store.StoredBlock;
import dev.blockdesk.store.StoredChain;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TableView;
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

        @Mixin
        DesktopOptions desktop;
    }

    private NodeSetup setup;
    private volatile Node node;
    private ExecutorService background;
    private Timeline ticker;
    private Stage stage;
    private MainViewModel model;
    private NodeOptions options;
    private DesktopOptions desktop;
    private FxStallProbe probe;
    private final CountDownLatch windowShown = new CountDownLatch(1);
    private final Object closing = new Object();
    private boolean closed;

    /**
     * Shows the window at once and checks the stored chain behind it: the window says how far the
     * check has got, and comes alive when the node runs. A damaged chain asks the user whether to
     * start from its valid blocks.
     */
    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        try {
            Arguments arguments = CommandLine.populateCommand(new Arguments(), getParameters().getRaw().toArray(String[]::new));
            options = arguments.options;
            desktop = arguments.desktop;
            setup = options.openStore();
        } catch (CommandLine.ParameterException | StoreException | IllegalArgumentException e) {
            fail("Blockdesk cannot start", e.getMessage());
            return;
        }
        background = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "blockdesk-ui-worker");
            thread.setDaemon(true);
            return thread;
        });
        boolean dark = "dark".equals(setting("theme", "light"));
        applyTheme(dark);
        model = new MainViewModel(setup.nodeId(), background, Platform::runLater, Clock.systemDefaultZone(), this::saveSetting);
        model.peers().intervalProperty().set(Integer.parseInt(setting("auto_sync_interval", "10")));
        boolean autoSync = options.autoSyncSeconds() != null || Boolean.parseBoolean(setting("auto_sync", "true"));
        model.peers().autoSyncProperty().set(autoSync);
        model.autoMineProperty().set(desktop.mine() || Boolean.parseBoolean(setting("auto_mine", "false")));

        DesktopContext context = new DesktopContext(setup.path(), background, this::saveSetting,
                uri -> getHostServices().showDocument(uri), this::applyTheme, dark);
        String window = setting("window", "");
        openChain(options.recover());

        Parent root = load(model, context);
        Scene scene = new Scene(root, 1200, 760);
        scene.getStylesheets().add(BlockdeskApp.class.getResource("blockdesk.css").toExternalForm());
        primaryStage.setTitle("Blockdesk");
        primaryStage.setScene(scene);
        WindowState.restore(primaryStage, window);
        ticker = new Timeline(new KeyFrame(Duration.millis(250), e -> model.tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
        primaryStage.show();
        LOG.log(System.Logger.Level.INFO, "window shown {0} ms after the JVM started", uptime());
        windowShown.countDown();
    }

    /**
     * Reads the stored chain, checks it and starts the node, on a thread of its own; the window
     * follows. The rows are read while the window is built, but checking them waits until it is
     * shown: on two cores the check would otherwise slow the window down.
     */
    private void openChain(boolean recover) {
        Thread opener = new Thread(() -> {
            try {
                setup.loadChain(recover, notice -> LOG.log(System.Logger.Level.WARNING, notice), new StoredChain.Progress() {
                    @Override
                    public void read(List<StoredBlock> rows) {
                        model.stored(rows);
                        Platform.runLater(() -> LOG.log(System.Logger.Level.INFO,
                                "{0} stored blocks shown while they are checked, {1} ms after the JVM started", rows.size(), uptime()));
                        try {
                            windowShown.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }

                    @Override
                    public void checked(int checked, int total) {
                        model.opening(checked, total);
                    }
                });
                Node running = startNode();
                Platform.runLater(() -> attach(running));
            } catch (NodeSetup.InvalidStoredChainException e) {
                Platform.runLater(() -> offerRecovery(e));
            } catch (IOException | RuntimeException | InvalidPeerAddressException | InvalidTransactionException e) {
                if (!isClosed()) {
                    Platform.runLater(() -> fail("Blockdesk cannot start its node", e.getMessage()));
                }
            }
        }, "blockdesk-open");
        opener.setDaemon(true);
        opener.start();
    }

    private void attach(Node running) {
        synchronized (closing) {
            if (closed) {
                running.close();
                return;
            }
            node = running;
        }
        model.attach(running);
        stage.setTitle("Blockdesk — " + running.url());
        LOG.log(System.Logger.Level.INFO, "node ready {0} ms after the JVM started, with {1} blocks", uptime(), running.chain().length());
        if (desktop.fxProbe()) {
            probe = FxStallProbe.start(java.time.Duration.ofSeconds(10));
        }
        if (desktop.scrollBenchSeconds() != null) {
            // After a few ticks, so the table holds the checked chain and has laid it out.
            PauseTransition settle = new PauseTransition(Duration.seconds(1));
            settle.setOnFinished(e -> ScrollBench.run((TableView<?>) stage.getScene().lookup("#blocksTable"),
                    desktop.scrollBenchSeconds(), Platform::exit));
            settle.play();
        }
    }

    private void offerRecovery(NodeSetup.InvalidStoredChainException e) {
        if (isClosed()) {
            return;
        }
        ButtonType recover = new ButtonType("Start from the " + e.validBlocks() + " valid blocks", ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType("Quit", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, e.getMessage()
                + "\n\nBlockdesk can start from the valid blocks before it; the blocks after them are dropped.", recover, quit);
        alert.setTitle("The stored chain is damaged");
        alert.setHeaderText("The stored chain is damaged");
        alert.initOwner(stage);
        if (alert.showAndWait().orElse(quit) == recover) {
            openChain(true);
        } else {
            Platform.exit();
        }
    }

    private boolean isClosed() {
        synchronized (closing) {
            return closed;
        }
    }

    private static long uptime() {
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
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

    /** Starts the node on the port asked for, or on 5000 or the next free port after it. */
    private Node startNode() throws IOException, InvalidPeerAddressException, InvalidTransactionException {
        int first = options.port();
        int tries = options.portGiven() ? 1 : PORTS_TO_TRY;
        BindException last = null;
        for (int port = first; port < first + tries; port++) {
            NodeConfig config = options.config(setup, port);
            if (config.minerThreads() == 0) {
                // One core is left to the window, so mining never makes it stutter.
                config = config.withMinerThreads(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
            }
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

    /** The running node, for tests that start the application; null until the stored chain is checked. */
    Node node() {
        return node;
    }

    MainViewModel model() {
        return model;
    }

    @Override
    public void stop() {
        synchronized (closing) {
            closed = true;
        }
        if (ticker != null) {
            ticker.stop();
        }
        if (probe != null) {
            probe.close();
        }
        if (stage != null && setup != null && model != null) {
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
