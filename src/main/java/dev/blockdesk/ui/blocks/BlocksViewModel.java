package dev.blockdesk.ui.blocks;

import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.BlockBodies;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.ChainRules;
import dev.blockdesk.node.Orphan;
import dev.blockdesk.node.Reorg;
import dev.blockdesk.store.StoredBlock;
import dev.blockdesk.ui.Background;
import dev.blockdesk.ui.Formats;
import dev.blockdesk.ui.i18n.Messages;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ProgressIndicator;

/**
 * The Blocks tab's state: every block newest first, the selected block, search by index, hash
 * prefix or address. What the detail pane says about a block is {@link BlockDescription}'s. Runs on
 * the FX thread; fed chain snapshots by {@link MainViewModel}.
 *
 * <p>It does one thing, the one tab's state, shared by its two views (table and cards) and the detail
 * pane; its length is that state's properties. The rows are {@link ChainRows}' and {@link OrphanRows}',
 * a search {@link BlockSearch}'s, the view choice {@link ChainCardsViewModel}'s.
 */
public final class BlocksViewModel {

    private ChainRules rules;
    private final ChainRows chainRows = new ChainRows();
    private final ObservableList<BlockRow> rows = chainRows.rows();
    private final ObjectProperty<Block> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper explain = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper canonicalJson = new ReadOnlyStringWrapper("");
    private final ObservableList<String> selectedTransactions = FXCollections.observableArrayList();
    private final StringProperty query = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper searchResult = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper validity = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper loading = new ReadOnlyDoubleWrapper(ProgressIndicator.INDETERMINATE_PROGRESS);
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(true);
    private final ObservableList<String> addressHistory = FXCollections.observableArrayList();
    private final OrphanRows orphanRows = new OrphanRows();
    private final BooleanProperty showOrphaned = new SimpleBooleanProperty();
    private final ObservableList<BlockRow> merged = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ObservableList<BlockRow>> shownRows = new ReadOnlyObjectWrapper<>(rows);
    private final ReadOnlyStringWrapper orphanNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper replacingRows = new ReadOnlyBooleanWrapper();
    private Chain chain;
    private final ChainCardsViewModel cards;
    private final Background background;

    /** A view model whose settings are not remembered: for tests. */
    /** For tests: settings are forgotten and an address is searched on the calling thread. */
    public BlocksViewModel() {
        this((key, value) -> {}, new Background(Runnable::run, Runnable::run, notice -> {}));
    }

    /**
     * @param saveSetting remembers a setting (the cards or the table) in the data directory
     * @param background  where an address is searched: a pass over every transaction, read back from the store
     */
    public BlocksViewModel(BiConsumer<String, String> saveSetting, Background background) {
        this.background = background;
        cards = new ChainCardsViewModel(saveSetting);
        selected.addListener((obs, old, block) -> describe(block));
        showOrphaned.addListener((obs, was, on) -> replacing(this::refreshShown));
    }

    /** The node's orphaned blocks as they are now. */
    public void orphans(List<Orphan> latest) {
        if (orphanRows.update(latest)) {
            replacing(this::refreshShown);
        }
    }

    /** Whose chain dropped the blocks of {@code reorg}: the note of each orphaned block says so. */
    public void orphaned(Reorg reorg) {
        orphanRows.dropped(reorg);
    }

    /** The table shows the chain's rows, or with the orphaned ones among them. */
    private void refreshShown() {
        if (showOrphaned.get() && chain != null) {
            merged.setAll(orphanRows.mergedWith(rows, chain));
            shownRows.set(merged);
        } else {
            shownRows.set(rows);
            merged.clear();
        }
    }

    /** While the stored chain is checked: what the table and the validity indicator say instead. */
    public void opening(String text, double fraction) {
        validity.set(text);
        placeholder.set(text);
        loading.set(fraction);
    }

    /**
     * The stored blocks as read, newest first, to look at while they are checked: the table is
     * usable at once, and its rows are replaced by the checked chain when the node runs.
     */
    public void preview(List<StoredBlock> newestFirst) {
        if (chain == null) {
            chainRows.preview(newestFirst);
        }
    }

    /** The node runs: blocks follow, checked against its rules. */
    public void attach(ChainRules rules) {
        this.rules = rules;
        placeholder.set(Messages.tr("blocks.placeholder.none"));
    }

    /**
     * Shows {@code latest}. While the rows change the table's own selection follows them about;
     * {@link #replacingRowsProperty()} is true meanwhile, so a view takes no selection it makes then
     * for the user's: the selected block stays selected, even when it left the chain.
     */
    public void update(Chain latest) {
        if (latest.equals(chain)) {
            return;
        }
        replacing(() -> apply(latest));
    }

    /** Changes the rows with {@link #replacingRowsProperty()} true meanwhile. */
    private void replacing(Runnable change) {
        boolean already = replacingRows.get();
        replacingRows.set(true);
        try {
            change.run();
        } finally {
            replacingRows.set(already);
        }
    }

    /**
     * Follows {@code latest}: the rows (see {@link ChainRows}), the validity line, and the selected
     * block, which stays selected when a longer chain dropped it.
     */
    private void apply(Chain latest) {
        Chain before = chain;
        chainRows.follow(before, latest);
        chain = latest;
        loading.set(1);
        checking.set(false); // after the rows: a view restyles them when the check is over
        validity.set(Messages.tr(
                "blocks.validity",
                Formats.blocks(latest.length()),
                BlockDescription.said(rules.proof().describeText())));
        if (showOrphaned.get()) {
            refreshShown();
        }
        Block shown = selected.get();
        if (shown != null && !onChain(shown)) {
            describe(shown); // dropped by a longer chain: it stays shown, marked orphaned
        } else if (shown != null && before == null) {
            // Picked while checking: now its proof of work can be explained. The checked block equals
            // the one shown (same hash), so setting it fires no change: describe it here.
            selected.set(latest.block(shown.index()));
            describe(selected.get());
        }
    }

    /** Finds a block by index or hash prefix, or shows an address's balance and history. */
    public void search() {
        String q = typedQuery();
        addressHistory.clear();
        if (q.isEmpty()) {
            searchResult.set("");
            return;
        }
        if (chain == null) {
            searchResult.set(Messages.tr("blocks.search.whileChecking"));
            return;
        }
        BlockSearch block = BlockSearch.block(chain, q);
        if (block != null) {
            show(block);
            return;
        }
        Chain searched = chain;
        searchResult.set(Messages.tr("blocks.search.looking", Formats.shortHash(q), Formats.blocks(searched.length())));
        // not shown: the log's name for the work (a failure is shown below)
        background.call(
                "search the chain for " + q,
                () -> BlockSearch.address(searched, q),
                found -> {
                    if (q.equals(typedQuery())) {
                        show(found); // unless the user has searched for something else meanwhile
                    }
                },
                error -> searchResult.set(Messages.tr("blocks.search.failed", Background.reason(error))));
    }

    private String typedQuery() {
        return query.get() == null ? "" : query.get().strip();
    }

    private void show(BlockSearch found) {
        if (found.block() != null) {
            selected.set(found.block());
        }
        searchResult.set(found.message());
        addressHistory.setAll(found.history());
    }

    /** True when {@code block} is on the chain shown. */
    private boolean onChain(Block block) {
        return chain != null && chain.holds(block);
    }

    /** Where the table shows {@code block}, or -1. */
    public int positionOf(Block block) {
        List<BlockRow> shown = shownRows.get();
        if (shown == rows && onChain(block)) {
            return chainPositionOf(block);
        }
        for (int i = 0; i < shown.size(); i++) {
            if (block.equals(shown.get(i).block())) {
                return i;
            }
        }
        return -1;
    }

    /** Where {@code block} is among the chain's rows, newest first (where the cards show it), or -1 when it is not on the chain. */
    public int chainPositionOf(Block block) {
        if (block == null || chain != null) {
            return block != null && onChain(block) ? (int) (chain.tip().index() - block.index()) : -1;
        }
        long position =
                rows.isEmpty() ? -1 : rows.get(0).getIndex() - block.index(); // the stored rows, while they are checked
        return position >= 0
                        && position < rows.size()
                        && block.equals(rows.get((int) position).block())
                ? (int) position
                : -1;
    }

    /** The cards or the table. */
    public ChainCardsViewModel cards() {
        return cards;
    }

    private void describe(Block block) {
        selectedTransactions.clear();
        if (block == null) {
            detail.set("");
            explain.set("");
            canonicalJson.set("");
            orphanNote.set("");
            return;
        }
        boolean onChain = chain == null || onChain(block);
        Block previous = null;
        if (chain != null && block.index() > chain.genesis().index()) {
            Block before = block.index() - 1 <= chain.tip().index() ? chain.block(block.index() - 1) : null;
            previous = onChain || before != null && before.hash().equals(block.previousHash())
                    ? before
                    : orphanRows.previousOf(block);
        }
        orphanNote.set(onChain ? "" : orphanRows.note(block));
        Block[] read = new Block[1]; // its body read back from the store once, for every field the pane shows
        BlockBodies.forEach(List.of(block), held -> read[0] = held);
        BlockDescription description = BlockDescription.of(read[0], rules, previous, chain != null);
        detail.set(description.detail());
        selectedTransactions.setAll(description.transactions());
        canonicalJson.set(read[0].canonicalJson());
        explain.set(description.explanation());
    }

    /** The chain's rows, newest first. */
    public ObservableList<BlockRow> rows() {
        return rows;
    }

    /** What the table shows: the chain's rows, with the orphaned ones among them while {@link #showOrphanedProperty()} is on. */
    public ReadOnlyObjectProperty<ObservableList<BlockRow>> shownRowsProperty() {
        return shownRows.getReadOnlyProperty();
    }

    public BooleanProperty showOrphanedProperty() {
        return showOrphaned;
    }

    /** True while the rows are being replaced; false again once the table shows the new ones. */
    public ReadOnlyBooleanProperty replacingRowsProperty() {
        return replacingRows.getReadOnlyProperty();
    }

    /** Why the selected block is not on our chain (it was orphaned); empty when it is. */
    public ReadOnlyStringProperty orphanNoteProperty() {
        return orphanNote.getReadOnlyProperty();
    }

    public ObjectProperty<Block> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty explainProperty() {
        return explain.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty canonicalJsonProperty() {
        return canonicalJson.getReadOnlyProperty();
    }

    public ObservableList<String> selectedTransactions() {
        return selectedTransactions;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ReadOnlyStringProperty searchResultProperty() {
        return searchResult.getReadOnlyProperty();
    }

    public ObservableList<String> addressHistory() {
        return addressHistory;
    }

    public ReadOnlyStringProperty validityProperty() {
        return validity.getReadOnlyProperty();
    }

    /** What the empty table says: how far the check of the stored chain has got, then "No blocks". */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    /** True until the node's checked chain is in the table. */
    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    /** The share of the stored chain checked so far; 1 once the node's chain is in the table. */
    public ReadOnlyDoubleProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
