package dev.blockdesk.ui.welcome;

import dev.blockdesk.chain.Chain;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Whether the welcome panel is shown: in an empty window (a chain of its genesis block alone) until
 * the user dismisses it, which is remembered; Help → Welcome brings it back whatever the chain.
 */
public final class WelcomeViewModel {

    /** The setting that remembers the welcome panel was dismissed. */
    public static final String DISMISSED = "welcome_dismissed";

    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper();
    private final Consumer<Boolean> saveDismissed;
    private boolean dismissed;
    private boolean asked;
    private boolean empty;

    /** @param saveDismissed remembers that the user dismissed the panel */
    public WelcomeViewModel(Consumer<Boolean> saveDismissed) {
        this.saveDismissed = saveDismissed;
    }

    /** Whether the user dismissed the panel in an earlier session, as remembered; at start, before the chain is known. */
    public void remember(boolean dismissedBefore) {
        dismissed = dismissedBefore;
        refresh();
    }

    /** The chain now; an empty window is one whose chain has its genesis block alone. FX thread. */
    public void update(Chain chain) {
        empty = chain.length() <= 1;
        refresh();
    }

    /** The user closed the panel: it stays closed, also after a restart. */
    public void dismiss() {
        asked = false;
        if (!dismissed) {
            dismissed = true;
            saveDismissed.accept(true);
        }
        refresh();
    }

    /** Help → Welcome: shows the panel again until it is dismissed. */
    public void show() {
        asked = true;
        refresh();
    }

    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    private void refresh() {
        shown.set(asked || empty && !dismissed);
    }
}
