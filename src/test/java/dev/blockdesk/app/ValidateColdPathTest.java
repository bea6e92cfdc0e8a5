package dev.blockdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a cold {@code blockdesk validate FILE} loads, seen from a child JVM's class-loading log: none of
 * JavaFX, SQLite, picocli, java.sql, logging or the HTTP server, which the validate path does not need
 * (each costs start-up time). The same log for a command line picocli parses shows picocli, so the
 * check sees what it looks for.
 */
class ValidateColdPathTest {

    private static final Pattern LOADED = Pattern.compile("\\[class,load\\] (\\S+) source");
    private static final List<String> NOT_ON_THE_PATH = List.of(
            "javafx.",
            "com.sun.javafx.",
            "com.sun.glass.",
            "com.sun.prism.",
            "org.sqlite.",
            "picocli.",
            "java.sql.",
            "java.util.logging.",
            "com.sun.net.httpserver.",
            "java.net.http.",
            "java.awt.");

    @TempDir
    Path dir;

    private record Loaded(int exit, String output, List<String> classes) {
        List<String> offPath() {
            return classes.stream()
                    .filter(c -> NOT_ON_THE_PATH.stream().anyMatch(c::startsWith))
                    .toList();
        }
    }

    private Loaded launch(String... args) throws Exception {
        Path log = dir.resolve("classes-" + System.nanoTime() + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(
                java,
                "-Xlog:class+load=info:file=" + log,
                "-Xshare:auto",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.blockdesk.ui.Launcher"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the child JVM did not finish");
        List<String> classes = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            Matcher m = LOADED.matcher(line);
            if (m.find()) {
                classes.add(m.group(1));
            }
        }
        return new Loaded(process.exitValue(), output, classes);
    }

    @Test
    void validateLoadsNoneOfTheDesktopStoreOrCommandLineLibraries() throws Exception {
        Path chain;
        try (InputStream in = getClass().getResourceAsStream("/vectors/python-chain.json")) {
            chain = Files.write(dir.resolve("chain.json"), in.readAllBytes());
        }
        Loaded quick = launch("validate", chain.toString());
        assertEquals(0, quick.exit(), quick.output());
        assertEquals("VALID 7 blocks (dvf)", quick.output().strip());
        assertTrue(quick.classes().contains(QuickValidate.class.getName()), "the log lists the classes loaded");
        assertEquals(List.of(), quick.offPath());

        Loaded parsed = launch("validate", "--difficulty=4", "--", chain.toString());
        assertEquals("VALID 7 blocks (dvf)", parsed.output().strip());
        assertTrue(parsed.offPath().contains("picocli.CommandLine"), "picocli parses '--': " + parsed.offPath());
    }
}
