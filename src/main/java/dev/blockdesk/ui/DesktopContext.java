package dev.blockdesk.ui;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * What the window's controller needs from the application around it.
 *
 * @param dataDir      the data directory, for "Open data folder"
 * @param background   where disk and network work runs
 * @param saveSetting  remembers a setting in the data directory
 * @param showDocument opens a folder or URL with the desktop
 * @param applyTheme   switches between the light (false) and dark (true) theme
 * @param dark         whether the dark theme is on at start
 */
public record DesktopContext(Path dataDir, Executor background, BiConsumer<String, String> saveSetting,
                             Consumer<String> showDocument, Consumer<Boolean> applyTheme, boolean dark) {
}
