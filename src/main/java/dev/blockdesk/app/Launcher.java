package dev.blockdesk.app;


/** The jar's entry point. A plain class, so the JavaFX runtime is not needed to read --help. */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
            System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        }
        System.exit(BlockdeskCommand.commandLine().execute(args));
    }
}
