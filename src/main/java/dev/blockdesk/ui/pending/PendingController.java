package dev.blockdesk.ui.pending;

import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.PropertyValueFactory;

/** The Pending tab's view: binds {@link PendingViewModel}. */
public final class PendingController {

    private static final PseudoClass CONFIRMED = PseudoClass.getPseudoClass("confirmed");
    private static final PseudoClass RETURNED = PseudoClass.getPseudoClass("returned");

    private final PendingViewModel model;

    @FXML
    private TextField senderField;

    @FXML
    private TextField recipientField;

    @FXML
    private TextField amountField;

    @FXML
    private Label senderError;

    @FXML
    private Label recipientError;

    @FXML
    private Label amountError;

    @FXML
    private Label senderBalanceLabel;

    @FXML
    private Label overspendingWarning;

    @FXML
    private CheckBox refuseOverspendingCheck;

    @FXML
    private Button submitTransactionButton;

    @FXML
    private Label transactionMessageLabel;

    @FXML
    private TableView<PendingRow> pendingTable;

    @FXML
    private TableColumn<PendingRow, String> senderColumn;

    @FXML
    private TableColumn<PendingRow, String> recipientColumn;

    @FXML
    private TableColumn<PendingRow, String> amountColumn;

    @FXML
    private TableColumn<PendingRow, String> ageColumn;

    @FXML
    private TableColumn<PendingRow, String> idColumn;

    @FXML
    private TableColumn<PendingRow, String> fateColumn;

    public PendingController(PendingViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        senderField.textProperty().bindBidirectional(model.senderProperty());
        recipientField.textProperty().bindBidirectional(model.recipientProperty());
        amountField.textProperty().bindBidirectional(model.amountProperty());
        senderError.textProperty().bind(model.senderErrorProperty());
        recipientError.textProperty().bind(model.recipientErrorProperty());
        amountError.textProperty().bind(model.amountErrorProperty());
        senderBalanceLabel.textProperty().bind(model.senderBalanceProperty());
        senderError
                .managedProperty()
                .bind(model.senderErrorProperty()
                        .isNotEmpty()
                        .or(model.senderBalanceProperty()
                                .isEmpty())); // the balance takes the error's line while there is no error
        overspendingWarning.textProperty().bind(model.overspendingWarningProperty());
        overspendingWarning
                .visibleProperty()
                .bind(model.overspendingWarningProperty().isNotEmpty());
        overspendingWarning.managedProperty().bind(overspendingWarning.visibleProperty());
        amountError
                .managedProperty()
                .bind(model.amountErrorProperty()
                        .isNotEmpty()
                        .or(overspendingWarning.visibleProperty().not()));
        refuseOverspendingCheck.selectedProperty().bindBidirectional(model.refuseOverspendingProperty());
        submitTransactionButton.disableProperty().bind(model.submitDisabledProperty());
        transactionMessageLabel.textProperty().bind(model.messageProperty());
        model.messageIsErrorProperty().addListener((o, was, error) -> {
            if (error) {
                transactionMessageLabel.getStyleClass().add("error-label");
            } else {
                transactionMessageLabel.getStyleClass().remove("error-label");
            }
        });
        senderColumn.setCellValueFactory(new PropertyValueFactory<>("sender"));
        recipientColumn.setCellValueFactory(new PropertyValueFactory<>("recipient"));
        amountColumn.setCellValueFactory(new PropertyValueFactory<>("amount"));
        ageColumn.setCellValueFactory(cell -> cell.getValue().ageProperty());
        idColumn.setCellValueFactory(new PropertyValueFactory<>("id"));
        fateColumn.setCellValueFactory(new PropertyValueFactory<>("fate"));
        pendingTable.setItems(model.rows());
        pendingTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(PendingRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(CONFIRMED, !empty && row != null && row.isConfirmed());
                pseudoClassStateChanged(RETURNED, !empty && row != null && row.isReturned());
            }
        });
    }

    @FXML
    private void submit() {
        model.submit();
    }

    public void focusForm() {
        recipientField.requestFocus();
    }
}
