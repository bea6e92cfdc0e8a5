package dev.blockdesk.ui.shell;

import dev.blockdesk.ui.newchain.ChainStarter;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * What the window's controller needs from the application around it.
 *
 * @param dataDir      the data directory, for "Open data folder"
 * @param logFile      the log file, for "Show log file"
 * @param saveSetting  remembers a setting in the data directory
 * @param showDocument opens a folder, file or URL with the desktop
 * @param applyTheme   switches between the light (false) and dark (true) theme
 * @param dark         whether the dark theme is on at start
 * @param files        asks the user for chain files
 * @param zoom         the text size of every window, Ctrl+Plus/Minus/0
 * @param newChain     starts a new chain (File → New chain…), or null where there is none to start
 */
public record DesktopContext(
        Path dataDir,
        Path logFile,
        BiConsumer<String, String> saveSetting,
        Consumer<String> showDocument,
        Consumer<Boolean> applyTheme,
        boolean dark,
        FileDialogs files,
        Zoom zoom,
        ChainStarter newChain) {

    /** A context without File → New chain…. */
    public DesktopContext(
            Path dataDir,
            Path logFile,
            BiConsumer<String, String> saveSetting,
            Consumer<String> showDocument,
            Consumer<Boolean> applyTheme,
            boolean dark,
            FileDialogs files,
            Zoom zoom) {
        this(dataDir, logFile, saveSetting, showDocument, applyTheme, dark, files, zoom, null);
    }
}
