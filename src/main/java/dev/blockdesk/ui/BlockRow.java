package dev.blockdesk.ui;

import dev.blockdesk.chain.Block;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One row of the blocks table. {@code fresh} marks a block just mined or adopted, for a highlight. */
public final class BlockRow {

    private final Block block;
    private final BooleanProperty fresh = new SimpleBooleanProperty();

    BlockRow(Block block, boolean fresh) {
        this.block = block;
        this.fresh.set(fresh);
    }

    public Block block() {
        return block;
    }

    public long getIndex() {
        return block.index();
    }

    /** Formatted when a cell shows it: a long chain has far more rows than the table ever shows. */
    public String getTime() {
        return Formats.localTime(block.timestamp());
    }

    public int getTransactionCount() {
        return block.transactions().size();
    }

    public String getProof() {
        return block.proofText();
    }

    public String getHash() {
        return block.hash();
    }

    public String getPreviousHash() {
        return block.previousHash();
    }

    public BooleanProperty freshProperty() {
        return fresh;
    }
}
