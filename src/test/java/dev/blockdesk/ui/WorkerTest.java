package dev.blockdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.store.InMemoryStore;
import dev.blockdesk.ui.shell.DesktopSettings;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Quitting closes the database only after the settings queued before it are saved: the theme
 * switched, or the window moved, just before Quit is there at the next start.
 */
class WorkerTest {

    @Test
    void closingWaitsForSettingsStillBeingSaved() throws Exception {
        InMemoryStore store = new InMemoryStore();
        Worker worker = new Worker();
        CountDownLatch slowDisk = new CountDownLatch(1);
        worker.execute(() -> {
            try {
                slowDisk.await(200, TimeUnit.MILLISECONDS); // a disk that takes its time
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        DesktopSettings.save(store, worker, DesktopSettings.THEME, "dark");
        DesktopSettings.save(store, worker, DesktopSettings.WINDOW, "10,20,1200,760,false");

        assertTrue(worker.close(Duration.ofSeconds(20)));
        store.close(); // what quitting does next
        assertEquals("dark", store.settings().get(DesktopSettings.THEME));
        assertEquals("10,20,1200,760,false", store.settings().get(DesktopSettings.WINDOW));
    }

    @Test
    void closingGivesUpOnWorkThatOutlastsItsDeadline() {
        Worker worker = new Worker();
        CountDownLatch never = new CountDownLatch(1);
        worker.execute(() -> {
            try {
                never.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertFalse(worker.close(Duration.ofMillis(100)), "quitting is never held up for good");
        never.countDown();
    }
}
