package dev.blockdesk.ui.shell;

import dev.blockdesk.app.StoredSettings;
import dev.blockdesk.ui.Background;
import dev.blockdesk.ui.DesktopNode;
import dev.blockdesk.ui.Formats;
import dev.blockdesk.ui.i18n.Messages;
import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The pace of mining, for a class: slow motion (the miner capped at {@link #SLOW_MOTION} tries a
 * second, so the tries climb where people can watch them) and auto-mine's mode (block after block,
 * or only when transactions are waiting). Both are remembered and passed to the node off the FX
 * thread, at once and whenever they change.
 */
public final class MiningPaceViewModel {

    /** Slow motion's cap: tries a second, all miner threads together. */
    public static final double SLOW_MOTION = 2000;

    public static final String SLOW_MOTION_SETTING = "slow_motion";
    public static final String AUTO_MINE_MODE_SETTING = "auto_mine_mode";

    /** When auto-mine mines. */
    public enum AutoMineMode {
        ALWAYS,
        WHEN_PENDING;

        /** The setting's stored value: {@code always}, {@code when_pending}. */
        String stored() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        @Override
        public String toString() {
            return this == ALWAYS
                    ? Messages.tr("main.toolbar.autoMineMode.always")
                    : Messages.tr("main.toolbar.autoMineMode.whenPending");
        }
    }

    private final BooleanProperty slowMotion = new SimpleBooleanProperty();
    private final ObjectProperty<AutoMineMode> mode = new SimpleObjectProperty<>(AutoMineMode.ALWAYS);
    private final Background background;
    private DesktopNode node;

    MiningPaceViewModel(Background background, BiConsumer<String, String> saveSetting) {
        this.background = background;
        slowMotion.addListener((o, was, on) -> {
            applySlowMotion();
            saveSetting.accept(SLOW_MOTION_SETTING, Boolean.toString(on));
        });
        mode.addListener((o, was, now) -> {
            if (now == null) {
                mode.set(AutoMineMode.ALWAYS);
                return;
            }
            applyMode();
            saveSetting.accept(AUTO_MINE_MODE_SETTING, now.stored());
        });
    }

    /** The remembered pace, read once at start (a damaged value falls back to its default with a warning). */
    public void restore(StoredSettings stored) {
        slowMotion.set(stored.bool(SLOW_MOTION_SETTING, false));
        boolean whenPending =
                "when_pending".equals(stored.choice(AUTO_MINE_MODE_SETTING, "always", "always", "when_pending"));
        mode.set(whenPending ? AutoMineMode.WHEN_PENDING : AutoMineMode.ALWAYS);
    }

    /** The node runs: it gets the pace before auto-mine starts. FX thread. */
    void attach(DesktopNode running) {
        node = running;
        applySlowMotion();
        applyMode();
    }

    private void applySlowMotion() {
        DesktopNode running = node;
        if (running != null) {
            double cap = slowMotion.get() ? SLOW_MOTION : 0;
            background.run(
                    cap > 0 ? Messages.tr("main.action.slowMotionOn") : Messages.tr("main.action.slowMotionOff"),
                    () -> running.setHashRateCap(cap));
        }
    }

    private void applyMode() {
        DesktopNode running = node;
        if (running != null) {
            boolean whenPending = mode.get() == AutoMineMode.WHEN_PENDING;
            background.run(Messages.tr("main.action.autoMineMode"), () -> running.setAutoMineWhenPending(whenPending));
        }
    }

    /** Whether the miner is capped at {@link #SLOW_MOTION} tries a second. */
    public BooleanProperty slowMotionProperty() {
        return slowMotion;
    }

    public ObjectProperty<AutoMineMode> autoMineModeProperty() {
        return mode;
    }

    /** The toggle's tooltip. */
    public static String slowMotionTip() {
        return Messages.tr("main.toolbar.slowMotion.tooltip", Formats.count(SLOW_MOTION));
    }

    /** Whether auto-mine, on in its "when transactions wait" mode, is idle for want of a transaction. */
    boolean waitingForTransactions(boolean autoMine, boolean mining, int pending) {
        return autoMine && !mining && pending == 0 && mode.get() == AutoMineMode.WHEN_PENDING;
    }
}
