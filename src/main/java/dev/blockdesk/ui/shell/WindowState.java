package dev.blockdesk.ui.shell;

import java.util.Locale;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The window's size and position as a setting: {@code x,y,width,height,maximized}. */
final class WindowState {

    private WindowState() {}

    static String describe(Stage stage) {
        return String.format(
                Locale.ROOT,
                "%.0f,%.0f,%.0f,%.0f,%b",
                stage.getX(),
                stage.getY(),
                stage.getWidth(),
                stage.getHeight(),
                stage.isMaximized());
    }

    /** Puts the window back where it was, if that place is still on a screen. */
    static void restore(Stage stage, String saved) {
        String[] parts = saved.split(",");
        if (parts.length != 5) {
            return;
        }
        try {
            double x = Double.parseDouble(parts[0]);
            double y = Double.parseDouble(parts[1]);
            double width = Double.parseDouble(parts[2]);
            double height = Double.parseDouble(parts[3]);
            if (width < 400
                    || height < 300
                    || Screen.getScreensForRectangle(new Rectangle2D(x, y, width, height))
                            .isEmpty()) {
                return;
            }
            stage.setX(x);
            stage.setY(y);
            stage.setWidth(width);
            stage.setHeight(height);
            stage.setMaximized(Boolean.parseBoolean(parts[4]));
        } catch (NumberFormatException e) {
            // a setting from elsewhere that is not ours: keep the default placement
        }
    }
}
