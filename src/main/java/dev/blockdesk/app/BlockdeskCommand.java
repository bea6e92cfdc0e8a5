package dev.blockdesk.app;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code blockdesk}: the desktop app, and the tools that run without it. */
@Command(name = "blockdesk",
        mixinStandardHelpOptions = true,
        versionProvider = BlockdeskCommand.Version.class,
        description = "A desktop blockchain explorer and miner, byte-compatible with the Python tutorial node.",
        subcommands = {NodeCommand.class, ImportCommand.class, ExportCommand.class, HashCommand.class, ValidateCommand.class,
                BenchMineCommand.class, BenchNodeCommand.class, BenchStoreCommand.class})
public final class BlockdeskCommand implements Runnable {

    /** Exit code for input we cannot read at all: a missing file, malformed JSON. */
    public static final int EXIT_BAD_INPUT = 2;

    @Spec
    private CommandSpec spec;

    /** The command line with its subcommands, the way the launcher and the tests run it. */
    public static CommandLine commandLine() {
        return new CommandLine(new BlockdeskCommand());
    }

    @Override
    public void run() {
        // The desktop window arrives with the desktop issue; until then the bare command explains itself.
        PrintWriter out = spec.commandLine().getOut();
        spec.commandLine().usage(out);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = BlockdeskCommand.class.getPackage().getImplementationVersion();
            return new String[] {"blockdesk " + (version == null ? "(development build)" : version)};
        }
    }
}
