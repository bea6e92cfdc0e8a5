package dev.blockdesk.ui.blocks;

import dev.blockdesk.ui.cards.BlockCard;
import dev.blockdesk.ui.i18n.Messages;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;

/**
 * A cell of the Blocks tab's card view: the block's {@link BlockCard} (id {@code chainCard-N}),
 * and under it an arrow from the card's {@code previous_hash} down to the card below, the block it
 * names (the cards are newest first, so the block before is the next card). The genesis block,
 * whose {@code previous_hash} names no block, has no arrow. Reused for other rows as the list scrolls.
 */
final class ChainCardCell extends ListCell<BlockRow> {

    private static final PseudoClass FRESH = PseudoClass.getPseudoClass("fresh");
    private static final PseudoClass UNCHECKED = PseudoClass.getPseudoClass("unchecked");

    private final BlockCard card = new BlockCard();
    private final HBox connector = new HBox(arrow());
    private final VBox box = new VBox(card, connector);
    private final ChangeListener<Boolean> freshListener = (o, was, is) -> card.pseudoClassStateChanged(FRESH, is);

    ChainCardCell() {
        getStyleClass().add("chain-card-cell");
        setPrefWidth(0); // as wide as the list, never wider: no sideways scrolling
        connector.getStyleClass().add("block-card-connector");
    }

    /** A short arrow pointing down, drawn from the card's {@code previous_hash} line to the card below. */
    private static Path arrow() {
        Path path =
                new Path(new MoveTo(0, 0), new LineTo(0, 12), new MoveTo(-4, 7), new LineTo(0, 12), new LineTo(4, 7));
        path.getStyleClass().add("block-card-connector-arrow");
        return path;
    }

    @Override
    protected void updateItem(BlockRow row, boolean empty) {
        BlockRow old = getItem();
        if (old != null) {
            old.freshProperty().removeListener(freshListener);
        }
        super.updateItem(row, empty);
        setText(null);
        if (empty || row == null) {
            card.setId(null);
            setGraphic(null);
            return;
        }
        card.setId("chainCard-" + row.getIndex());
        BlockRow below = rowBelow();
        boolean linked = below != null && below.getHash().equals(row.getPreviousHash());
        String link = below == null
                ? Messages.tr("blocks.card.genesis")
                : linked
                        ? Messages.tr("blocks.card.link", String.valueOf(below.getIndex()))
                        : Messages.tr("blocks.card.noBlock");
        if (row.block() != null) {
            card.show(row.block(), link, linked);
        } else {
            String unreadable = Messages.tr("blocks.unreadable");
            card.show(row.getIndex(), unreadable, unreadable, -1, row.getHash(), unreadable, "", false);
        }
        if (row.isUnchecked()) {
            card.clearValidity(); // not checked yet: neither green nor red
        } else {
            card.showValidity(true, ""); // every block of the node's chain passed its rules
        }
        connector.setVisible(below != null);
        card.pseudoClassStateChanged(UNCHECKED, row.isUnchecked());
        card.pseudoClassStateChanged(FRESH, row.freshProperty().get());
        row.freshProperty().addListener(freshListener);
        card.showSelected(isSelected());
        setGraphic(box);
    }

    /** The row of the next card down, the block before this one; null for the last card. */
    private BlockRow rowBelow() {
        List<BlockRow> items = getListView() == null ? null : getListView().getItems();
        int next = getIndex() + 1;
        return items == null || next >= items.size() ? null : items.get(next);
    }

    @Override
    public void updateSelected(boolean selected) {
        super.updateSelected(selected);
        card.showSelected(selected);
    }
}
