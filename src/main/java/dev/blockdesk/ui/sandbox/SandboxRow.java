package dev.blockdesk.ui.sandbox;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * One block of the sandbox in the list of cards: its position, and a revision that counts up each
 * time the block may look different. A card listens to its row's revision, so an edit repaints
 * only the cards of the blocks it changed; the list itself never changes while the learner types.
 */
public final class SandboxRow {

    private final int position;
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();

    SandboxRow(int position) {
        this.position = position;
    }

    public int position() {
        return position;
    }

    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    void changed() {
        revision.set(revision.get() + 1);
    }
}
