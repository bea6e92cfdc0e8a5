package dev.blockdesk.ui.shell;

import dev.blockdesk.ui.i18n.Messages;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * Help → Show log file: the end of the log in a window of its own, so it can be read on a desktop
 * that has no program registered for it; "Open with the desktop" hands it to one when there is.
 */
final class LogViewer {

    /** How much of the end of the log is shown. */
    static final int TAIL_BYTES = 128 * 1024;

    private LogViewer() {}

    /** The last {@link #TAIL_BYTES} of {@code file}, from the first whole line; a note when there is no log yet. */
    static String tail(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Messages.tr("log.none", file.toString());
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            long from = Math.max(0, length - TAIL_BYTES);
            byte[] bytes = new byte[(int) (length - from)];
            in.seek(from);
            in.readFully(bytes);
            String text = new String(bytes, StandardCharsets.UTF_8);
            int firstLine = from == 0 ? 0 : text.indexOf('\n') + 1;
            return text.substring(firstLine);
        }
    }

    static void show(Window owner, Path file, String text, Runnable openWithDesktop) {
        ButtonType open = new ButtonType(Messages.tr("log.open"), ButtonBar.ButtonData.LEFT);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", open, ButtonType.CLOSE);
        alert.setTitle(Messages.tr("log.title"));
        alert.setHeaderText(file.toString());
        TextArea area = new TextArea(text);
        area.setEditable(false);
        area.getStyleClass().add("mono");
        area.setPrefColumnCount(110);
        area.setPrefRowCount(24);
        area.positionCaret(text.length());
        area.setId("logArea");
        alert.getDialogPane().setContent(area);
        ((Region) alert.getDialogPane().lookupButton(open))
                .setMinWidth(Region.USE_PREF_SIZE); // its whole name in every language, never "…"
        alert.setResizable(true);
        alert.initOwner(owner);
        alert.showAndWait().filter(open::equals).ifPresent(button -> openWithDesktop.run());
    }
}
