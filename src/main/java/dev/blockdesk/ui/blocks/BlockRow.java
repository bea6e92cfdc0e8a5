package dev.blockdesk.ui.blocks;

import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.InvalidBlockException;
import dev.blockdesk.store.StoredBlock;
import dev.blockdesk.ui.Formats;
import dev.blockdesk.ui.i18n.Messages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * One row of the blocks table. {@code fresh} marks a block just mined or adopted, for a highlight.
 * While the stored chain is still being checked, a row shows a stored block as read: it is parsed
 * only when a cell shows it, since a long chain has far more rows than the table ever shows.
 */
public final class BlockRow {

    private StoredBlock stored;
    private Block block;
    private boolean unreadable;
    /** Made when first asked for (a cell shows the row, or the row is new): a long chain has far more rows than cells. FX thread. */
    private BooleanProperty fresh;

    private boolean startsFresh;
    private final boolean orphaned;

    BlockRow(Block block, boolean fresh) {
        this(block, fresh, false);
    }

    private BlockRow(Block block, boolean fresh, boolean orphaned) {
        this.stored = null;
        this.block = block;
        this.startsFresh = fresh;
        this.orphaned = orphaned;
    }

    /** A block of ours that a longer chain dropped: shown greyed, marked orphaned. */
    static BlockRow orphaned(Block block) {
        return new BlockRow(block, false, true);
    }

    /** True for a block no longer on our chain. */
    public boolean isOrphaned() {
        return orphaned;
    }

    private BlockRow(StoredBlock stored) {
        this.stored = stored;
        this.orphaned = false;
    }

    /** A stored block not checked yet, to look at while the chain is checked. */
    static BlockRow unchecked(StoredBlock stored) {
        return new BlockRow(stored);
    }

    /**
     * The check is done and {@code checked} is this row's block: the row keeps its place (and the
     * user's selection and scroll position with it) and lets go of the stored bytes. FX thread.
     */
    void check(Block checked) {
        block = checked;
        stored = null;
        unreadable = false;
    }

    /** True for a row of a stored block the node has not checked yet. */
    public boolean isUnchecked() {
        return stored != null;
    }

    /** The block, or null for a stored row whose JSON cannot be read. FX thread. */
    public Block block() {
        if (block == null && !unreadable) {
            try {
                // Not checked yet: shown with the hash recorded with it, whatever the chain's rules.
                block = Block.fromCanonical(stored.canonical(), (json, canonical) -> stored.hash());
            } catch (InvalidBlockException e) {
                unreadable = true;
            }
        }
        return block;
    }

    public long getIndex() {
        return stored != null ? stored.index() : block.index();
    }

    /** Formatted when a cell shows it. */
    public String getTime() {
        return block() == null ? unreadable() : Formats.localTime(block.timestamp());
    }

    public Integer getTransactionCount() {
        return block() == null ? null : block.transactionCount();
    }

    public String getProof() {
        return block() == null ? unreadable() : block.proofText();
    }

    public String getHash() {
        return block() == null ? stored.hash() : block.hash();
    }

    public String getPreviousHash() {
        return block() == null ? unreadable() : block.previousHash();
    }

    /** What a cell shows for a stored block that cannot be read, in the window's language. */
    private static String unreadable() {
        return Messages.tr("blocks.unreadable");
    }

    public BooleanProperty freshProperty() {
        if (fresh == null) {
            fresh = new SimpleBooleanProperty(startsFresh);
        }
        return fresh;
    }
}
