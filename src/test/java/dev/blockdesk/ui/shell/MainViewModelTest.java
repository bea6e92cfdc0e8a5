package dev.blockdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.store.StoreException;
import dev.blockdesk.ui.FakeNode;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The window's own view model (toolbar, status bar, notices) against a fake node, without a toolkit. */
class MainViewModelTest {

    private final FakeNode node = new FakeNode();
    private final Map<String, String> saved = new HashMap<>();
    private MainViewModel model;

    @BeforeEach
    void attach() {
        model = new MainViewModel("a".repeat(32), Runnable::run, Runnable::run, Clock.systemUTC(), saved::put);
        model.attach(node);
    }

    @Test
    void mineForgesTheNextBlockAndTheToolbarSaysSo() {
        model.mineOrCancel();
        model.tick();
        assertEquals("2 blocks", model.chainLengthProperty().get());
        assertEquals("Block 2 mined. Idle.", model.miningStatusProperty().get());
        assertEquals("", model.noticeProperty().get());
    }

    @Test
    void aBlockThatCouldNotBeStoredIsShownAsANoticeAndAutoMineTurnsOff() {
        model.autoMineProperty().set(true);
        node.fire(l -> l.miningFailed(new StoreException("could not store block 2: the disk is full")));
        model.tick();

        assertEquals("A block was found but could not be stored, so it is not on the chain and auto-mine is off: "
                + "could not store block 2: the disk is full", model.noticeProperty().get());
        assertFalse(model.autoMineProperty().get(), "the toggle shows what the node does");
        assertEquals("false", saved.get("auto_mine"));

        model.dismissNotice();
        assertEquals("", model.noticeProperty().get());
    }

    @Test
    void workThatFailsOffTheFxThreadIsShownNotSwallowed() {
        node.failWith = new StoreException("could not store block 2: the disk is full");
        model.mineOrCancel();
        assertEquals("Mine: could not store block 2: the disk is full", model.noticeProperty().get());
        assertTrue(node.calls.contains("mine"));
    }
}
