package dev.blockdesk.ui.sandbox;

import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/** A list cell holding one reusable {@link SandboxCard}, repainted when its block changes and only then. */
final class SandboxCell extends ListCell<SandboxRow> {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final SandboxViewModel model;
    private final SandboxCard card;
    private final InvalidationListener repaint = o -> repaint();
    private SandboxRow shown;
    /** A change came while the cell was out of sight (a list keeps spare cells, hidden): it repaints when shown again. */
    private boolean stale;

    SandboxCell(SandboxViewModel model, ListView<SandboxRow> list) {
        this.model = model;
        this.card = new SandboxCard(model);
        card.prefWidthProperty().bind(list.widthProperty().subtract(36)); // the card wraps to the list, never widens it
        card.maxWidthProperty().bind(card.prefWidthProperty());
        getStyleClass().add("sandbox-cell");
        setText(null);
        visibleProperty().addListener((o, was, visible) -> {
            if (visible && stale) {
                repaint();
            }
        });
    }

    @Override
    protected void updateItem(SandboxRow row, boolean empty) {
        if (shown != null) {
            shown.revisionProperty().removeListener(repaint);
        }
        super.updateItem(row, empty);
        shown = empty ? null : row;
        if (shown == null || model.chain() == null) {
            setGraphic(null);
            return;
        }
        shown.revisionProperty().addListener(repaint);
        paint();
        setGraphic(card);
    }

    @Override
    public void updateSelected(boolean selected) {
        super.updateSelected(selected);
        card.pseudoClassStateChanged(SELECTED, selected);
    }

    /** The block changed: repaint now if the cell is in sight, else when it comes back into sight. */
    private void repaint() {
        if (isVisible()) {
            paint();
        } else {
            stale = true;
        }
    }

    private void paint() {
        stale = false;
        if (shown != null && shown.position() < model.chain().size()) {
            card.show(model.chain(), shown.position());
        }
    }

    /** The card this cell shows, for the benchmark. */
    SandboxCard card() {
        return card;
    }
}
