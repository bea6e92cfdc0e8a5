package dev.blockdesk.ui.shell;

import dev.blockdesk.ui.shell.MiningPaceViewModel.AutoMineMode;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;

/** The toolbar's mining pace: the mode menu beside Auto-mine and the Slow motion toggle, bound to {@link MiningPaceViewModel}. */
final class MiningPaceControls {

    private MiningPaceControls() {}

    /** The menu's text names the mode, its radio items choose it; the toggle is slow motion. */
    static void bind(
            MiningPaceViewModel pace,
            MenuButton modeMenu,
            RadioMenuItem always,
            RadioMenuItem whenPending,
            ToggleButton slowMotion,
            Tooltip slowMotionTip) {
        ToggleGroup modes = new ToggleGroup();
        always.setToggleGroup(modes);
        whenPending.setToggleGroup(modes);
        ObjectProperty<AutoMineMode> mode = pace.autoMineModeProperty();
        modeMenu.textProperty().bind(Bindings.convert(mode));
        always.setOnAction(e -> mode.set(AutoMineMode.ALWAYS));
        whenPending.setOnAction(e -> mode.set(AutoMineMode.WHEN_PENDING));
        Runnable check = () -> (mode.get() == AutoMineMode.WHEN_PENDING ? whenPending : always).setSelected(true);
        mode.addListener((o, was, now) -> check.run());
        check.run();
        slowMotion.selectedProperty().bindBidirectional(pace.slowMotionProperty());
        slowMotionTip.setText(MiningPaceViewModel.slowMotionTip());
    }
}
