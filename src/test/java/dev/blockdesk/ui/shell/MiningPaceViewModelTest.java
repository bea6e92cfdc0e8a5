package dev.blockdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.app.StoredSettings;
import dev.blockdesk.chain.Miner;
import dev.blockdesk.chain.MiningJob;
import dev.blockdesk.chain.PowPuzzle;
import dev.blockdesk.chain.ProofOfWork;
import dev.blockdesk.store.InMemoryStore;
import dev.blockdesk.testing.Wait;
import dev.blockdesk.ui.FakeNode;
import dev.blockdesk.ui.shell.MiningPaceViewModel.AutoMineMode;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Slow motion and auto-mine's mode, from the toolbar to the node, remembered, and what the mining status says of them. */
class MiningPaceViewModelTest {

    private final FakeNode node = new FakeNode();
    private final Map<String, String> saved = new HashMap<>();
    private final MainViewModel model =
            new MainViewModel("a".repeat(32), Runnable::run, Runnable::run, Clock.systemUTC(), saved::put);

    @Test
    void theRememberedPaceReachesTheNodeBeforeAutoMineStarts() {
        InMemoryStore store = new InMemoryStore();
        store.putSetting(MiningPaceViewModel.SLOW_MOTION_SETTING, "true");
        store.putSetting(MiningPaceViewModel.AUTO_MINE_MODE_SETTING, "when_pending");
        model.pace().restore(new StoredSettings(store));
        model.autoMineProperty().set(true);
        model.attach(node);
        List<String> pace = node.calls.stream()
                .filter(c -> c.startsWith("setHashRateCap") || c.startsWith("setAutoMine"))
                .toList();
        assertEquals(
                List.of("setHashRateCap 2000.0", "setAutoMineWhenPending true", "setAutoMine true"),
                pace,
                "a node in 'when transactions wait' mode never starts an empty block first");
        assertEquals(2000, node.hashRateCap);
    }

    @Test
    void togglingSlowMotionCapsTheMinerAndIsRemembered() {
        model.attach(node);
        model.pace().slowMotionProperty().set(true);
        assertEquals(MiningPaceViewModel.SLOW_MOTION, node.hashRateCap);
        assertEquals("true", saved.get(MiningPaceViewModel.SLOW_MOTION_SETTING));
        model.pace().slowMotionProperty().set(false);
        assertEquals(0, node.hashRateCap);
        assertEquals("false", saved.get(MiningPaceViewModel.SLOW_MOTION_SETTING));
    }

    @Test
    void theAutoMineModeReachesTheNodeAndIsRemembered() {
        model.attach(node);
        model.pace().autoMineModeProperty().set(AutoMineMode.WHEN_PENDING);
        assertTrue(node.autoMineWhenPending);
        assertEquals("when_pending", saved.get(MiningPaceViewModel.AUTO_MINE_MODE_SETTING));
        model.pace().autoMineModeProperty().set(AutoMineMode.ALWAYS);
        assertEquals("always", saved.get(MiningPaceViewModel.AUTO_MINE_MODE_SETTING));
        assertEquals(false, node.autoMineWhenPending);
    }

    @Test
    void aDamagedStoredModeFallsBackToAlways() {
        InMemoryStore store = new InMemoryStore();
        store.putSetting(MiningPaceViewModel.AUTO_MINE_MODE_SETTING, "sometimes");
        model.pace().restore(new StoredSettings(store));
        assertEquals(AutoMineMode.ALWAYS, model.pace().autoMineModeProperty().get());
    }

    @Test
    void theMiningStatusSaysAutoMineWaitsForATransaction() {
        model.attach(node);
        model.pace().autoMineModeProperty().set(AutoMineMode.WHEN_PENDING);
        model.autoMineProperty().set(true);
        model.tick();
        assertEquals(
                "Auto-mine waits for a transaction: it mines only when transactions are waiting.",
                model.miningStatusProperty().get());
        model.autoMineProperty().set(false);
        model.tick();
        assertEquals(
                "Idle. Mine to forge the next block.",
                model.miningStatusProperty().get());
    }

    @Test
    void aJobInSlowMotionShowsItsTriesClimbing() {
        model.attach(node);
        try (Miner miner = new Miner(1)) {
            miner.setRateLimit(2000);
            MiningJob job = miner.mine(new PowPuzzle("100", "abc", 2, new ProofOfWork(64)));
            node.job = job;
            Wait.until("some tries", Wait.HANG, () -> job.tries() >= 100);
            model.tick();
            String first = model.miningStatusProperty().get();
            assertTrue(first.startsWith("Mining block 2 in slow motion: "), first);
            long before = job.tries();
            Wait.until("more tries", Wait.HANG, () -> job.tries() > before);
            model.tick();
            String later = model.miningStatusProperty().get();
            assertTrue(triesIn(later) > triesIn(first), first + " then " + later);
            job.cancel();
        }
    }

    private static long triesIn(String status) {
        String count = status.substring(status.indexOf(": ") + 2, status.indexOf(" tries of"));
        return Long.parseLong(count.replace(",", ""));
    }
}
