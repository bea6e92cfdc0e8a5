package dev.blockdesk.ui.newchain;

import static dev.blockdesk.ui.i18n.Messages.tr;

import dev.blockdesk.ui.Launcher;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Opens a second Blockdesk window, a process of its own, on another data directory: the java
 * command of this JVM ({@link ProcessHandle}), this application's class path (made absolute, so the
 * working directory does not matter) and {@code --data-dir DIR}. The data directory holds the
 * chain's dialect, difficulty and reward, so no other option is needed, and the new window takes
 * the next free port after 5000 as every window does. Its output goes to a file in that directory.
 */
public final class NewWindow {

    /** Where the new window's output goes, in its data directory. */
    public static final String OUTPUT_FILE = "window-output.log";
    /** How long the new process is watched for failing at once. */
    public static final Duration WATCH = Duration.ofSeconds(3);

    private static final int OUTPUT_SHOWN = 600;

    private NewWindow() {}

    /** The command that opens a window on {@code dataDir}. */
    public static List<String> command(Path dataDir) {
        return command(dataDir, System.getProperty("java.class.path"), System.getProperty("jdk.module.path"));
    }

    /**
     * The command for a JVM started with {@code classPath} and {@code modulePath} (null or empty when
     * none: under {@code mvn javafx:run} JavaFX is on the module path, and the new window needs it too).
     */
    static List<String> command(Path dataDir, String classPath, String modulePath) {
        String java = ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java));
        if (modulePath != null && !modulePath.isBlank()) {
            command.addAll(List.of("--module-path", absolute(modulePath), "--add-modules", "ALL-MODULE-PATH"));
        }
        command.addAll(List.of(
                "-cp",
                absolute(classPath),
                Launcher.class.getName(),
                "--data-dir",
                dataDir.toAbsolutePath().toString()));
        return command;
    }

    /** A path list with each entry made absolute: the new process may start in another directory. */
    private static String absolute(String paths) {
        List<String> entries = new ArrayList<>();
        for (String entry : paths.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(Path.of(entry).toAbsolutePath().toString());
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    /**
     * Starts the window and watches it for {@link #WATCH}: a process that ends in that time failed
     * to start, and its output says why.
     *
     * @return the new process's id
     * @throws IOException when it cannot be started or ended at once, with the tail of its output
     */
    public static long open(Path dataDir) throws IOException, InterruptedException {
        Path output = dataDir.resolve(OUTPUT_FILE);
        Process process = new ProcessBuilder(command(dataDir))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()))
                .start();
        if (process.waitFor(WATCH.toMillis(), TimeUnit.MILLISECONDS)) {
            String code = String.valueOf(process.exitValue());
            Optional<String> said = tail(output);
            throw new IOException(
                    said.isPresent()
                            ? tr("newchain.window.endedAtOnceSaying", code, said.get())
                            : tr("newchain.window.endedAtOnce", code));
        }
        return process.pid();
    }

    private static Optional<String> tail(Path output) {
        try {
            String text = Files.readString(output, StandardCharsets.UTF_8).strip();
            return text.isEmpty()
                    ? Optional.empty()
                    : Optional.of(
                            text.length() <= OUTPUT_SHOWN ? text : "…" + text.substring(text.length() - OUTPUT_SHOWN));
        } catch (IOException e) {
            return Optional.of(
                    tr("newchain.window.outputUnreadable", output.toString(), String.valueOf(e.getMessage())));
        }
    }
}
