package dev.blockdesk.ui.sandbox;

import dev.blockdesk.ui.i18n.Messages;
import dev.blockdesk.ui.shell.FileDialogs;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.util.Duration;

/** The sandbox window's view: binds {@link SandboxViewModel}; holds no logic of its own. */
public final class SandboxController {

    private final SandboxViewModel model;
    private final FileDialogs files;
    /** Reads the miner's progress ten times a second: one update a tick however fast the miner tries. */
    private final Timeline ticker;

    @FXML
    private ListView<SandboxRow> sandboxBlockCards;

    @FXML
    private Button sandboxMineButton;

    @FXML
    private Button sandboxMineFromButton;

    @FXML
    private Button sandboxCancelButton;

    @FXML
    private Button sandboxResetButton;

    @FXML
    private Button sandboxExportButton;

    @FXML
    private Label sandboxSource;

    @FXML
    private Label sandboxVerdict;

    @FXML
    private Label sandboxProgress;

    @FXML
    private Label sandboxReport;

    @FXML
    private Label sandboxExplanation;

    public SandboxController(SandboxViewModel model, FileDialogs files) {
        this.model = model;
        this.files = files;
        this.ticker = new Timeline(new KeyFrame(Duration.millis(100), e -> model.tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
    }

    @FXML
    private void initialize() {
        sandboxBlockCards.setItems(model.rows());
        sandboxBlockCards.setCellFactory(list -> new SandboxCell(model, list));
        sandboxBlockCards.getSelectionModel().selectedIndexProperty().addListener((o, was, index) -> {
            if (index.intValue() >= 0) {
                model.selectedProperty().set(index.intValue());
            }
        });
        model.selectedProperty().addListener((o, was, position) -> select(position.intValue()));
        model.rows().addListener((javafx.collections.ListChangeListener<SandboxRow>)
                c -> select(model.selectedProperty().get()));
        sandboxSource.textProperty().bind(model.sourceProperty());
        sandboxVerdict.textProperty().bind(model.verdictProperty());
        sandboxProgress.textProperty().bind(model.progressProperty());
        sandboxProgress.visibleProperty().bind(model.progressProperty().isNotEmpty());
        sandboxProgress.managedProperty().bind(sandboxProgress.visibleProperty());
        sandboxReport.textProperty().bind(model.reportProperty());
        sandboxReport.visibleProperty().bind(model.reportProperty().isNotEmpty());
        sandboxReport.managedProperty().bind(sandboxReport.visibleProperty());
        sandboxExplanation.textProperty().bind(model.explanationProperty());
        var idle = model.miningProperty().not().and(model.loadedProperty());
        sandboxMineButton.disableProperty().bind(idle.not());
        sandboxMineFromButton.disableProperty().bind(idle.not());
        sandboxResetButton.disableProperty().bind(model.loadedProperty().not());
        sandboxExportButton.disableProperty().bind(idle.not());
        sandboxCancelButton.disableProperty().bind(model.miningProperty().not());
        ticker.play();
    }

    private void select(int position) {
        if (position < 0 || position >= model.rows().size()) {
            return;
        }
        if (sandboxBlockCards.getSelectionModel().getSelectedIndex() != position) {
            sandboxBlockCards.getSelectionModel().clearAndSelect(position);
            int top = Math.max(0, position - 1); // the block before it shows too
            sandboxBlockCards.scrollTo(top);
            // Cards differ in height and the list estimates those it has not measured; once the cards around
            // the target are laid out, the estimate may have moved it: scroll again after that pulse.
            javafx.application.Platform.runLater(() -> sandboxBlockCards.scrollTo(top));
        }
    }

    /** The window is closing: no more ticks. */
    void stop() {
        ticker.stop();
    }

    @FXML
    private void mine() {
        model.mineSelected();
    }

    @FXML
    private void mineFromHere() {
        model.mineFromSelected();
    }

    @FXML
    private void cancel() {
        model.cancel();
    }

    @FXML
    private void reset() {
        model.reset();
    }

    @FXML
    private void export() {
        String suggested = "sandbox-chain.json"; // not shown: a file name, the same in every language
        files.save(sandboxBlockCards.getScene().getWindow(), Messages.tr("sandbox.export.title"), suggested)
                .ifPresent(model::exportTo);
    }
}
