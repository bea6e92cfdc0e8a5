package dev.blockdesk.ui.playground;

import dev.blockdesk.chain.Dialects;
import dev.blockdesk.chain.ProofOfWork;
import dev.blockdesk.ui.cards.HashText;
import dev.blockdesk.ui.i18n.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/** The hash playground's view: binds {@link PlaygroundViewModel}. */
public final class PlaygroundController {

    private static final PseudoClass VALID = PseudoClass.getPseudoClass("valid");
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private final PlaygroundViewModel model;

    @FXML
    private TextArea hashPlaygroundInput;

    @FXML
    private TextField hashPlaygroundOutput;

    @FXML
    private Label hashPlaygroundSize;

    @FXML
    private Label playgroundFormula;

    @FXML
    private ChoiceBox<String> playgroundDialect;

    @FXML
    private Label playgroundDifficultyLabel;

    @FXML
    private Spinner<Integer> playgroundDifficulty;

    @FXML
    private TextField playgroundLastProof;

    @FXML
    private TextField playgroundProof;

    @FXML
    private TextField playgroundPreviousHash;

    @FXML
    private Label playgroundInputCaption;

    @FXML
    private TextField playgroundHashedText;

    @FXML
    private Label playgroundResultCaption;

    @FXML
    private HashText playgroundResult;

    @FXML
    private Label playgroundVerdict;

    @FXML
    private Label playgroundMessage;

    @FXML
    private Label playgroundLeavesOpen;

    @FXML
    private Label playgroundRate;

    @FXML
    private Button playgroundMeasureButton;

    @FXML
    private TableView<Estimate> playgroundEstimates;

    @FXML
    private TableColumn<Estimate, Integer> difficultyColumn;

    @FXML
    private TableColumn<Estimate, String> triesColumn;

    @FXML
    private TableColumn<Estimate, String> timeColumn;

    @FXML
    private Label playgroundEstimatesNote;

    @FXML
    private Label playgroundEstimatesHint;

    public PlaygroundController(PlaygroundViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        hashPlaygroundInput.textProperty().bindBidirectional(model.textProperty());
        hashPlaygroundOutput.textProperty().bind(model.textHashProperty());
        hashPlaygroundSize.textProperty().bind(model.textSizeProperty());
        bindBuilder(model.builder());
        bindEstimates(model.estimates());
    }

    private void bindBuilder(ProofBuilderViewModel builder) {
        playgroundDialect.getItems().setAll(Dialects.IDS);
        playgroundDialect.setConverter(new StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null
                        ? ""
                        : id.equals(model.nodeDialect()) ? Messages.tr("playground.dialect.thisNode", id) : id;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        playgroundDialect.valueProperty().bindBidirectional(builder.dialectProperty());
        SpinnerValueFactory.IntegerSpinnerValueFactory difficulties =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(
                        0, ProofOfWork.MAX_DIFFICULTY, ProofOfWork.DEFAULT_DIFFICULTY);
        playgroundDifficulty.setValueFactory(difficulties);
        difficulties.valueProperty().bindBidirectional(builder.difficultyProperty());
        playgroundDifficulty
                .disableProperty()
                .bind(builder.difficultyAppliesProperty().not());
        playgroundDifficultyLabel
                .disableProperty()
                .bind(builder.difficultyAppliesProperty().not());
        playgroundLastProof.textProperty().bindBidirectional(builder.lastProofProperty());
        playgroundProof.textProperty().bindBidirectional(builder.proofProperty());
        playgroundPreviousHash.textProperty().bindBidirectional(builder.previousHashProperty());
        playgroundPreviousHash
                .promptTextProperty()
                .bind(Bindings.when(builder.usesPreviousHashProperty())
                        .then("")
                        .otherwise(Messages.tr("playground.previousHash.unused")));
        playgroundPreviousHash
                .opacityProperty()
                .bind(Bindings.when(builder.usesPreviousHashProperty())
                        .then(1.0)
                        .otherwise(0.6));
        playgroundFormula.textProperty().bind(builder.formulaProperty());
        playgroundInputCaption.textProperty().bind(builder.inputCaptionProperty());
        playgroundHashedText.textProperty().bind(builder.inputProperty());
        playgroundResultCaption
                .textProperty()
                .bind(Bindings.when(builder.hashesProperty())
                        .then(Messages.tr("playground.result.sha256"))
                        .otherwise(Messages.tr("playground.result.remainder")));
        builder.resultProperty().addListener((o, was, now) -> playgroundResult.show(now, 0));
        playgroundResult.show(builder.resultProperty().get(), 0);
        playgroundVerdict.textProperty().bind(builder.verdictProperty());
        builder.validProperty().addListener((o, was, now) -> showVerdict(now));
        showVerdict(builder.validProperty().get());
        playgroundMessage.textProperty().bind(builder.messageProperty());
        playgroundMessage.visibleProperty().bind(builder.messageProperty().isNotEmpty());
        playgroundMessage.managedProperty().bind(playgroundMessage.visibleProperty());
        playgroundLeavesOpen.textProperty().bind(builder.leavesOpenProperty());
    }

    private void showVerdict(Boolean valid) {
        playgroundVerdict.pseudoClassStateChanged(VALID, Boolean.TRUE.equals(valid));
        playgroundVerdict.pseudoClassStateChanged(INVALID, Boolean.FALSE.equals(valid));
        playgroundResult.pseudoClassStateChanged(INVALID, Boolean.FALSE.equals(valid));
        // an unreadable input is a message, not a verdict: the error look only when the inputs cannot be read
        if (valid == null) {
            playgroundMessage.getStyleClass().add("error-label");
        } else {
            playgroundMessage.getStyleClass().remove("error-label");
        }
    }

    private void bindEstimates(EstimatesViewModel estimates) {
        difficultyColumn.setCellValueFactory(
                cell -> new ReadOnlyObjectWrapper<>(cell.getValue().difficulty()));
        triesColumn.setCellValueFactory(
                cell -> new ReadOnlyStringWrapper(cell.getValue().tries()));
        timeColumn.setCellValueFactory(
                cell -> new ReadOnlyStringWrapper(cell.getValue().time()));
        playgroundEstimates.setItems(estimates.rows());
        playgroundEstimates.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(Estimate row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(CURRENT, !empty && row != null && row.current());
            }
        });
        playgroundEstimatesNote.textProperty().bind(estimates.noteProperty());
        playgroundEstimatesHint
                .visibleProperty()
                .bind(estimates.noteProperty().isEmpty()); // not for a rule without difficulty
        playgroundRate.textProperty().bind(estimates.rateProperty());
        playgroundMeasureButton
                .disableProperty()
                .bind(estimates.measuringProperty().or(estimates.noteProperty().isNotEmpty()));
    }

    @FXML
    private void startFromTip() {
        model.startFromTip();
    }

    @FXML
    private void nextValidProof() {
        model.builder().nextValidProof();
    }

    @FXML
    private void measure() {
        model.estimates().measure();
    }
}
