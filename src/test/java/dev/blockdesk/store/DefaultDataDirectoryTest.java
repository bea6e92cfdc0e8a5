package dev.blockdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Where Blockdesk keeps its data when no {@code --data-dir} is given, on each system, worked out
 * from made-up homes and environments: the real home is never looked at.
 */
class DefaultDataDirectoryTest {

    private static final Path LINUX_HOME = Path.of("/home/ana");
    private static final Path MAC_HOME = Path.of("/Users/ana");
    private static final Path WINDOWS_HOME = Path.of("C:\\Users\\ana");
    private static final String APPDATA = "C:\\Users\\ana\\AppData\\Roaming";

    private static Path chosen(String os, Map<String, String> env, Path home) {
        return DefaultDataDirectory.choose(os, env, home, false).path();
    }

    @Test
    void linuxUsesXdgDataHomeOrLocalShare() {
        assertEquals(Path.of("/home/ana/.local/share/blockdesk"), chosen("Linux", Map.of(), LINUX_HOME));
        assertEquals(Path.of("/data/ana/blockdesk"), chosen("Linux", Map.of("XDG_DATA_HOME", "/data/ana"), LINUX_HOME));
    }

    @Test
    void anEmptyOrRelativeXdgDataHomeIsIgnoredAsTheSpecificationSays() {
        assertEquals(
                Path.of("/home/ana/.local/share/blockdesk"), chosen("Linux", Map.of("XDG_DATA_HOME", ""), LINUX_HOME));
        assertEquals(
                Path.of("/home/ana/.local/share/blockdesk"),
                chosen("Linux", Map.of("XDG_DATA_HOME", "share"), LINUX_HOME));
    }

    @Test
    void otherUnixesFollowXdgToo() {
        assertEquals(Path.of("/home/ana/.local/share/blockdesk"), chosen("FreeBSD", Map.of(), LINUX_HOME));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertEquals(
                Path.of("/Users/ana/Library/Application Support/Blockdesk"), chosen("Mac OS X", Map.of(), MAC_HOME));
        assertEquals(
                Path.of("/Users/ana/Library/Application Support/Blockdesk"),
                chosen("Mac OS X", Map.of("XDG_DATA_HOME", "/Users/ana/xdg"), MAC_HOME),
                "XDG is not macOS's convention");
    }

    @Test
    void windowsUsesAppData() {
        assertEquals(Path.of(APPDATA, "Blockdesk"), chosen("Windows 11", Map.of("APPDATA", APPDATA), WINDOWS_HOME));
        assertEquals(
                WINDOWS_HOME.resolve("AppData").resolve("Roaming").resolve("Blockdesk"),
                chosen("Windows 10", Map.of(), WINDOWS_HOME),
                "without APPDATA, where Windows puts it");
    }

    @Test
    void anExistingDotBlockdeskKeepsBeingUsedOnEverySystem() {
        assertEquals(
                Path.of("/home/ana/.blockdesk"),
                DefaultDataDirectory.choose("Linux", Map.of("XDG_DATA_HOME", "/data/ana"), LINUX_HOME, true)
                        .path());
        assertEquals(
                Path.of("/Users/ana/.blockdesk"),
                DefaultDataDirectory.choose("Mac OS X", Map.of(), MAC_HOME, true)
                        .path());
        assertEquals(
                WINDOWS_HOME.resolve(".blockdesk"),
                DefaultDataDirectory.choose("Windows 11", Map.of("APPDATA", APPDATA), WINDOWS_HOME, true)
                        .path());
    }

    @Test
    void theLogSaysWhichDirectoryAndWhy() {
        DefaultDataDirectory legacy = DefaultDataDirectory.choose("Linux", Map.of(), LINUX_HOME, true);
        assertEquals(
                "data directory /home/ana/.blockdesk: it exists, so Blockdesk keeps using it (without it, Blockdesk would use"
                        + " /home/ana/.local/share/blockdesk; move it there to follow this system's convention)",
                legacy.why());

        DefaultDataDirectory fresh = DefaultDataDirectory.choose("Linux", Map.of(), LINUX_HOME, false);
        assertEquals(
                "data directory /home/ana/.local/share/blockdesk: this system's folder for application data"
                        + " (give another with --data-dir)",
                fresh.why());
    }

    @Test
    void theHelpNamesEverySystemsFolder() {
        for (String folder : new String[] {
            "~/.blockdesk",
            "~/.local/share/blockdesk",
            "~/Library/Application Support/Blockdesk",
            "%APPDATA%\\Blockdesk"
        }) {
            assertTrue(
                    String.format(DefaultDataDirectory.DESCRIPTION).contains(folder),
                    folder + ", as picocli formats it");
        }
    }
}
