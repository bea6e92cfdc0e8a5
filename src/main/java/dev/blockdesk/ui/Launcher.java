package dev.blockdesk.ui;

import dev.blockdesk.app.BlockdeskCommand;
import dev.blockdesk.app.QuickValidate;
import dev.blockdesk.ui.shell.BlockdeskApp;
import java.util.OptionalInt;
import javafx.application.Application;

/**
 * The jar's entry point: the command line, which opens the desktop window when no command is
 * given. A plain class, not an {@link Application}, so the JavaFX runtime loads from the class path.
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) {
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
            System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        }
        OptionalInt quick = QuickValidate.run(args); // a plain `validate FILE` skips picocli's start-up
        int exit = quick.isPresent()
                ? quick.getAsInt()
                : BlockdeskCommand.commandLine(desktopArgs -> Application.launch(BlockdeskApp.class, desktopArgs))
                        .execute(args);
        System.exit(exit);
    }
}
