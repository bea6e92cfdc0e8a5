package dev.blockdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.store.InMemoryStore;
import org.junit.jupiter.api.Test;

/** What the window starts with: the stored settings under the command line's. */
class DesktopSettingsTest {

    private final InMemoryStore store = new InMemoryStore();

    @Test
    void autoSyncSecondsOnTheCommandLineWinsOverTheStoredIntervalAndSwitch() {
        store.putSetting(DesktopSettings.AUTO_SYNC, "false");
        store.putSetting(DesktopSettings.AUTO_SYNC_INTERVAL, "10");

        DesktopSettings settings = DesktopSettings.read(store, 3.0, false, true);

        assertTrue(settings.autoSync());
        assertEquals(3, settings.intervalSeconds(), "--auto-sync 3 means every 3 s, not the stored 10");
        assertEquals(
                1,
                DesktopSettings.read(store, 0.2, false, true).intervalSeconds(),
                "the window counts whole seconds, at least 1");
    }

    @Test
    void withoutOptionsTheStoredSettingsApplyAndDamagedOnesFallBackToTheirDefaults() {
        store.putSetting(DesktopSettings.AUTO_SYNC, "false");
        store.putSetting(DesktopSettings.AUTO_SYNC_INTERVAL, "7");
        store.putSetting(DesktopSettings.THEME, "dark");
        DesktopSettings stored = DesktopSettings.read(store, null, false, true);
        assertFalse(stored.autoSync());
        assertEquals(7, stored.intervalSeconds());
        assertTrue(stored.dark());

        store.putSetting(DesktopSettings.AUTO_SYNC_INTERVAL, "soon");
        store.putSetting(DesktopSettings.AUTO_MINE, "yes please");
        store.putSetting(DesktopSettings.THEME, "purple");
        DesktopSettings damaged = DesktopSettings.read(store, null, false, true);
        assertEquals(10, damaged.intervalSeconds());
        assertFalse(damaged.autoMine());
        assertFalse(damaged.dark());
        assertTrue(DesktopSettings.read(store, null, true, true).autoMine(), "--mine turns Auto-mine on");
    }

    @Test
    void askingNewPeersToAddUsIsOnUnlessTheSettingOrTheCommandLineSaysNo() {
        assertTrue(DesktopSettings.read(store, null, false, true).mutualPeering(), "on by default");
        assertFalse(DesktopSettings.read(store, null, false, false).mutualPeering(), "--no-mutual-peering");

        store.putSetting(DesktopSettings.MUTUAL_PEERING, "false");
        assertFalse(DesktopSettings.read(store, null, false, true).mutualPeering(), "remembered off");
        store.putSetting(DesktopSettings.MUTUAL_PEERING, "maybe");
        assertTrue(DesktopSettings.read(store, null, false, true).mutualPeering(), "damaged: the default");
    }

    @Test
    void theBlocksTabShowsTheCardsOnlyWhenTheyWereLastChosen() {
        assertFalse(DesktopSettings.read(store, null, false, true).chainCards(), "the table by default");
        store.putSetting(DesktopSettings.BLOCKS_VIEW, "cards");
        assertTrue(DesktopSettings.read(store, null, false, true).chainCards(), "remembered");
        store.putSetting(DesktopSettings.BLOCKS_VIEW, "table");
        assertFalse(DesktopSettings.read(store, null, false, true).chainCards());
        store.putSetting(DesktopSettings.BLOCKS_VIEW, "tiles");
        assertFalse(DesktopSettings.read(store, null, false, true).chainCards(), "damaged: the table");
    }

    @Test
    void anUnknownLanguageIsRefusedInTheLanguageInUse() {
        IllegalArgumentException english = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> DesktopSettings.language(store, "fr"));
        assertEquals("--language fr is not one of en, zh-CN, ko, system", english.getMessage());
        dev.blockdesk.ui.i18n.Messages.use(dev.blockdesk.ui.i18n.Language.KOREAN);
        try {
            assertEquals(
                    "--language fr은(는) en, zh-CN, ko, system 중 하나가 아닙니다",
                    org.junit.jupiter.api.Assertions.assertThrows(
                                    IllegalArgumentException.class, () -> DesktopSettings.language(store, "fr"))
                            .getMessage());
        } finally {
            dev.blockdesk.ui.i18n.Messages.use(dev.blockdesk.ui.i18n.Language.ENGLISH);
        }
        assertEquals(dev.blockdesk.ui.i18n.Language.KOREAN, DesktopSettings.language(store, "ko"));
    }
}
