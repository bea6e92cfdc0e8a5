package dev.blockdesk.ui.playground;

import javafx.scene.Parent;
import javafx.stage.Window;

/**
 * The look a tool window (the hash playground, a tamper sandbox) takes from the main window: its
 * text size (the zoom is a style on the root). The fonts Chinese and Korean need come with the
 * zoom's stylesheet on every window ({@code ui.shell.CjkFonts}).
 */
public final class ToolWindowStyle {

    private ToolWindowStyle() {}

    /** Gives {@code root} the owner's text size. */
    public static void follow(Parent root, Window owner) {
        if (owner != null && owner.getScene() != null && owner.getScene().getRoot() != null) {
            root.setStyle(owner.getScene().getRoot().getStyle());
        }
    }
}
