package dev.blockdesk.ui;

import dev.blockdesk.chain.Block;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One row of the blocks table. {@code fresh} marks a block just mined or adopted, for a highlight. */
public final class BlockRow {

    private final Block block;
    private final String time;
    private final BooleanProperty fresh = new SimpleBooleanProperty();

    BlockRow(Block block, boolean fresh) {
        this.block = block;
        this.time = Formats.localTime(block.timestamp());
        this.fresh.set(fresh);
    }

    public Block block() {
        return block;
    }

    public long getIndex() {
        return block.index();
    }

    public String getTime() {
        return time;
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
