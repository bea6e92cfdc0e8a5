package dev.blockdesk.ui.peers;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.PropertyValueFactory;

/** The Peers tab's view: binds {@link PeersViewModel}. */
public final class PeersController {

    private final PeersViewModel model;

    @FXML private TextField peerAddressField;
    @FXML private Button addPeerButton;
    @FXML private Label peerAddressError;
    @FXML private TableView<PeerRow> peersTable;
    @FXML private TableColumn<PeerRow, String> addressColumn;
    @FXML private TableColumn<PeerRow, String> statusColumn;
    @FXML private TableColumn<PeerRow, String> lengthColumn;
    @FXML private TableColumn<PeerRow, String> latencyColumn;
    @FXML private TableColumn<PeerRow, String> lastSyncColumn;
    @FXML private TableColumn<PeerRow, String> errorColumn;
    @FXML private Button removePeerButton;
    @FXML private Button syncNowButton;
    @FXML private CheckBox autoSyncToggle;
    @FXML private Spinner<Integer> intervalSpinner;
    @FXML private ListView<String> syncLog;

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
        lengthColumn.setCellValueFactory(new PropertyValueFactory<>("length"));
        latencyColumn.setCellValueFactory(new PropertyValueFactory<>("latency"));
        lastSyncColumn.setCellValueFactory(new PropertyValueFactory<>("lastSync"));
        errorColumn.setCellValueFactory(new PropertyValueFactory<>("lastError"));
        peersTable.setItems(model.rows());
        removePeerButton.disableProperty().bind(peersTable.getSelectionModel().selectedItemProperty().isNull());
        syncNowButton.disableProperty().bind(model.syncingProperty().or(model.readyProperty().not()));
        autoSyncToggle.selectedProperty().bindBidirectional(model.autoSyncProperty());
        SpinnerValueFactory.IntegerSpinnerValueFactory seconds = new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 3600, model.intervalProperty().get());
        intervalSpinner.setValueFactory(seconds);
        seconds.valueProperty().addListener((o, a, value) -> model.intervalProperty().set(value));
        syncLog.setItems(model.log());
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
}
