package dev.blockdesk.ui.newchain;

import static dev.blockdesk.ui.i18n.Messages.tr;

import java.io.File;
import java.nio.file.Files;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/** Binds the New chain dialog ({@code newchain.fxml}) to its {@link NewChainViewModel}; asks for the reset's confirmation. */
public final class NewChainController {

    private final NewChainViewModel model;

    @FXML
    private GridPane newChainForm;

    @FXML
    private ComboBox<String> newChainDialect;

    @FXML
    private Label newChainTutorial;

    @FXML
    private ListView<NewChainViewModel.DifficultyChoice> newChainDifficulty;

    @FXML
    private Label newChainRateNote;

    @FXML
    private TextField newChainReward;

    @FXML
    private Label newChainRewardError;

    @FXML
    private RadioButton newChainResetHere;

    @FXML
    private Label newChainResetNote;

    @FXML
    private CheckBox newChainKeepPeers;

    @FXML
    private RadioButton newChainNewFolder;

    @FXML
    private HBox newChainFolderBox;

    @FXML
    private Label newChainFolderLabel;

    @FXML
    private TextField newChainFolder;

    @FXML
    private Label newChainFolderError;

    @FXML
    private Label newChainMessage;

    @FXML
    private ProgressIndicator newChainProgress;

    @FXML
    private Button newChainCancelButton;

    @FXML
    private Button newChainStartButton;

    public NewChainController(NewChainViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        newChainDialect.setItems(model.dialects());
        newChainDialect.valueProperty().bindBidirectional(model.dialectProperty());
        newChainTutorial.textProperty().bind(model.tutorialProperty());

        newChainDifficulty.setItems(model.difficulties());
        newChainDifficulty.setCellFactory(list -> new DifficultyCell());
        newChainDifficulty
                .disableProperty()
                .bind(model.difficultyAppliesProperty().not());
        selectDifficulty();
        model.difficulties()
                .addListener((ListChangeListener<NewChainViewModel.DifficultyChoice>) change -> selectDifficulty());
        newChainDifficulty.getSelectionModel().selectedItemProperty().addListener((o, was, chosen) -> {
            if (chosen != null && chosen.difficulty() != NewChainViewModel.NO_DIFFICULTY) {
                model.difficultyProperty().set(chosen.difficulty());
            }
        });
        newChainRateNote.textProperty().bind(model.rateNoteProperty());

        newChainReward.textProperty().bindBidirectional(model.rewardProperty());
        newChainRewardError.textProperty().bind(model.rewardErrorProperty());

        ChainStarter.Current current = model.current();
        ToggleGroup where = new ToggleGroup();
        newChainResetHere.setToggleGroup(where);
        newChainNewFolder.setToggleGroup(where);
        newChainResetNote.setText(
                tr("newchain.resetHere.note", current.dataDir().toString()));
        (model.whereProperty().get() == NewChainViewModel.Where.RESET_HERE ? newChainResetHere : newChainNewFolder)
                .setSelected(true);
        where.selectedToggleProperty()
                .addListener((o, was, now) -> model.whereProperty()
                        .set(
                                now == newChainNewFolder
                                        ? NewChainViewModel.Where.NEW_FOLDER
                                        : NewChainViewModel.Where.RESET_HERE));
        var resetting = model.whereProperty().isEqualTo(NewChainViewModel.Where.RESET_HERE);
        newChainKeepPeers.setText(
                current.peers() == 0
                        ? tr("newchain.keepPeers.none")
                        : current.peers() == 1
                                ? tr("newchain.keepPeers.one")
                                : tr("newchain.keepPeers.many", String.valueOf(current.peers())));
        newChainKeepPeers.selectedProperty().bindBidirectional(model.keepPeersProperty());
        newChainKeepPeers
                .disableProperty()
                .bind(resetting.not().or(Bindings.createBooleanBinding(() -> current.peers() == 0)));
        newChainFolderBox.disableProperty().bind(resetting);
        newChainFolderLabel.setLabelFor(newChainFolder);
        newChainFolder.textProperty().bindBidirectional(model.folderProperty());
        newChainFolderError
                .textProperty()
                .bind(Bindings.when(resetting).then("").otherwise(model.folderErrorProperty()));

        newChainForm.disableProperty().bind(model.busyProperty().or(model.finishedProperty()));
        newChainMessage.textProperty().bind(model.messageProperty());
        newChainProgress.visibleProperty().bind(model.busyProperty());
        newChainStartButton
                .textProperty()
                .bind(Bindings.when(resetting).then(tr("newchain.start.reset")).otherwise(tr("newchain.start.create")));
        newChainStartButton.disableProperty().bind(model.canStartProperty().not());
        newChainCancelButton
                .textProperty()
                .bind(Bindings.when(model.finishedProperty())
                        .then(tr("newchain.close"))
                        .otherwise(tr("newchain.cancel")));
    }

    /** The list shows the model's difficulty as selected, also after its rows were made anew. */
    private void selectDifficulty() {
        if (!model.difficultyAppliesProperty().get()) {
            newChainDifficulty.getSelectionModel().clearSelection();
            return;
        }
        Integer chosen = model.difficultyProperty().get();
        if (chosen != null && chosen - 1 < newChainDifficulty.getItems().size()) {
            newChainDifficulty.getSelectionModel().select(chosen - 1);
        }
    }

    @FXML
    private void start() {
        if (model.whereProperty().get() == NewChainViewModel.Where.NEW_FOLDER) {
            model.start();
            return;
        }
        ButtonType reset = new ButtonType(tr("newchain.confirm.reset"), ButtonBar.ButtonData.OK_DONE);
        // JavaFX's own Cancel speaks the system's language, not the window's
        ButtonType cancel = new ButtonType(tr("newchain.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", reset, cancel);
        alert.setTitle(tr("newchain.confirm.title"));
        alert.setHeaderText(tr("newchain.confirm.title"));
        Label text = new Label(model.confirmation());
        text.setId("newChainConfirmation");
        text.setWrapText(true);
        text.setPrefWidth(560);
        text.setMinHeight(Label.USE_PREF_SIZE);
        alert.getDialogPane().setContent(text);
        Button confirm = (Button) alert.getDialogPane().lookupButton(reset);
        confirm.setId("newChainConfirmButton");
        confirm.setDefaultButton(false); // Enter does not reset: the chain goes
        ((Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        alert.getDialogPane().setStyle("-fx-max-width: 1000px;"); // the theme caps dialogs at 600 px
        alert.initOwner(window());
        alert.setOnHidden(e -> {
            if (alert.getResult() == reset) {
                model.start();
            }
        });
        alert.show();
    }

    @FXML
    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(tr("newchain.chooseFolder.title"));
        File parent = model.current().dataDir().getParent() == null
                ? null
                : model.current().dataDir().getParent().toFile();
        if (parent != null && Files.isDirectory(parent.toPath())) {
            chooser.setInitialDirectory(parent);
        }
        File chosen = chooser.showDialog(window());
        if (chosen != null) {
            model.folderProperty().set(chosen.getAbsolutePath());
        }
    }

    @FXML
    private void close() {
        window().hide();
    }

    private Window window() {
        return newChainStartButton.getScene().getWindow();
    }

    /** A difficulty with its expected tries and time, in columns. */
    private static final class DifficultyCell extends ListCell<NewChainViewModel.DifficultyChoice> {
        DifficultyCell() {
            getStyleClass()
                    .add("mono"); // monospaced, in the language's monospaced CJK font where one is used (WindowFont)
        }

        @Override
        protected void updateItem(NewChainViewModel.DifficultyChoice item, boolean empty) {
            super.updateItem(item, empty);
            setText(
                    empty || item == null
                            ? null
                            : String.format(
                                    java.util.Locale.ROOT,
                                    "%s   %-18s %s",
                                    item.difficulty() == NewChainViewModel.NO_DIFFICULTY ? "–" : item.difficulty(),
                                    item.tries(),
                                    item.time()));
            setId(empty || item == null ? null : "newChainDifficulty-" + item.difficulty());
        }
    }
}
