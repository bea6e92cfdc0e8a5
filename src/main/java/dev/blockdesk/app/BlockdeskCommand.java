package dev.blockdesk.app;

import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code blockdesk}: the desktop app, and the tools that run without it. */
@Command(
        name = "blockdesk",
        mixinStandardHelpOptions = true,
        versionProvider = BlockdeskCommand.Version.class,
        description = {
            "A desktop blockchain explorer and miner, byte-compatible with the Python tutorial node.",
            "Without a command it opens the desktop window, with the options of 'blockdesk node'."
        },
        subcommands = {
            NodeCommand.class,
            ImportCommand.class,
            ExportCommand.class,
            HashCommand.class,
            ValidateCommand.class,
            BenchMineCommand.class,
            BenchNodeCommand.class,
            BenchStoreCommand.class,
            BenchHostileCommand.class,
            BenchFloodCommand.class
        })
public final class BlockdeskCommand implements Runnable {

    /** Exit code for input we cannot read at all: a missing file, malformed JSON. */
    public static final int EXIT_BAD_INPUT = 2;

    @Spec
    private CommandSpec spec;

    @Mixin
    private NodeOptions nodeOptions;

    @Mixin
    private DesktopOptions desktopOptions;

    private final Consumer<String[]> desktop;

    private BlockdeskCommand(Consumer<String[]> desktop) {
        this.desktop = desktop;
    }

    /**
     * The command line with its subcommands.
     *
     * @param desktop opens the window with the raw arguments; the ui layer passes it, so this layer knows no JavaFX
     */
    public static CommandLine commandLine(Consumer<String[]> desktop) {
        return new CommandLine(new BlockdeskCommand(desktop));
    }

    @Override
    public void run() {
        desktop.accept(spec.commandLine().getParseResult().originalArgs().toArray(String[]::new));
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"blockdesk " + BlockdeskVersion.version()};
        }
    }
}
