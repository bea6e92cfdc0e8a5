package dev.blockdesk.ui.blocks;

import dev.blockdesk.chain.Chain;
import dev.blockdesk.store.StoredBlock;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The chain's rows of the Blocks table, newest first: the stored blocks while they are checked,
 * then the checked chain, followed block by block. When a longer chain replaces ours only the rows
 * above the fork change, so a long chain costs no more to follow than a short one. FX thread.
 */
final class ChainRows {

    private final ObservableList<BlockRow> rows = FXCollections.observableArrayList();
    private final List<BlockRow> fresh = new ArrayList<>();

    ObservableList<BlockRow> rows() {
        return rows;
    }

    /** The newest stored blocks as read, newest first, to look at while the chain is checked. */
    void preview(List<StoredBlock> newestFirst) {
        List<BlockRow> all = new ArrayList<>(newestFirst.size());
        newestFirst.forEach(stored -> all.add(BlockRow.unchecked(stored)));
        rows.setAll(all);
    }

    /** Rows for {@code latest}, which follows {@code before} (null: the first chain shown); new rows are marked fresh. */
    void follow(Chain before, Chain latest) {
        fresh.forEach(r -> r.freshProperty().set(false));
        fresh.clear();
        if (before == null && showsStoredRowsOf(latest)) {
            int shown = rows.size();
            for (int i = 0; i < shown; i++) {
                rows.get(i)
                        .check(latest.blocks()
                                .get(latest.length() - 1 - i)); // the rows shown while checking are this chain's
            }
            List<BlockRow> older = new ArrayList<>(latest.length() - shown);
            for (int i = latest.length() - 1 - shown; i >= 0; i--) {
                older.add(new BlockRow(latest.blocks().get(i), false));
            }
            rows.addAll(older); // below the rows shown: the selection and the scroll position stay
        } else if (before == null) {
            List<BlockRow> all = new ArrayList<>(latest.length());
            for (int i = latest.length() - 1; i >= 0; i--) {
                all.add(new BlockRow(latest.blocks().get(i), false));
            }
            rows.setAll(all);
        } else {
            int shared = before.sharedPrefix(latest);
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
    }

    /**
     * True when the table shows the newest stored rows this chain was checked from: no more than it
     * has, with the same tip. Blocks are linked by hash, so the same tip means the same blocks below
     * it. After a recovery, or with a new genesis block, the rows are built anew instead.
     */
    private boolean showsStoredRowsOf(Chain latest) {
        return !rows.isEmpty()
                && rows.size() <= latest.length()
                && rows.get(0).isUnchecked()
                && rows.get(0).getIndex() == latest.tip().index()
                && rows.get(0).getHash().equals(latest.tip().hash());
    }
}
