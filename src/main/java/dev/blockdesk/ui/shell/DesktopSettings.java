package dev.blockdesk.ui.shell;

import dev.blockdesk.app.NodeStartup;
import dev.blockdesk.app.StoredSettings;
import dev.blockdesk.store.Store;
import dev.blockdesk.store.StoreException;
import dev.blockdesk.ui.blocks.ChainCardsViewModel;
import dev.blockdesk.ui.i18n.Language;
import dev.blockdesk.ui.i18n.Messages;
import java.util.Arrays;
import java.util.concurrent.Executor;

/**
 * What the window remembers in the data directory (theme, auto-mine, auto-sync and its interval,
 * whether new peers are asked to add us, the window's place, the Blocks tab's cards or table),
 * read once at start with the command line winning, and saved on the worker thread. A damaged
 * stored value falls back to its default with a warning in the log.
 *
 * @param dark             the dark theme
 * @param autoMine         Auto-mine on at start
 * @param autoSync         Auto-sync on at start
 * @param intervalSeconds  the auto-sync interval
 * @param mutualPeering    "Ask new peers to add us" on at start
 * @param window           the window's place, as {@link WindowState} wrote it, or empty
 * @param chainCards       the Blocks tab shows the chain as cards, not as the table
 */
public record DesktopSettings(
        boolean dark,
        boolean autoMine,
        boolean autoSync,
        int intervalSeconds,
        boolean mutualPeering,
        String window,
        boolean chainCards) {

    private static final System.Logger LOG = System.getLogger(DesktopSettings.class.getName());

    public static final String THEME = "theme";
    public static final String AUTO_MINE = "auto_mine";
    public static final String AUTO_SYNC = "auto_sync";
    public static final String AUTO_SYNC_INTERVAL = "auto_sync_interval";
    public static final String MUTUAL_PEERING = NodeStartup.MUTUAL_PEERING;
    public static final String WINDOW = "window";
    public static final String BLOCKS_VIEW = ChainCardsViewModel.SETTING;
    static final int DEFAULT_INTERVAL = 10;
    static final int MAX_INTERVAL = 86_400;

    /**
     * The settings at start: the stored ones, under the command line's. {@code --auto-sync SECONDS}
     * turns auto-sync on with that interval (whole seconds, at least 1); {@code --mine} turns
     * Auto-mine on; {@code --no-mutual-peering} turns "Ask new peers to add us" off.
     *
     * @param autoSyncSeconds {@code --auto-sync}, or null when it was not given
     * @param mutualPeering   false when {@code --no-mutual-peering} was given
     */
    public static DesktopSettings read(Store store, Double autoSyncSeconds, boolean mine, boolean mutualPeering) {
        StoredSettings stored = new StoredSettings(store);
        boolean autoSync = autoSyncSeconds != null || stored.bool(AUTO_SYNC, true);
        int interval = autoSyncSeconds != null
                ? (int) Math.max(1, Math.min(MAX_INTERVAL, Math.round(autoSyncSeconds)))
                : stored.integer(AUTO_SYNC_INTERVAL, DEFAULT_INTERVAL, 1, MAX_INTERVAL);
        boolean autoMine = mine || stored.bool(AUTO_MINE, false);
        boolean dark = "dark".equals(stored.choice(THEME, "light", "light", "dark"));
        boolean asking = mutualPeering && stored.bool(MUTUAL_PEERING, true);
        boolean cards = ChainCardsViewModel.CARDS.equals(stored.choice(
                BLOCKS_VIEW, ChainCardsViewModel.TABLE, ChainCardsViewModel.TABLE, ChainCardsViewModel.CARDS));
        return new DesktopSettings(
                dark,
                autoMine,
                autoSync,
                interval,
                asking,
                store.setting(WINDOW).orElse(""),
                cards);
    }

    /**
     * The window's language: {@code --language} when given (en, zh-CN, ko or system), otherwise the
     * one View → Language remembered, otherwise the system's.
     *
     * @throws IllegalArgumentException when {@code --language} names none of them
     */
    public static Language language(Store store, String option) {
        if (option != null) {
            return Language.ofTag(option)
                    .orElseThrow(() -> new IllegalArgumentException(Messages.tr("app.language.unknown", option)));
        }
        String[] tags = Arrays.stream(Language.values()).map(Language::tag).toArray(String[]::new);
        return Language.ofTag(new StoredSettings(store).choice(Language.SETTING, Language.SYSTEM.tag(), tags))
                .orElseThrow();
    }

    /** Saves settings on {@code worker}, after what was queued before; a failure is logged. */
    public static void save(Store store, Executor worker, String key, String value) {
        worker.execute(() -> {
            try {
                store.putSetting(key, value);
            } catch (StoreException e) {
                LOG.log(System.Logger.Level.ERROR, "could not save the setting " + key, e);
            }
        });
    }
}
