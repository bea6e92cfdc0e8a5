package dev.blockdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFileTest {

    private static final System.Logger LOG = System.getLogger("dev.blockdesk.x");

    @TempDir
    Path temp;

    private final List<LogFile> installed = new ArrayList<>();
    private final List<Runnable> restore = new ArrayList<>();

    @AfterEach
    void takeTheHandlersOff() {
        installed.forEach(LogFile::close);
        restore.forEach(Runnable::run);
        assertEquals(0, fileHandlers(), "a FileHandler is left on the root logger");
    }

    @Test
    void aRecordLoggedAtInfoLandsInTheFileInTheConsolesOneLineFormat() throws IOException {
        useLaunchersFormat();
        LogFile logFile = install(temp.resolve("data"));

        LOG.log(System.Logger.Level.INFO, "block 7 mined, proof 35293, héllo");
        logFile.close();

        assertTrue(logFile.writing());
        assertEquals(temp.resolve("data").resolve("blockdesk.log.0"), logFile.path());
        List<String> lines = Files.readAllLines(logFile.path(), StandardCharsets.UTF_8);
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(
                lines.get(0)
                        .matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d INFO dev\\.blockdesk\\.x: "
                                + "block 7 mined, proof 35293, héllo"),
                lines.get(0));
    }

    @Test
    void theLogStaysEnglishWhenTheWindowSpeaksKorean() throws IOException {
        useLaunchersFormat();
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.KOREAN); // as the window does for JavaFX's own texts
        restore.add(() -> Locale.setDefault(before));
        LogFile logFile = install(temp.resolve("data"));

        LOG.log(System.Logger.Level.WARNING, "could not mine: the disk is full");
        logFile.close();

        List<String> lines = Files.readAllLines(logFile.path(), StandardCharsets.UTF_8);
        assertTrue(
                lines.get(0)
                        .matches(
                                "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d WARNING dev\\.blockdesk\\.x: could not mine: the disk is full"),
                lines.get(0));
    }

    @Test
    void installingTheSameDirectoryTwiceAddsOneHandler() throws IOException {
        LogFile first = install(temp);
        LogFile second = install(temp.resolve("sub").resolve(".."));

        assertSame(first, second);
        assertEquals(1, fileHandlers());
        LOG.log(System.Logger.Level.INFO, "once");
        first.close();
        assertEquals(1, occurrences(Files.readString(first.path()), "once"));
        try (Stream<Path> files = Files.list(temp)) {
            assertEquals(
                    List.of("blockdesk.log.0"),
                    files.map(f -> f.getFileName().toString())
                            .filter(name -> !name.endsWith(".lck"))
                            .collect(Collectors.toList()));
        }
    }

    @Test
    void anotherDirectoryReplacesTheHandler() throws IOException {
        LogFile first = install(temp.resolve("a"));
        LogFile second = install(temp.resolve("b"));

        LOG.log(System.Logger.Level.INFO, "after the move");
        second.close();

        assertEquals(0, fileHandlers());
        assertFalse(Files.readString(first.path()).contains("after the move"));
        assertTrue(Files.readString(second.path()).contains("after the move"));
    }

    @Test
    void rotationKeepsTheTotalBounded() throws IOException {
        quietConsole();
        int limit = 4_096;
        LogFile logFile = LogFile.install(temp, limit, 3);
        installed.add(logFile);

        String line = "x".repeat(100);
        for (int i = 0; i < 2_000; i++) {
            LOG.log(System.Logger.Level.INFO, "record " + i + " " + line);
        }
        LOG.log(System.Logger.Level.INFO, "the last record");
        logFile.close();

        Map<String, Long> sizes = logFiles(temp);
        assertEquals(Set.of("blockdesk.log.0", "blockdesk.log.1", "blockdesk.log.2"), sizes.keySet(), sizes.toString());
        long total = sizes.values().stream().mapToLong(Long::longValue).sum();
        assertTrue(total <= 3L * (limit + 1_000), "total " + total + " bytes: " + sizes);
        assertTrue(Files.readString(logFile.path()).contains("the last record"));
    }

    @Test
    void aPercentInTheDirectoryNameIsTakenLiterally() throws IOException {
        Path dir = temp.resolve("100%g %t %h %u %% done");
        LogFile logFile = install(dir);

        LOG.log(System.Logger.Level.INFO, "in the percent directory");
        logFile.close();

        assertTrue(logFile.writing());
        assertEquals(dir.resolve("blockdesk.log.0"), logFile.path());
        assertTrue(Files.readString(logFile.path()).contains("in the percent directory"));
        assertEquals(List.of(dir.getFileName().toString()), listNames(temp));
    }

    @Test
    void anUnwritableDirectoryIsAWarningNotAFailure() throws IOException {
        Path dir = Files.createDirectory(temp.resolve("read-only"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        restore.add(() -> {
            try {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assumeFalse(Files.isWritable(dir), "running as root: the directory stays writable");

        assertNotWritingAndWarned(dir);
    }

    @Test
    void aDataDirectoryUnderAPlainFileIsAWarningNotAFailure() throws IOException {
        Path file = Files.writeString(temp.resolve("not-a-directory"), "x");

        assertNotWritingAndWarned(file.resolve("data"));
    }

    private void assertNotWritingAndWarned(Path dir) {
        List<LogRecord> warnings = captureWarnings();

        LogFile logFile = install(dir);

        assertFalse(logFile.writing());
        assertEquals(dir.resolve("blockdesk.log.0"), logFile.path());
        assertEquals(0, fileHandlers());
        assertTrue(
                warnings.stream()
                        .anyMatch(r -> r.getLevel() == Level.WARNING
                                && r.getMessage().contains(logFile.path().toString())),
                warnings.toString());
        LOG.log(System.Logger.Level.INFO, "still logging to the console");
    }

    private LogFile install(Path dir) {
        LogFile logFile = LogFile.install(dir);
        installed.add(logFile);
        return logFile;
    }

    private static long fileHandlers() {
        return Arrays.stream(Logger.getLogger("").getHandlers())
                .filter(h -> h instanceof FileHandler)
                .count();
    }

    private static int occurrences(String text, String word) {
        return text.split(word, -1).length - 1;
    }

    private static Map<String, Long> logFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> !f.getFileName().toString().endsWith(".lck"))
                    .collect(Collectors.toMap(f -> f.getFileName().toString(), LogFileTest::size));
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> listNames(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).collect(Collectors.toList());
        }
    }

    /** The format Launcher sets for the console; formatters made afterwards read it. */
    private void useLaunchersFormat() {
        String property = "java.util.logging.SimpleFormatter.format";
        String before = System.getProperty(property);
        System.setProperty(property, "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        restore.add(() -> {
            if (before == null) {
                System.clearProperty(property);
            } else {
                System.setProperty(property, before);
            }
        });
    }

    /** Keeps the thousands of rotation records off the build's console. */
    private void quietConsole() {
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            if (handler instanceof ConsoleHandler) {
                Level level = handler.getLevel();
                handler.setLevel(Level.OFF);
                restore.add(() -> handler.setLevel(level));
            }
        }
    }

    private List<LogRecord> captureWarnings() {
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger.getLogger("").addHandler(capture);
        restore.add(() -> Logger.getLogger("").removeHandler(capture));
        return records;
    }
}
