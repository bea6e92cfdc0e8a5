package dev.blockdesk.ui.shell;

import dev.blockdesk.ui.blocks.BlocksController;
import dev.blockdesk.ui.fork.ForkGraph;
import dev.blockdesk.ui.i18n.Messages;
import dev.blockdesk.ui.newchain.NewChainDialog;
import dev.blockdesk.ui.newchain.NewChainViewModel;
import dev.blockdesk.ui.peers.PeersController;
import dev.blockdesk.ui.pending.PendingController;
import dev.blockdesk.ui.reorg.ReorgViewModel;
import dev.blockdesk.ui.welcome.WelcomeController;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The window: toolbar, menus, status bar. Binds {@link MainViewModel}; file dialogs and menus live
 * here. It does one thing, the window's frame: it is long because every menu item of the window has
 * its short handler here (the Go menu's four among them) and its 66 {@code @FXML} members stand one
 * a line; each feature's own view has its own controller. The next split, when the frame grows, is
 * the menu bar into an FXML and controller of its own.
 */
public final class MainController {

    private final MainViewModel model;
    private final DesktopContext context;

    @FXML
    private VBox reorgBanner;

    @FXML
    private Label reorgTitle;

    @FXML
    private Label reorgSummary;

    @FXML
    private ToggleButton reorgDetailsToggle;

    @FXML
    private HBox reorgDetailsBox;

    @FXML
    private TextArea reorgDetails;

    @FXML
    private ForkGraph forkGraph;

    @FXML
    private MenuItem exportOrphansMenuItem;

    @FXML
    private Button mineButton;

    @FXML
    private ToggleButton autoMineToggle;

    @FXML
    private javafx.scene.control.MenuButton autoMineModeChoice;

    @FXML
    private RadioMenuItem autoMineAlwaysItem;

    @FXML
    private RadioMenuItem autoMineWhenPendingItem;

    @FXML
    private ToggleButton slowMotionToggle;

    @FXML
    private Tooltip slowMotionTooltip;

    @FXML
    private MenuItem hashPlaygroundMenuItem;

    private dev.blockdesk.ui.playground.PlaygroundWindow playground;

    @FXML
    private Label miningStatusLabel;

    @FXML
    private TabPane tabs;

    @FXML
    private Tab blocksTab;

    @FXML
    private Tab pendingTab;

    @FXML
    private Tab peersTab;

    @FXML
    private Tab accountsTab;
    /** The accounts are looked at: their tab, or the form that shows the sender's balance (kept here: bindings are held weakly). */
    private javafx.beans.binding.BooleanBinding accountsLookedAt;

    @FXML
    private MenuItem importMenuItem;

    @FXML
    private HBox noticeBar;

    @FXML
    private Label noticeLabel;

    @FXML
    private MenuItem exportMenuItem;

    @FXML
    private MenuItem newChainMenuItem;

    @FXML
    private MenuItem mineMenuItem;

    @FXML
    private RadioMenuItem lightThemeItem;

    @FXML
    private RadioMenuItem darkThemeItem;

    @FXML
    private javafx.scene.control.Menu languageMenu;

    @FXML
    private MenuItem actualSizeMenuItem;

    @FXML
    private BlocksController blocksController;

    @FXML
    private PendingController pendingController;

    @FXML
    private PeersController peersController;

    @FXML
    private WelcomeController welcomeController;

    @FXML
    private MenuItem openChainFileMenuItem;

    private dev.blockdesk.ui.sandbox.SandboxWindows sandboxes;

    public MainController(MainViewModel model, DesktopContext context) {
        this.model = model;
        this.context = context;
    }

    @FXML
    private void initialize() {
        accountsLookedAt = accountsTab
                .selectedProperty()
                .or(pendingTab.selectedProperty())
                .or(model.pending().refuseOverspendingProperty());
        accountsLookedAt.addListener((o, was, on) -> model.accounts().setLookedAt(on));
        model.accounts().setLookedAt(accountsLookedAt.get());
        FontIcon play = new FontIcon("fth-play");
        FontIcon stop = new FontIcon("fth-square");
        mineButton
                .textProperty()
                .bind(javafx.beans.binding.Bindings.when(model.miningProperty())
                        .then(Messages.tr("main.toolbar.cancel"))
                        .otherwise(Messages.tr("main.toolbar.mine")));
        mineButton
                .graphicProperty()
                .bind(javafx.beans.binding.Bindings.when(model.miningProperty())
                        .then(stop)
                        .otherwise(play));
        mineButton.disableProperty().bind(model.readyProperty().not());
        mineMenuItem.disableProperty().bind(model.readyProperty().not());
        importMenuItem.disableProperty().bind(model.readyProperty().not());
        noticeLabel.textProperty().bind(model.noticeProperty());
        noticeBar.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        noticeBar.managedProperty().bind(noticeBar.visibleProperty());
        exportMenuItem.disableProperty().bind(model.readyProperty().not());
        newChainMenuItem
                .disableProperty()
                .bind(model.readyProperty()
                        .not()
                        .or(javafx.beans.binding.Bindings.createBooleanBinding(() -> context.newChain() == null)));
        exportOrphansMenuItem.disableProperty().bind(model.readyProperty().not());
        autoMineToggle.selectedProperty().bindBidirectional(model.autoMineProperty());
        miningStatusLabel.textProperty().bind(model.miningStatusProperty());
        MiningPaceControls.bind(
                model.pace(),
                autoMineModeChoice,
                autoMineAlwaysItem,
                autoMineWhenPendingItem,
                slowMotionToggle,
                slowMotionTooltip);
        hashPlaygroundMenuItem.disableProperty().bind(model.readyProperty().not());
        ReorgViewModel reorg = model.reorgBanner();
        reorgBanner.visibleProperty().bind(reorg.shownProperty());
        reorgBanner.managedProperty().bind(reorgBanner.visibleProperty());
        reorgTitle.textProperty().bind(reorg.titleProperty());
        reorgSummary.textProperty().bind(reorg.summaryProperty());
        reorgDetails.textProperty().bind(reorg.detailsProperty());
        reorgDetailsBox.visibleProperty().bind(reorgDetailsToggle.selectedProperty());
        reorgDetailsBox.managedProperty().bind(reorgDetailsBox.visibleProperty());
        forkGraph.pictureProperty().bind(reorg.pictureProperty());
        forkGraph
                .visibleProperty()
                .bind(reorg.pictureProperty().isNotNull().and(reorgDetailsToggle.selectedProperty()));
        forkGraph.managedProperty().bind(forkGraph.visibleProperty());
        ToggleGroup themes = new ToggleGroup();
        lightThemeItem.setToggleGroup(themes);
        darkThemeItem.setToggleGroup(themes);
        (context.dark() ? darkThemeItem : lightThemeItem).setSelected(true);
        LanguageMenu.fill(languageMenu, context.saveSetting(), this::window);
        actualSizeMenuItem
                .textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> Messages.tr(
                                "main.menu.actualSize",
                                String.valueOf(context.zoom().percentProperty().get())),
                        context.zoom().percentProperty()));
        // The tamper sandbox (issue 12): a copy of a chain in a window of its own; nothing in it reaches the node.
        sandboxes = new dev.blockdesk.ui.sandbox.SandboxWindows(
                model::node,
                model.background(),
                context.files(),
                this::window,
                BlockdeskApp.class.getResource("blockdesk.css"));
        blocksController.setOnOpenInSandbox(this::openSandboxAt);
        openChainFileMenuItem.disableProperty().bind(model.readyProperty().not());
        welcomeController.actions(
                new WelcomeController.Actions(this::mine, this::newTransaction, this::addPeer, this::openSandbox));
        model.accounts()
                .setOnShowBlock(
                        block -> { // a line of an account's history: its block, in the Blocks tab
                            tabs.getSelectionModel().select(blocksTab);
                            model.blocks().selectedProperty().set(block);
                        });
    }

    @FXML
    private void mine() {
        model.mineOrCancel();
    }

    /** Tools → Hash playground: one window, brought to the front when it is open already. */
    @FXML
    private void openHashPlayground() {
        if (playground == null) {
            playground = dev.blockdesk.ui.playground.PlaygroundWindow.create(window(), model.node(), model::notify);
        }
        playground.show();
    }

    @FXML
    private void newTransaction() {
        tabs.getSelectionModel().select(pendingTab);
        pendingController.focusForm();
    }

    @FXML
    private void addPeer() {
        tabs.getSelectionModel().select(peersTab);
        peersController.focusAddress();
    }

    // Accessibility (issue 15): Go → a tab, from the keyboard (Ctrl+1 to Ctrl+4); the tab's first field takes the
    // focus.
    @FXML
    private void goBlocks() {
        find();
    }

    @FXML
    private void goPending() {
        newTransaction();
    }

    @FXML
    private void goPeers() {
        addPeer();
    }

    @FXML
    private void goAccounts() {
        tabs.getSelectionModel().select(accountsTab);
        javafx.scene.Node table = accountsTab.getContent().lookup("#accountsTable");
        if (table != null) {
            table.requestFocus();
        }
    }

    /** The sandbox on our chain, at the block selected in the Blocks tab or else at the tip. */
    private void openSandbox() {
        openSandboxAt(model.blocks().selectedProperty().get());
    }

    /** The sandbox on our chain at {@code block} (null: the tip); while the node starts, a notice says to wait. */
    private void openSandboxAt(dev.blockdesk.chain.Block block) {
        if (model.node() == null) {
            model.notify(Messages.tr("main.sandbox.wait"));
            return;
        }
        sandboxes.openOurChain(block != null ? block : model.node().chain().tip());
    }

    @FXML
    private void showWelcome() {
        model.welcome().show();
        welcomeController.focus();
    }

    @FXML
    private void find() {
        tabs.getSelectionModel().select(blocksTab);
        blocksController.focusSearch();
    }

    @FXML
    private void syncNow() {
        tabs.getSelectionModel().select(peersTab);
        model.peers().syncNow();
    }

    @FXML
    private void lightTheme() {
        context.applyTheme().accept(false);
    }

    @FXML
    private void darkTheme() {
        context.applyTheme().accept(true);
    }

    @FXML
    private void zoomIn() {
        context.zoom().zoomIn();
    }

    @FXML
    private void zoomOut() {
        context.zoom().zoomOut();
    }

    @FXML
    private void actualSize() {
        context.zoom().actualSize();
    }

    @FXML
    private void importChain() {
        context.files()
                .open(window(), Messages.tr("main.file.import"))
                .ifPresent(file -> model.chainFiles().importFrom(file, this::show));
    }

    @FXML
    private void newChain() {
        NewChainDialog.show(
                window(),
                new NewChainViewModel(context.newChain(), model.background(), java.time.Clock.systemDefaultZone()));
    }

    @FXML
    private void exportChain() {
        context.files()
                .save(window(), Messages.tr("main.file.export"), "chain.json")
                .ifPresent(file -> model.chainFiles().exportTo(file, this::show));
    }

    @FXML
    private void openChainFile() {
        sandboxes.chooseFile();
    }

    @FXML
    private void exportOrphans() {
        context.files()
                .save(window(), Messages.tr("main.file.exportOrphans"), "orphaned-blocks.json")
                .ifPresent(file -> model.chainFiles().exportOrphansTo(file, this::show));
    }

    @FXML
    private void openDataFolder() {
        context.showDocument().accept(context.dataDir().toUri().toString());
    }

    @FXML
    private void showLogFile() {
        java.nio.file.Path file = context.logFile();
        model.background()
                .call(
                        Messages.tr("main.action.readLog"),
                        () -> LogViewer.tail(file),
                        text -> LogViewer.show(
                                window(),
                                file,
                                text,
                                () -> context.showDocument().accept(file.toUri().toString())));
    }

    @FXML
    private void dismissNotice() {
        model.dismissNotice();
    }

    @FXML
    private void dismissReorg() {
        model.reorgBanner().dismiss();
    }

    @FXML
    private void quit() {
        Platform.exit();
    }

    @FXML
    private void showApi() {
        HelpDialogs.api(
                window(), model.nodeUrlProperty().get(), model.nodeIdProperty().get());
    }

    @FXML
    private void about() {
        AboutFacts facts = AboutFacts.ofThisRuntime();
        HelpDialogs.about(
                window(), facts.version(), model.dialect().about(facts, context.dataDir(), context.logFile()));
    }

    private void show(ChainFilesViewModel.Report report) {
        Alert alert = new Alert(Alert.AlertType.valueOf(report.severity().name()), report.message());
        alert.setTitle(report.title());
        alert.setHeaderText(report.title());
        alert.initOwner(window());
        alert.show();
    }

    private Window window() {
        return tabs.getScene().getWindow();
    }
}
