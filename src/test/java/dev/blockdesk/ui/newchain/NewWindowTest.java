package dev.blockdesk.ui.newchain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command that opens a second window: this JVM's java, this class path made absolute, the launcher and the data directory. */
class NewWindowTest {

    @TempDir
    Path dir;

    @Test
    void opensTheLauncherOnTheNewDataDirectoryWithThisJvmAndClassPath() {
        List<String> command = NewWindow.command(dir.resolve("class-chain"));
        assertEquals(ProcessHandle.current().info().command().orElseThrow(), command.get(0));
        assertEquals("-cp", command.get(1));
        for (String entry : command.get(2).split(File.pathSeparator)) {
            assertTrue(Path.of(entry).isAbsolute(), entry);
        }
        assertEquals(
                System.getProperty("java.class.path").split(File.pathSeparator).length,
                command.get(2).split(File.pathSeparator).length);
        assertEquals(
                List.of(
                        "dev.blockdesk.ui.Launcher",
                        "--data-dir",
                        dir.resolve("class-chain").toAbsolutePath().toString()),
                command.subList(3, command.size()));
    }

    @Test
    void aJvmWithJavaFxOnTheModulePathPassesItOnAsMvnJavafxRunStartsIt() {
        List<String> command = NewWindow.command(
                dir.resolve("c"),
                "target/classes",
                "lib/javafx-base.jar" + File.pathSeparator + "lib/javafx-controls.jar");
        assertEquals(
                List.of(
                        "--module-path",
                        Path.of("lib/javafx-base.jar").toAbsolutePath()
                                + File.pathSeparator
                                + Path.of("lib/javafx-controls.jar").toAbsolutePath(),
                        "--add-modules",
                        "ALL-MODULE-PATH",
                        "-cp",
                        Path.of("target/classes").toAbsolutePath().toString()),
                command.subList(1, 7));
    }
}
