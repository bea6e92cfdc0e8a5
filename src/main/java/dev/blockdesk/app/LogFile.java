package dev.blockdesk.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The data directory's log file (design.md): a rotating {@link FileHandler} on the root logger, so
 * every record the console shows is also kept in {@code blockdesk.log.0} in the data directory,
 * in the console's one-line format ({@code java.util.logging.SimpleFormatter.format}), UTF-8.
 *
 * <p>At most {@link #FILES} files of {@link #LIMIT_BYTES} each ({@code blockdesk.log.0} is the
 * current one, {@code .1} and {@code .2} the older ones), appended to across restarts. The JDK's
 * handler names the current file {@code .0}; its lock file {@code blockdesk.log.0.lck} lives
 * while the handler is open.
 *
 * <p>One log file per process: installing for the same directory again returns the installed one,
 * installing for another directory replaces it. A file that cannot be opened is a warning on the
 * console, never a failure: the node runs on without a log file ({@link #writing()}).
 */
public final class LogFile {

    /** The current file's name; the older files are {@code blockdesk.log.1}, {@code .2}. */
    public static final String FILE_NAME = "blockdesk.log.0";

    static final int LIMIT_BYTES = 1 << 20;
    static final int FILES = 3;

    private static final System.Logger LOG = System.getLogger(LogFile.class.getName());
    private static final Object LOCK = new Object();
    private static LogFile installed;

    private final Path directory;
    private final Path path;
    private final FileHandler handler;

    private LogFile(Path directory, FileHandler handler) {
        this.directory = directory;
        this.path = directory.resolve(FILE_NAME);
        this.handler = handler;
    }

    /** Logs to {@code dataDir/blockdesk.log.0}, 1 MiB x 3 files; see the class comment. */
    public static LogFile install(Path dataDir) {
        return install(dataDir, LIMIT_BYTES, FILES);
    }

    static LogFile install(Path dataDir, int limitBytes, int count) {
        Path directory = dataDir.toAbsolutePath().normalize();
        synchronized (LOCK) {
            if (installed != null && installed.directory.equals(directory) && installed.writing()) {
                return installed;
            }
            if (installed != null) {
                installed.close();
            }
            LogFile logFile = new LogFile(directory, open(directory, limitBytes, count));
            if (logFile.handler != null) {
                Logger.getLogger("").addHandler(logFile.handler);
            }
            for (Handler console : Logger.getLogger("").getHandlers()) {
                if (console instanceof ConsoleHandler) {
                    console.setFormatter(new EnglishFormatter());
                }
            }
            installed = logFile;
            return logFile;
        }
    }

    private static FileHandler open(Path directory, int limitBytes, int count) {
        try {
            Files.createDirectories(directory);
            FileHandler handler = new FileHandler(pattern(directory), limitBytes, count, true);
            handler.setEncoding(StandardCharsets.UTF_8.name());
            handler.setFormatter(new EnglishFormatter());
            handler.setLevel(Level.ALL);
            return handler;
        } catch (IOException e) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "cannot write the log file " + directory.resolve(FILE_NAME) + " (" + e
                            + "); logging to the console only");
            return null;
        }
    }

    /**
     * The FileHandler pattern for {@code blockdesk.log} in {@code directory}: {@code %} is special
     * in patterns ({@code %t}, {@code %h}, {@code %g}, {@code %u}), so a literal one is {@code %%}.
     * The handler adds the generation ({@code .0}, {@code .1}, ...) itself.
     */
    static String pattern(Path directory) {
        return directory.resolve("blockdesk.log").toString().replace("%", "%%");
    }

    /** The current log file, {@code dataDir/blockdesk.log.0}, whether or not it is being written. */
    public Path path() {
        return path;
    }

    /** Whether records are written to {@link #path()}; false when the file could not be opened. */
    public boolean writing() {
        return handler != null;
    }

    /** Flushes and closes the file and takes its handler off the root logger; closing twice is harmless. */
    public void close() {
        synchronized (LOCK) {
            if (installed == this) {
                installed = null;
            }
            if (handler != null) {
                Logger.getLogger("").removeHandler(handler);
                handler.close();
            }
        }
    }

    @Override
    public String toString() {
        return (writing() ? "logging to " : "not logging to ") + path;
    }

    /**
     * SimpleFormatter's one-line format ({@code java.util.logging.SimpleFormatter.format}), in
     * English whatever language the window speaks: the level's own name (INFO, not 정보) and the
     * date in ISO digits. The log is read by people and scripts in any language.
     */
    static final class EnglishFormatter extends SimpleFormatter {

        private final String format = System.getProperty(
                "java.util.logging.SimpleFormatter.format",
                "%1$tb %1$td, %1$tY %1$tl:%1$tM:%1$tS %1$Tp %2$s%n%4$s: %5$s%6$s%n"); // SimpleFormatter's default

        @Override
        public String format(LogRecord record) {
            ZonedDateTime time = ZonedDateTime.ofInstant(record.getInstant(), ZoneId.systemDefault());
            String source = record.getSourceClassName() == null
                    ? record.getLoggerName()
                    : record.getSourceClassName()
                            + (record.getSourceMethodName() == null ? "" : " " + record.getSourceMethodName());
            String thrown = "";
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                try (PrintWriter out = new PrintWriter(trace)) {
                    out.println();
                    record.getThrown().printStackTrace(out);
                }
                thrown = trace.toString();
            }
            return String.format(
                    Locale.ROOT,
                    format,
                    time,
                    source,
                    record.getLoggerName(),
                    record.getLevel().getName(),
                    formatMessage(record),
                    thrown);
        }
    }
}
