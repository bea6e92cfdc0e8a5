package dev.blockdesk.ui.peers;

import dev.blockdesk.node.PeerRelation;
import dev.blockdesk.ui.fork.ForkDialog;
import dev.blockdesk.ui.i18n.Messages;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.PropertyValueFactory;

/** The Peers tab's view: binds {@link PeersViewModel}. */
public final class PeersController {

    private static final PseudoClass OTHER_DIALECT = PseudoClass.getPseudoClass("other-dialect");
    private static final PseudoClass FORKED = PseudoClass.getPseudoClass("forked");
    private static final PseudoClass IN_SYNC = PseudoClass.getPseudoClass("in-sync");

    private final PeersViewModel model;

    @FXML
    private TextField peerAddressField;

    @FXML
    private Button addPeerButton;

    @FXML
    private Label peerAddressError;

    @FXML
    private TableView<PeerRow> peersTable;

    @FXML
    private TableColumn<PeerRow, String> addressColumn;

    @FXML
    private TableColumn<PeerRow, String> statusColumn;

    @FXML
    private TableColumn<PeerRow, PeerRow> peerRelationColumn;

    @FXML
    private TableColumn<PeerRow, String> peerTipColumn;

    @FXML
    private TableColumn<PeerRow, String> peerOriginColumn;

    @FXML
    private TableColumn<PeerRow, PeerRow> peerDialectColumn;

    @FXML
    private TableColumn<PeerRow, String> latencyColumn;

    @FXML
    private TableColumn<PeerRow, String> lastSyncColumn;

    @FXML
    private TableColumn<PeerRow, String> errorColumn;

    @FXML
    private Button removePeerButton;

    @FXML
    private Button syncNowButton;

    @FXML
    private Button showForkButton;

    @FXML
    private CheckBox autoSyncToggle;

    @FXML
    private Spinner<Integer> intervalSpinner;

    @FXML
    private CheckBox mutualPeeringCheck;

    @FXML
    private TextField corsField;

    @FXML
    private Button applyCorsButton;

    @FXML
    private Label corsError;

    @FXML
    private Label corsSummary;

    @FXML
    private ListView<String> syncLog;

    public PeersController(PeersViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        peerAddressField.textProperty().bindBidirectional(model.addressProperty());
        peerAddressError.textProperty().bind(model.addressErrorProperty());
        addPeerButton.disableProperty().bind(model.addDisabledProperty());
        addressColumn.setCellValueFactory(new PropertyValueFactory<>("address"));
        statusColumn.setCellValueFactory(new PropertyValueFactory<>("status"));
        peerRelationColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        peerRelationColumn.setCellFactory(column -> new RelationCell());
        peerTipColumn.setCellValueFactory(new PropertyValueFactory<>("tip"));
        peerTipColumn.setCellFactory(
                column -> new MonoCell()); // the cells, not the header: its title is in the window's language
        peerOriginColumn.setCellValueFactory(new PropertyValueFactory<>("origin"));
        peerDialectColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        peerDialectColumn.setCellFactory(column -> new DialectCell());
        latencyColumn.setCellValueFactory(new PropertyValueFactory<>("latency"));
        lastSyncColumn.setCellValueFactory(new PropertyValueFactory<>("lastSync"));
        errorColumn.setCellValueFactory(new PropertyValueFactory<>("lastError"));
        errorColumn.setCellFactory(column -> new ErrorCell());
        peersTable.setItems(model.rows());
        removePeerButton
                .disableProperty()
                .bind(peersTable.getSelectionModel().selectedItemProperty().isNull());
        peersTable
                .getSelectionModel()
                .selectedItemProperty()
                .addListener((o, was, row) -> model.selectedRowProperty().set(row));
        model.selectedRowProperty().addListener((o, was, row) -> {
            if (row != null && peersTable.getSelectionModel().getSelectedItem() != row) {
                peersTable.getSelectionModel().select(row);
            }
        });
        showForkButton
                .disableProperty()
                .bind(javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> model.selectedRowProperty().get() == null
                                || !model.selectedRowProperty().get().isForked(),
                        model.selectedRowProperty()));
        syncNowButton
                .disableProperty()
                .bind(model.syncingProperty().or(model.readyProperty().not()));
        autoSyncToggle.selectedProperty().bindBidirectional(model.autoSyncProperty());
        SpinnerValueFactory.IntegerSpinnerValueFactory seconds = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                1, 3600, model.intervalProperty().get());
        intervalSpinner.setValueFactory(seconds);
        seconds.valueProperty()
                .addListener((o, a, value) -> model.intervalProperty().set(value));
        mutualPeeringCheck.selectedProperty().bindBidirectional(model.mutualPeeringProperty());
        corsField.textProperty().bindBidirectional(model.webAccess().textProperty());
        applyCorsButton.disableProperty().bind(model.webAccess().applyDisabledProperty());
        corsError.textProperty().bind(model.webAccess().errorProperty());
        corsError.managedProperty().bind(corsError.textProperty().isNotEmpty());
        corsSummary.textProperty().bind(model.webAccess().summaryProperty());
        syncLog.setItems(model.log());
        syncLog.setCellFactory(list -> new WrappingCell(list));
    }

    /** A peer's dialect, marked when it is not ours (its chain is never adopted). */
    private static final class DialectCell extends TableCell<PeerRow, PeerRow> {
        @Override
        protected void updateItem(PeerRow row, boolean empty) {
            super.updateItem(row, empty);
            boolean shown = !empty && row != null;
            setText(shown ? row.getDialect() : null);
            pseudoClassStateChanged(OTHER_DIALECT, shown && row.isOtherDialect());
        }
    }

    /** How the peer's chain relates to ours, coloured when forked or in sync. */
    private static final class RelationCell extends TableCell<PeerRow, PeerRow> {
        @Override
        protected void updateItem(PeerRow row, boolean empty) {
            super.updateItem(row, empty);
            boolean shown = !empty && row != null;
            setText(shown ? row.getRelation() : null);
            setTooltip(
                    shown
                            ? new Tooltip(
                                    row.status().tipHash() == null
                                            ? row.getRelation()
                                            : Messages.tr(
                                                    "peers.relation.tooltip",
                                                    row.getRelation(),
                                                    row.status().tipHash()))
                            : null);
            pseudoClassStateChanged(FORKED, shown && row.relation().kind() == PeerRelation.Kind.FORKED);
            pseudoClassStateChanged(IN_SYNC, shown && row.relation().kind() == PeerRelation.Kind.IN_SYNC);
        }
    }

    /** A tip: an index and a hash, in the monospaced font. */
    private static final class MonoCell extends TableCell<PeerRow, String> {
        MonoCell() {
            getStyleClass().add("mono");
        }

        @Override
        protected void updateItem(String tip, boolean empty) {
            super.updateItem(tip, empty);
            setText(empty ? null : tip);
        }
    }

    /** A sync log line, wrapped to the list's width: a reorganisation's line reads whole. */
    private static final class WrappingCell extends ListCell<String> {
        WrappingCell(ListView<String> list) {
            setWrapText(true);
            prefWidthProperty().bind(list.widthProperty().subtract(24)); // the list's width, less its scroll bar
            setMaxWidth(Control.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(String line, boolean empty) {
            super.updateItem(line, empty);
            setText(empty ? null : line);
        }
    }

    /** The last error, whole in a tooltip when the column is too narrow for it. */
    private static final class ErrorCell extends TableCell<PeerRow, String> {
        private final Tooltip tooltip = new Tooltip();

        ErrorCell() {
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(480);
        }

        @Override
        protected void updateItem(String error, boolean empty) {
            super.updateItem(error, empty);
            setText(empty ? null : error);
            tooltip.setText(error);
            setTooltip(empty || error == null || error.isEmpty() ? null : tooltip);
        }
    }

    @FXML
    private void applyCors() {
        model.webAccess().apply();
    }

    @FXML
    private void add() {
        model.add();
    }

    @FXML
    private void remove() {
        model.remove(peersTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void syncNow() {
        model.syncNow();
    }

    @FXML
    private void showFork() {
        PeerRow row = model.selectedRowProperty().get();
        if (row != null && row.isForked()) {
            ForkDialog.show(
                    peersTable.getScene().getWindow(),
                    row.status().fork(),
                    Messages.tr("peers.fork.title", row.getAddress()));
        }
    }

    /** Puts the cursor in the address field, to add a peer. */
    public void focusAddress() {
        peerAddressField.requestFocus();
        peerAddressField.selectAll();
    }
}
