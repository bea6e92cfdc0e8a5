package dev.blockdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code blockdesk} shell launcher the build puts next to the jar (src/main/dist/blockdesk), run
 * with a stand-in {@code java} that prints the arguments it was given: the class-data sharing archive
 * only when it is there, the quick JIT tier only for short runs (help, or a file up to 16 MiB), the user's
 * arguments untouched.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherScriptTest {

    @TempDir
    Path temp;

    private Path dir;
    private Path fakeJavaHome;

    @BeforeEach
    void install() throws Exception {
        dir = Files.createDirectories(temp.resolve("install dir")).toRealPath();
        Path script = Files.copy(Path.of("src/main/dist/blockdesk"), dir.resolve("blockdesk"));
        assertTrue(script.toFile().setExecutable(true));
        Files.writeString(dir.resolve("blockdesk.jar"), "not run");
        fakeJavaHome = temp.resolve("jdk");
        Path java = Files.createDirectories(fakeJavaHome.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\nexit 3\n");
        assertTrue(java.toFile().setExecutable(true));
    }

    /** The arguments the launcher gave java; its exit code must be java's. */
    private List<String> javaArgs(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(dir.resolve("blockdesk").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("BLOCKDESK_JAVA_OPTS");
        builder.environment().put("JAVA_HOME", fakeJavaHome.toString());
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the launcher did not finish");
        assertEquals(3, process.exitValue(), output);
        return output.lines().toList();
    }

    @Test
    void withoutAnArchiveItRunsTheJarWithTheArgumentsAsGiven() throws Exception {
        String jar = dir.resolve("blockdesk.jar").toString();
        assertEquals(
                List.of(
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        "-jar",
                        jar,
                        "validate",
                        "my chain *.json",
                        "--difficulty",
                        "2"),
                javaArgs(Map.of(), "validate", "my chain *.json", "--difficulty", "2"));
        assertEquals(List.of("-jar", jar, "node", "--port", "0"), javaArgs(Map.of(), "node", "--port", "0"));
        assertEquals(List.of("-jar", jar, "export", "c.json"), javaArgs(Map.of(), "export", "c.json"));
        assertEquals(
                List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar, "--version"),
                javaArgs(Map.of(), "--version"));
        assertEquals(List.of("-jar", jar), javaArgs(Map.of()), "no command: the desktop, with the JVM's defaults");
    }

    @Test
    void aFileOver16MiBGetsTheOptimizingCompiler() throws Exception {
        Path small = Files.writeString(temp.resolve("small.json"), "[]");
        Path large = temp.resolve("large.json");
        try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
            file.setLength(16 * 1024 * 1024 + 1);
        }
        String jar = dir.resolve("blockdesk.jar").toString();
        assertEquals(
                List.of(
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        "-jar",
                        jar,
                        "import",
                        "--data-dir",
                        temp.toString(),
                        small.toString()),
                javaArgs(Map.of(), "import", "--data-dir", temp.toString(), small.toString()));
        assertEquals(
                List.of("-jar", jar, "validate", large.toString()), javaArgs(Map.of(), "validate", large.toString()));
        assertEquals(List.of("-jar", jar, "hash", large.toString()), javaArgs(Map.of(), "hash", large.toString()));
    }

    @Test
    void aJdk23OrLaterIsAllowedJavaFxsUnsafeMemoryAccessWithoutAWarning() throws Exception {
        String jar = dir.resolve("blockdesk.jar").toString();
        Files.writeString(
                fakeJavaHome.resolve("release"), "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"25.0.3\"\n");
        assertEquals(List.of("--sun-misc-unsafe-memory-access=allow", "-jar", jar, "node"), javaArgs(Map.of(), "node"));
        Files.writeString(fakeJavaHome.resolve("release"), "JAVA_VERSION=\"23\"\n");
        assertEquals(List.of("--sun-misc-unsafe-memory-access=allow", "-jar", jar), javaArgs(Map.of()));

        Files.writeString(fakeJavaHome.resolve("release"), "JAVA_VERSION=\"22.0.2\"\n");
        assertEquals(List.of("-jar", jar, "node"), javaArgs(Map.of(), "node"), "JDK 17 to 22 do not know the option");
        Files.writeString(fakeJavaHome.resolve("release"), "JAVA_VERSION=\"17.0.15\"\n");
        assertEquals(List.of("-jar", jar, "node"), javaArgs(Map.of(), "node"));
    }

    @Test
    void usesTheArchiveNextToItAndTheUsersJavaOptions() throws Exception {
        Files.writeString(dir.resolve("blockdesk.jsa"), "archive");
        String jar = dir.resolve("blockdesk.jar").toString();
        List<String> cds = List.of(
                "-XX:SharedArchiveFile=" + dir.resolve("blockdesk.jsa"),
                "-Xshare:auto",
                "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off");
        List<String> validate = new ArrayList<>(cds);
        validate.addAll(List.of(
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx64m", "-Dx=*", "-jar", jar, "validate", "c.json"));
        assertEquals(validate, javaArgs(Map.of("BLOCKDESK_JAVA_OPTS", "-Xmx64m  -Dx=*"), "validate", "c.json"));
        List<String> node = new ArrayList<>(cds);
        node.addAll(List.of("-jar", jar, "node"));
        assertEquals(node, javaArgs(Map.of(), "node"));
    }
}
