package dev.blockdesk.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The data directory used when none is given ({@code --data-dir}), and why: each system's folder
 * for an application's data, unless the one every earlier Blockdesk used, {@code ~/.blockdesk},
 * exists, which then stays in use, so no one's chain is left behind unseen.
 *
 * <ul>
 *   <li>Linux and other Unix: {@code $XDG_DATA_HOME/blockdesk}, {@code ~/.local/share/blockdesk}
 *       when XDG_DATA_HOME is unset, empty or relative (the XDG Base Directory specification);</li>
 *   <li>macOS: {@code ~/Library/Application Support/Blockdesk};</li>
 *   <li>Windows: {@code %APPDATA%\Blockdesk}, {@code ~\AppData\Roaming\Blockdesk} when APPDATA is unset.</li>
 * </ul>
 *
 * @param path the data directory
 * @param why  one sentence for the log: which directory, and why that one
 */
public record DefaultDataDirectory(Path path, String why) {

    /**
     * For the help of {@code --data-dir}: a picocli description, so a format string ({@code %%} is
     * one per cent sign).
     */
    public static final String DESCRIPTION =
            "this system's data folder: ~/.local/share/blockdesk (or $XDG_DATA_HOME/blockdesk)"
                    + " on Linux, ~/Library/Application Support/Blockdesk on macOS, %%APPDATA%%\\Blockdesk on Windows;"
                    + " but ~/.blockdesk if it exists";

    /** The directory of Blockdesk before 0.1: {@code ~/.blockdesk}. */
    public static Path legacy(Path home) {
        return home.resolve(".blockdesk");
    }

    /** The choice on this system, for this user. */
    public static DefaultDataDirectory ofThisSystem() {
        Path home = Path.of(System.getProperty("user.home"));
        return choose(System.getProperty("os.name", ""), System.getenv(), home, Files.isDirectory(legacy(home)));
    }

    /**
     * The choice for a system: a function of its inputs only.
     *
     * @param osName       {@code os.name}: "Linux", "Mac OS X", "Windows 11", …
     * @param env          the environment (XDG_DATA_HOME, APPDATA)
     * @param home         {@code user.home}
     * @param legacyExists whether {@code home/.blockdesk} is a directory
     */
    public static DefaultDataDirectory choose(String osName, Map<String, String> env, Path home, boolean legacyExists) {
        Path perSystem = perSystem(osName, env, home);
        if (legacyExists) {
            return new DefaultDataDirectory(
                    legacy(home),
                    "data directory " + legacy(home)
                            + ": it exists, so Blockdesk keeps using it (without it, Blockdesk would use " + perSystem
                            + "; move it there to follow this system's convention)");
        }
        return new DefaultDataDirectory(
                perSystem,
                "data directory " + perSystem + ": this system's folder for application data"
                        + " (give another with --data-dir)");
    }

    private static Path perSystem(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path roaming = appData == null || appData.isBlank()
                    ? home.resolve("AppData").resolve("Roaming")
                    : Path.of(appData);
            return roaming.resolve("Blockdesk");
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return home.resolve("Library").resolve("Application Support").resolve("Blockdesk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // the specification: a relative path in XDG_DATA_HOME is invalid and is ignored
        Path dataHome = xdg == null || xdg.isBlank() || !Path.of(xdg).isAbsolute()
                ? home.resolve(".local").resolve("share")
                : Path.of(xdg);
        return dataHome.resolve("blockdesk");
    }
}
