package dev.blockdesk.app;

import picocli.CommandLine;

/** The jar's entry point. A plain class, so the JavaFX runtime is not needed to read --help. */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(BlockdeskCommand.commandLine().execute(args));
    }
}
