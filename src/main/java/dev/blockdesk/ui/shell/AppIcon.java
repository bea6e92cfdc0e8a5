package dev.blockdesk.ui.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The application's icon on every window, and its window class. The icon is drawn once, in
 * src/main/packaging/blockdesk.svg, and rendered by tools/make-icons.sh into the PNG set here (and
 * the installers' .ico and .icns); each window gets every size and the system picks the one it
 * needs (16 px in a title bar, 48 px or more in a task switcher).
 */
public final class AppIcon {

    /** The window class (X11 {@code WM_CLASS}) and application id: the .desktop file's {@code StartupWMClass}. */
    public static final String WINDOW_CLASS = "blockdesk";
    /** The rendered sizes, in pixels, each in icons/blockdesk-SIZE.png. */
    static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256, 512};

    private static final System.Logger LOG = System.getLogger(AppIcon.class.getName());
    private static List<Image> images;

    private AppIcon() {}

    /** The icon at every size, loaded once; on the FX thread. */
    public static synchronized List<Image> images() {
        if (images == null) {
            List<Image> loaded = new ArrayList<>();
            for (int size : SIZES) {
                String name = "/dev/blockdesk/ui/icons/blockdesk-" + size + ".png";
                try (InputStream in = AppIcon.class.getResourceAsStream(name)) {
                    if (in == null) {
                        throw new IllegalStateException(
                                "the icon " + name + " is part of the application and must be in the jar");
                    }
                    loaded.add(new Image(in));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the icon " + name, e);
                }
            }
            images = List.copyOf(loaded);
        }
        return images;
    }

    /**
     * Gives the icon to each window in {@code windows} ({@code Window.getWindows()}) that is a
     * stage without icons of its own, now and whenever one opens: the main window, dialogs, alerts,
     * the sandbox, the playground. Popups (menus, tooltips) are not stages and have no icon.
     */
    public static void follow(ObservableList<Window> windows) {
        List.copyOf(windows).forEach(AppIcon::give);
        windows.addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(AppIcon::give);
            }
        });
    }

    /** The icon on {@code stage}, unless it has icons already; before or after it is shown. */
    public static void give(Window window) {
        if (window instanceof Stage stage && stage.getIcons().isEmpty()) {
            stage.getIcons().setAll(images());
        }
    }

    /**
     * Names the application {@value #WINDOW_CLASS} in the windowing toolkit, so its windows carry
     * that class (on X11, {@code WM_CLASS "blockdesk", "blockdesk"}) instead of the Java class
     * that launched them: the desktop then matches them to the menu entry and its icon. JavaFX has
     * no public way to do this. Its toolkit's application object takes one name only, the first
     * given; JavaFX gives the Application class's name just after constructing it, on the FX
     * thread, so this is called from the constructor. Where that object is not reachable (JavaFX
     * on the module path without its internals exported), the windows keep JavaFX's class name,
     * and the log says so.
     */
    public static void nameApplication() {
        try {
            com.sun.glass.ui.Application.GetApplication().setName(WINDOW_CLASS);
        } catch (RuntimeException | IllegalAccessError e) {
            LOG.log(System.Logger.Level.WARNING, "the windows keep JavaFX's window class: " + e);
        }
    }
}
