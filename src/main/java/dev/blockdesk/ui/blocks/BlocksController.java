package dev.blockdesk.ui.blocks;

import dev.blockdesk.chain.Block;
import dev.blockdesk.ui.i18n.Messages;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.PropertyValueFactory;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;

/**
 * The Blocks tab's view: binds {@link BlocksViewModel}; holds no logic of its own.
 *
 * <p>It does one thing, binding the tab's two views (table and cards) and its detail pane to their
 * view model: one short binding a control, and the controls are many.
 */
public final class BlocksController {

    private static final PseudoClass FRESH = PseudoClass.getPseudoClass("fresh");
    private static final PseudoClass ORPHANED = PseudoClass.getPseudoClass("orphaned");
    private static final PseudoClass UNCHECKED = PseudoClass.getPseudoClass("unchecked");
    private static final PseudoClass CHECKING = PseudoClass.getPseudoClass("checking");

    private final BlocksViewModel model;

    @FXML
    private TextField searchField;

    @FXML
    private Label searchResultLabel;

    @FXML
    private Label chainValidityLabel;

    @FXML
    private Tooltip chainValidityTooltip;

    @FXML
    private TableView<BlockRow> blocksTable;

    @FXML
    private Label blocksPlaceholder;

    @FXML
    private ProgressBar blocksProgress;

    @FXML
    private TableColumn<BlockRow, Long> indexColumn;

    @FXML
    private TableColumn<BlockRow, String> timeColumn;

    @FXML
    private TableColumn<BlockRow, Integer> txColumn;

    @FXML
    private TableColumn<BlockRow, String> proofColumn;

    @FXML
    private TableColumn<BlockRow, String> hashColumn;

    @FXML
    private TableColumn<BlockRow, String> previousColumn;

    @FXML
    private VBox blockDetail;

    @FXML
    private Label detailTitle;

    @FXML
    private Label orphanedMark;

    @FXML
    private ToggleButton showOrphanedToggle;

    @FXML
    private Button copyHashButton;

    @FXML
    private Button openInSandboxButton;

    private java.util.function.Consumer<Block> openInSandbox = block -> {};

    @FXML
    private TextArea detailArea;

    @FXML
    private TextArea explainArea;

    @FXML
    private ListView<String> transactionsList;

    @FXML
    private TextArea canonicalArea;

    @FXML
    private ListView<String> historyList;

    @FXML
    private Label historyTitle;

    @FXML
    private ToggleButton chainCardsToggle;

    @FXML
    private ListView<BlockRow> chainCards;

    @FXML
    private Label chainCardsPlaceholder;

    public BlocksController(BlocksViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        indexColumn.setCellValueFactory(new PropertyValueFactory<>("index"));
        timeColumn.setCellValueFactory(new PropertyValueFactory<>("time"));
        txColumn.setCellValueFactory(new PropertyValueFactory<>("transactionCount"));
        proofColumn.setCellValueFactory(new PropertyValueFactory<>("proof"));
        hashColumn.setCellValueFactory(new PropertyValueFactory<>("hash"));
        previousColumn.setCellValueFactory(new PropertyValueFactory<>("previousHash"));
        hashColumn.getStyleClass().add("mono");
        previousColumn.getStyleClass().add("mono");
        blocksTable.itemsProperty().bind(model.shownRowsProperty());
        showOrphanedToggle.selectedProperty().bindBidirectional(model.showOrphanedProperty());
        orphanedMark.textProperty().bind(model.orphanNoteProperty());
        orphanedMark.visibleProperty().bind(model.orphanNoteProperty().isNotEmpty());
        orphanedMark.managedProperty().bind(orphanedMark.visibleProperty());
        blocksTable.setRowFactory(table -> new TableRow<>() {
            private final javafx.beans.value.ChangeListener<Boolean> freshListener =
                    (o, was, is) -> pseudoClassStateChanged(FRESH, is);

            @Override
            protected void updateItem(BlockRow row, boolean empty) {
                BlockRow old = getItem();
                if (old != null) {
                    old.freshProperty().removeListener(freshListener);
                }
                super.updateItem(row, empty);
                boolean fresh = !empty && row != null && row.freshProperty().get();
                pseudoClassStateChanged(FRESH, fresh);
                pseudoClassStateChanged(UNCHECKED, !empty && row != null && row.isUnchecked());
                pseudoClassStateChanged(ORPHANED, !empty && row != null && row.isOrphaned());
                if (!empty && row != null) {
                    row.freshProperty().addListener(freshListener);
                }
            }
        });
        blocksTable.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> {
            if (row != null
                    && !model.replacingRowsProperty().get()) { // the user's choice, not the table following its rows
                model.selectedProperty().set(row.block());
            }
        });
        model.replacingRowsProperty().addListener((o, was, replacing) -> {
            if (!replacing) {
                showSelected(model.selectedProperty().get());
            }
        });
        model.selectedProperty().addListener((o, old, block) -> showSelected(block));
        searchField.textProperty().bindBidirectional(model.queryProperty());
        searchResultLabel.textProperty().bind(model.searchResultProperty());
        chainValidityLabel.textProperty().bind(model.validityProperty());
        chainValidityTooltip.textProperty().bind(model.validityProperty());
        blocksPlaceholder.textProperty().bind(model.placeholderProperty());
        blocksProgress.progressProperty().bind(model.loadingProperty());
        blocksProgress.visibleProperty().bind(model.checkingProperty());
        blocksProgress.managedProperty().bind(blocksProgress.visibleProperty());
        model.checkingProperty().addListener((o, was, checking) -> {
            chainValidityLabel.pseudoClassStateChanged(CHECKING, checking);
            if (!checking) {
                blocksTable.refresh(); // rows checked in place lose their dimmed look
                chainCards.refresh(); // and so do the cards, which turn green
            }
        });
        chainValidityLabel.pseudoClassStateChanged(
                CHECKING, model.checkingProperty().get());
        detailTitle
                .textProperty()
                .bind(Bindings.createStringBinding(
                        this::detailTitle, model.selectedProperty(), model.orphanNoteProperty()));
        copyHashButton.disableProperty().bind(model.selectedProperty().isNull());
        openInSandboxButton.disableProperty().bind(model.selectedProperty().isNull());
        detailArea.textProperty().bind(model.detailProperty());
        explainArea.textProperty().bind(model.explainProperty());
        canonicalArea.textProperty().bind(model.canonicalJsonProperty());
        transactionsList.setItems(model.selectedTransactions());
        historyList.setItems(model.addressHistory());
        historyList.visibleProperty().bind(Bindings.isNotEmpty(model.addressHistory()));
        historyList.managedProperty().bind(historyList.visibleProperty());
        historyTitle.visibleProperty().bind(historyList.visibleProperty());
        historyTitle.managedProperty().bind(historyList.visibleProperty());
        bindCards();
    }

    /** "Block 42", "Block 42 (orphaned)", or "Select a block". */
    private String detailTitle() {
        Block block = model.selectedProperty().get();
        if (block == null) {
            return Messages.tr("blocks.detail.select");
        }
        String index = String.valueOf(block.index());
        return model.orphanNoteProperty().get().isEmpty()
                ? Messages.tr("blocks.detail.title", index)
                : Messages.tr("blocks.detail.titleOrphaned", index);
    }

    /**
     * The card view: the chain's rows as cards, sharing the selection with the table and the detail
     * pane. Orphaned blocks are left to the table (each card's arrow points at the card below, the
     * block before it on the chain), so "Show orphaned" is off while the cards are shown.
     */
    private void bindCards() {
        chainCards.setItems(model.rows());
        chainCards.setCellFactory(list -> new ChainCardCell());
        chainCardsPlaceholder.textProperty().bind(model.placeholderProperty());
        chainCardsToggle.selectedProperty().bindBidirectional(model.cards().shownProperty());
        chainCards.visibleProperty().bind(model.cards().shownProperty());
        blocksTable.visibleProperty().bind(model.cards().shownProperty().not());
        showOrphanedToggle.disableProperty().bind(model.cards().shownProperty());
        chainCards.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> {
            if (row != null && !model.replacingRowsProperty().get()) {
                model.selectedProperty().set(row.block());
            }
        });
        model.cards().shownProperty().addListener((o, was, shown) -> {
            int position = chainCards.getSelectionModel().getSelectedIndex();
            if (shown && position >= 0) {
                chainCards.scrollTo(position);
            }
        });
    }

    /** Selects the row and the card of {@code block}, or none where it is not shown (an orphan, say). */
    private void showSelected(Block block) {
        showSelectedCard(block);
        showSelectedRow(block);
    }

    private void showSelectedCard(Block block) {
        BlockRow selectedCard = chainCards.getSelectionModel().getSelectedItem();
        if (block == null || selectedCard != null && block.equals(selectedCard.block())) {
            return;
        }
        int position = model.chainPositionOf(block);
        if (position < 0) {
            chainCards.getSelectionModel().clearSelection();
        } else {
            chainCards.getSelectionModel().clearAndSelect(position);
            chainCards.scrollTo(position);
        }
    }

    private void showSelectedRow(Block block) {
        BlockRow selectedRow = blocksTable.getSelectionModel().getSelectedItem();
        if (block == null || selectedRow != null && block.equals(selectedRow.block())) {
            return;
        }
        int position = model.positionOf(block);
        if (position < 0) {
            blocksTable.getSelectionModel().clearSelection();
        } else {
            blocksTable.getSelectionModel().clearAndSelect(position);
            blocksTable.scrollTo(position);
        }
    }

    @FXML
    private void search() {
        model.search();
    }

    @FXML
    private void copyHash() {
        if (model.selectedProperty().get() != null) {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.selectedProperty().get().hash());
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    /** What "Open in sandbox" does with the selected block: the window opens a sandbox on our chain there. */
    public void setOnOpenInSandbox(java.util.function.Consumer<Block> action) {
        this.openInSandbox = action;
    }

    @FXML
    private void openInSandbox() {
        if (model.selectedProperty().get() != null) {
            openInSandbox.accept(model.selectedProperty().get());
        }
    }

    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }
}
