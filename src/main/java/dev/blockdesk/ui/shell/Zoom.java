package dev.blockdesk.ui.shell;

import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.stage.Window;
import javafx.util.Callback;

/**
 * The size of the text in every window, for a projector at the back of a room: Ctrl+Plus,
 * Ctrl+Minus and Ctrl+0 step through {@link #STEPS}, and the choice is remembered. The theme sizes
 * its text and most of its spacing in em, so setting the font size on each scene's root scales the
 * whole window; every window the application opens (the sandbox, dialogs) follows, and the keys work
 * in each of them.
 */
public final class Zoom {

    /** The setting that remembers the zoom, in percent. */
    public static final String SETTING = "zoom";
    /** The zoom levels, in percent. */
    static final int[] STEPS = {80, 90, 100, 110, 125, 150, 175, 200};

    static final int ACTUAL_SIZE = 100;
    /** The theme's own text size (AtlantaFX Primer sets 14px on the root). */
    static final double THEME_FONT_PX = 14;

    private static final String BASE_WIDTH = "blockdesk.zoom.base-width";
    /** Room in a header beside its text, in em: the padding on both sides and the sort arrow. */
    private static final double HEADER_ROOM_EM = 2.2;

    private static final String BASE_POLICY = "blockdesk.zoom.base-policy";
    private static final Pattern FONT_SIZE = Pattern.compile("-fx-font-size:[^;]*;?");

    private final ReadOnlyIntegerWrapper percent;
    private final EventHandler<KeyEvent> keys = this::key;
    /** The scenes that follow the zoom; a closed window's scene is let go. */
    private final Map<Scene, Boolean> scenes = new WeakHashMap<>();
    /** The windows listened to for a new scene; a closed one is let go. */
    private final Map<Window, Boolean> listened = new WeakHashMap<>();
    /** The stylesheet of the fonts for the language in use, looked up once; empty for English or where the system's fallback is kept. */

    /** @param stored the remembered zoom in percent, e.g. from the {@link #SETTING} setting; snapped to a step */
    public Zoom(int stored, Consumer<String> save) {
        this.percent = new ReadOnlyIntegerWrapper(nearest(stored));
        this.percent.addListener((o, was, now) -> {
            save.accept(Integer.toString(now.intValue()));
            List.copyOf(scenes.keySet()).forEach(this::apply);
        });
    }

    public ReadOnlyIntegerProperty percentProperty() {
        return percent.getReadOnlyProperty();
    }

    public void zoomIn() {
        for (int step : STEPS) {
            if (step > percent.get()) {
                percent.set(step);
                return;
            }
        }
    }

    public void zoomOut() {
        for (int i = STEPS.length - 1; i >= 0; i--) {
            if (STEPS[i] < percent.get()) {
                percent.set(STEPS[i]);
                return;
            }
        }
    }

    public void actualSize() {
        percent.set(ACTUAL_SIZE);
    }

    /** The root font size at this zoom, in pixels. */
    public double fontPx() {
        return THEME_FONT_PX * percent.get() / 100.0;
    }

    /** The step closest to {@code percent}: a damaged or hand-edited setting still gives a zoom the keys can leave. */
    static int nearest(int percent) {
        int best = ACTUAL_SIZE;
        for (int step : STEPS) {
            if (Math.abs(step - percent) < Math.abs(best - percent)) {
                best = step;
            }
        }
        return best;
    }

    /** {@code style} with its font size replaced by {@code px}: a root's other inline styles are kept. */
    static String withFontSize(String style, double px) {
        String rest =
                style == null ? "" : FONT_SIZE.matcher(style).replaceAll("").strip();
        String size = String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", px);
        return rest.isEmpty() ? size : rest + (rest.endsWith(";") ? " " : "; ") + size;
    }

    /**
     * Applies the zoom to each window in {@code windows} ({@code Window.getWindows()}), now and
     * whenever one opens or the zoom changes, and listens to the zoom keys in each.
     */
    public void follow(ObservableList<Window> windows) {
        windows.forEach(this::attach);
        windows.addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::attach);
            }
        });
    }

    /** Applies the zoom to one scene and listens to the zoom keys in it; for a scene before its window is shown. */
    public void attach(Scene scene) {
        if (scene == null) {
            return;
        }
        if (scenes.put(scene, Boolean.TRUE) != null) {
            return; // followed already: a change of zoom or of its root reaches it without another pass over its tables
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        apply(scene);
        scene.rootProperty().addListener((o, was, root) -> apply(scene));
    }

    /** A window seen again (a menu or tooltip popup is added to the windows each time it shows) is listened to once. */
    private void attach(Window window) {
        attach(window.getScene());
        if (listened.put(window, Boolean.TRUE) == null) {
            window.sceneProperty().addListener((o, was, scene) -> attach(scene));
        }
    }

    private void apply(Scene scene) {
        if (scene != null && scene.getRoot() != null) {
            Parent root = scene.getRoot();
            root.setStyle(withFontSize(root.getStyle(), fontPx()));
            root.applyCss(); // the skins exist, so every table is found
            root.lookupAll(".table-view").forEach(this::scaleColumns);
        }
    }

    /**
     * A table's columns have widths in pixels (the FXML's): they grow with the text, or a zoomed
     * header or cell would end in an ellipsis. Each column's width at 100% is kept in its properties.
     * A table that fits its columns to its width would squeeze them back: zoomed in, it lets them be
     * as wide as they are and scrolls sideways instead, and it gets its own policy back at 100%.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void scaleColumns(Node node) {
        if (node instanceof TableView table) {
            double factor = percent.get() / 100.0;
            Object policy = table.getProperties().computeIfAbsent(BASE_POLICY, key -> table.getColumnResizePolicy());
            table.setColumnResizePolicy(factor > 1 ? TableView.UNCONSTRAINED_RESIZE_POLICY : (Callback) policy);
            scale(
                    table.getColumns(),
                    factor,
                    factor > 1 ? Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, fontPx()) : null);
        }
    }

    /**
     * Each column at its 100% width times {@code factor}, and zoomed in at least as wide as its
     * header: a column that was narrow at 100% may have been widened by a table that fits its
     * columns to its width, which a zoomed table no longer does.
     *
     * @param header the headers' font, or null at 100% and below
     */
    private static void scale(List<? extends TableColumnBase<?, ?>> columns, double factor, Font header) {
        for (TableColumnBase<?, ?> column : columns) {
            Object base = column.getProperties().computeIfAbsent(BASE_WIDTH, key -> column.getPrefWidth());
            double width = (Double) base * factor;
            if (header != null && column.getText() != null) {
                Text text = new Text(column.getText());
                text.setFont(header);
                width = Math.max(
                        width, Math.ceil(text.getLayoutBounds().getWidth() + HEADER_ROOM_EM * header.getSize()));
            }
            column.setPrefWidth(width);
            scale(column.getColumns(), factor, header);
        }
    }

    /** Ctrl+Plus (or Ctrl+=, as on keyboards where + needs Shift), Ctrl+Minus, Ctrl+0, with the keypad's keys too. */
    private void key(KeyEvent event) {
        if (!event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        KeyCode code = event.getCode();
        if (code == KeyCode.PLUS || code == KeyCode.EQUALS || code == KeyCode.ADD) {
            zoomIn();
        } else if (code == KeyCode.MINUS || code == KeyCode.SUBTRACT) {
            zoomOut();
        } else if (code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0) {
            actualSize();
        } else {
            return;
        }
        event.consume();
    }
}
