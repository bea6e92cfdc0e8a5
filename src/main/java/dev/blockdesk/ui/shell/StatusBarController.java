package dev.blockdesk.ui.shell;

import dev.blockdesk.ui.i18n.Messages;
import java.util.Arrays;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * The status bar: in sync or not at a glance, the dialect, the node's URL and id (click to copy),
 * and the chain's figures. Binds {@link StatusBarViewModel} and the main view model's node facts.
 */
public final class StatusBarController {

    private static final PseudoClass IN_SYNC = PseudoClass.getPseudoClass("in-sync");
    private static final PseudoClass FORKED = PseudoClass.getPseudoClass("forked");

    private final MainViewModel model;

    @FXML
    private Label syncStateLabel;

    @FXML
    private Label dialectLabel;

    @FXML
    private Tooltip dialectTooltip;

    @FXML
    private Label nodeUrlLabel;

    @FXML
    private Label nodeIdLabel;

    @FXML
    private Tooltip nodeIdTooltip;

    @FXML
    private Label chainLengthLabel;

    @FXML
    private Label pendingCountLabel;

    @FXML
    private Label peersOnlineLabel;

    @FXML
    private Label hashRateLabel;

    public StatusBarController(MainViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        StatusBarViewModel bar = model.statusBar();
        syncStateLabel.textProperty().bind(bar.syncStateProperty());
        bar.syncToneProperty().addListener((o, was, tone) -> showTone(tone));
        showTone(bar.syncToneProperty().get());
        dialectLabel.textProperty().bind(model.dialect().idProperty());
        dialectLabel.visibleProperty().bind(model.dialect().idProperty().isNotEmpty());
        dialectLabel.managedProperty().bind(dialectLabel.visibleProperty());
        dialectTooltip
                .textProperty()
                .bind(tr(
                        "statusbar.dialect.tooltip",
                        model.dialect().idProperty(),
                        model.dialect().tutorialProperty()));
        nodeUrlLabel.textProperty().bind(model.nodeUrlProperty());
        nodeIdLabel.textProperty().bind(tr("statusbar.nodeId", model.nodeIdProperty()));
        nodeIdTooltip.textProperty().bind(tr("statusbar.nodeId.tooltip", model.nodeIdProperty()));
        nodeUrlLabel.setOnMouseClicked(e -> copy(model.nodeUrlProperty().get()));
        nodeIdLabel.setOnMouseClicked(e -> copy(model.nodeIdProperty().get()));
        chainLengthLabel.textProperty().bind(bar.chainLengthProperty());
        pendingCountLabel.textProperty().bind(bar.pendingCountProperty());
        peersOnlineLabel.textProperty().bind(bar.peersOnlineProperty());
        hashRateLabel.textProperty().bind(bar.hashRateProperty());
        describeForScreenReaders();
    }

    /**
     * Accessibility (issue 15): each item says what it shows, and the two that copy on a click copy
     * from the keyboard too (Tab to them, Enter or Space).
     */
    private void describeForScreenReaders() {
        syncStateLabel
                .accessibleTextProperty()
                .bind(tr("statusbar.syncState.accessible", syncStateLabel.textProperty()));
        dialectLabel.accessibleTextProperty().bind(tr("statusbar.dialect.accessible", dialectLabel.textProperty()));
        nodeUrlLabel.accessibleTextProperty().bind(tr("statusbar.api.accessible", model.nodeUrlProperty()));
        nodeIdLabel.accessibleTextProperty().bind(tr("statusbar.nodeId.accessible", model.nodeIdProperty()));
        chainLengthLabel
                .accessibleTextProperty()
                .bind(tr("statusbar.chainLength.accessible", chainLengthLabel.textProperty()));
        pendingCountLabel
                .accessibleTextProperty()
                .bind(tr("statusbar.pending.accessible", pendingCountLabel.textProperty()));
        peersOnlineLabel
                .accessibleTextProperty()
                .bind(tr("statusbar.peers.accessible", peersOnlineLabel.textProperty()));
        hashRateLabel.accessibleTextProperty().bind(tr("statusbar.hashRate.accessible", hashRateLabel.textProperty()));
        copiesFromTheKeyboard(nodeUrlLabel, () -> model.nodeUrlProperty().get());
        copiesFromTheKeyboard(nodeIdLabel, () -> model.nodeIdProperty().get());
    }

    /** The text {@code key} names with the current values of {@code args}, kept up to date as they change. */
    private static StringBinding tr(String key, ObservableValue<?>... args) {
        return Bindings.createStringBinding(
                () -> Messages.tr(
                        key,
                        Arrays.stream(args)
                                .map(arg -> Objects.toString(arg.getValue(), ""))
                                .toArray()),
                args);
    }

    private static void copiesFromTheKeyboard(Label label, java.util.function.Supplier<String> text) {
        label.setFocusTraversable(true);
        label.getStyleClass().add("copyable");
        label.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER || e.getCode() == javafx.scene.input.KeyCode.SPACE) {
                copy(text.get());
                e.consume();
            }
        });
    }

    private void showTone(SyncSummary.Tone tone) {
        syncStateLabel.pseudoClassStateChanged(IN_SYNC, tone == SyncSummary.Tone.IN_SYNC);
        syncStateLabel.pseudoClassStateChanged(FORKED, tone == SyncSummary.Tone.FORKED);
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
