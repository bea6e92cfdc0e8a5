package dev.blockdesk.ui.blocks;

import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.ChainRules;
import dev.blockdesk.chain.Ledger;
import dev.blockdesk.chain.LedgerEntry;
import dev.blockdesk.store.StoredBlock;
import dev.blockdesk.ui.Formats;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
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
 */
public final class BlocksViewModel {

    private ChainRules rules;
    private final ObservableList<BlockRow> rows = FXCollections.observableArrayList();
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
    private final List<BlockRow> fresh = new ArrayList<>();
    private Chain chain;

    public BlocksViewModel() {
        selected.addListener((obs, old, block) -> describe(block));
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
    public void preview(List<StoredBlock> stored) {
        if (chain != null) {
            return;
        }
        List<BlockRow> all = new ArrayList<>(stored.size());
        for (int i = stored.size() - 1; i >= 0; i--) {
            all.add(BlockRow.unchecked(stored.get(i)));
        }
        rows.setAll(all);
    }

    /** The node runs: blocks follow, checked against its rules. */
    public void attach(ChainRules rules) {
        this.rules = rules;
        placeholder.set("No blocks");
    }

    /**
     * Shows {@code latest}: new blocks on top. When a peer's chain replaced ours, only the rows
     * above the fork change; the shared blocks below it keep their rows, so a long chain costs no
     * more to follow than a short one.
     */
    public void update(Chain latest) {
        if (latest.equals(chain)) {
            return;
        }
        fresh.forEach(r -> r.freshProperty().set(false));
        fresh.clear();
        Chain before = chain;
        if (before == null && showsStoredRowsOf(latest)) {
            for (int i = 0; i < rows.size(); i++) {
                rows.get(i).check(latest.blocks().get(rows.size() - 1 - i)); // the rows shown while checking are this chain's
            }
        } else if (before == null) {
            List<BlockRow> all = new ArrayList<>(latest.length());
            for (int i = latest.length() - 1; i >= 0; i--) {
                all.add(new BlockRow(latest.blocks().get(i), false));
            }
            rows.setAll(all);
        } else {
            int shared = (int) forkIndex(before, latest) - 1;
            List<BlockRow> added = new ArrayList<>(latest.length() - shared);
            for (int i = latest.length() - 1; i >= shared; i--) {
                added.add(new BlockRow(latest.blocks().get(i), true));
            }
            int above = rows.size() - shared;
            if (above > 0) {
                rows.remove(0, above);
            }
            rows.addAll(0, added);
            fresh.addAll(added);
        }
        chain = latest;
        loading.set(1);
        checking.set(false); // after the rows: a view restyles them when the check is over
        validity.set("Valid chain of " + Formats.blocks(latest.length()) + ": every previous_hash matches the block before, "
                + rules.proof().describe());
        Block shown = selected.get();
        if (shown != null && (shown.index() > latest.tip().index() || !latest.block(shown.index()).equals(shown))) {
            selected.set(null);
        } else if (shown != null && before == null) {
            // Picked while checking: now its proof of work can be explained. The checked block equals
            // the one shown (same hash), so setting it fires no change: describe it here.
            selected.set(latest.block(shown.index()));
            describe(selected.get());
        }
    }

    /**
     * True when the table shows the stored rows this chain was checked from: as many, with the same
     * tip. Blocks are linked by hash, so the same tip means the same blocks. After a recovery, or with
     * a new genesis block, the rows are built anew instead.
     */
    private boolean showsStoredRowsOf(Chain latest) {
        return rows.size() == latest.length() && rows.get(0).isUnchecked() && rows.get(0).getIndex() == latest.length()
                && rows.get(0).getHash().equals(latest.tip().hash());
    }

    /** The index of the first block {@code after} does not share with {@code before}. */
    private static long forkIndex(Chain before, Chain after) {
        int shared = Math.min(before.length(), after.length());
        // Blocks are linked: once one is shared, so is every block under it. Look from the top down.
        while (shared > 0 && !before.blocks().get(shared - 1).equals(after.blocks().get(shared - 1))) {
            shared--;
        }
        return shared + 1L;
    }

    /** Finds a block by index or hash prefix, or shows an address's balance and history. */
    public void search() {
        String q = query.get() == null ? "" : query.get().strip();
        addressHistory.clear();
        if (q.isEmpty()) {
            searchResult.set("");
            return;
        }
        if (chain == null) {
            searchResult.set("The stored chain is still being checked; search works once it is");
            return;
        }
        if (q.matches("[0-9]{1,18}")) {
            long index = Long.parseLong(q);
            if (index >= chain.genesis().index() && index <= chain.tip().index()) {
                selected.set(chain.block(index));
                searchResult.set("Block " + index);
                return;
            }
        }
        String lower = q.toLowerCase(Locale.ROOT);
        if (lower.matches("[0-9a-f]{4,64}")) {
            for (int i = chain.length() - 1; i >= 0; i--) {
                Block block = chain.blocks().get(i);
                if (block.hash().startsWith(lower)) {
                    selected.set(block);
                    searchResult.set("Block " + block.index() + " has hash " + Formats.shortHash(block.hash()));
                    return;
                }
            }
        }
        Ledger ledger = new Ledger(chain);
        List<LedgerEntry> history = ledger.history(q);
        if (history.isEmpty()) {
            searchResult.set("No block " + q + ", no block hash starting with it, and no transaction to or from it");
            return;
        }
        BigDecimal balance = ledger.balance(q);
        searchResult.set("Address " + Formats.shortHash(q) + ": balance " + balance.stripTrailingZeros().toPlainString()
                + " in " + history.size() + " transactions");
        for (LedgerEntry entry : history) {
            String sign = entry.change().signum() >= 0 ? "+" : "";
            addressHistory.add("block " + entry.blockIndex() + ": " + sign + entry.change().stripTrailingZeros().toPlainString()
                    + (entry.isReward() ? " (mining reward)" : entry.change().signum() < 0
                    ? " to " + Formats.shortHash(entry.recipient()) : " from " + Formats.shortHash(entry.sender())));
        }
    }

    private void describe(Block block) {
        selectedTransactions.clear();
        if (block == null) {
            detail.set("");
            explain.set("");
            canonicalJson.set("");
            return;
        }
        BlockDescription description = BlockDescription.of(block, rules, chain);
        detail.set(description.detail());
        selectedTransactions.setAll(description.transactions());
        canonicalJson.set(block.canonicalJson());
        explain.set(description.explanation());
    }

    public ObservableList<BlockRow> rows() {
        return rows;
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
