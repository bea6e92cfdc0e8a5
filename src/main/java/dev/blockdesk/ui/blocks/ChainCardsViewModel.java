package dev.blockdesk.ui.blocks;

import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Whether the Blocks tab shows the chain as cards or as the table, remembered in the data
 * directory as the setting {@value #SETTING} ({@code "cards"} or {@code "table"}). The cards show
 * the same rows as the table (the chain's, newest first) and share its selection: see
 * {@link BlocksViewModel#chainPositionOf}.
 */
public final class ChainCardsViewModel {

    /** The stored setting: {@value #CARDS} or {@value #TABLE}. */
    public static final String SETTING = "blocks_view";

    public static final String CARDS = "cards";
    public static final String TABLE = "table";

    private final BooleanProperty shown = new SimpleBooleanProperty();
    private boolean restoring;

    /** @param saveSetting remembers a setting in the data directory */
    ChainCardsViewModel(BiConsumer<String, String> saveSetting) {
        shown.addListener((o, was, on) -> {
            if (!restoring) {
                saveSetting.accept(SETTING, on ? CARDS : TABLE);
            }
        });
    }

    /** True while the cards are shown instead of the table; a change is remembered. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    /** Shows what the data directory remembers ({@code true}: the cards), without saving it again. */
    public void restore(boolean cards) {
        restoring = true;
        try {
            shown.set(cards);
        } finally {
            restoring = false;
        }
    }
}
