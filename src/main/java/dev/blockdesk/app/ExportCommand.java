package dev.blockdesk.app;

import dev.blockdesk.chain.Chain;
import dev.blockdesk.store.DataDirectory;
import dev.blockdesk.store.DefaultDataDirectory;
import dev.blockdesk.store.OrphanedBlock;
import dev.blockdesk.store.StoreException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code blockdesk export FILE}: the stored chain in the {@code /chain} format, or the orphaned blocks. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Writes the stored chain to FILE as {\"chain\": [...], \"length\": N}, the /chain format; a chain-study",
            "chain as the bare array that node loads as chains.json at start-up.",
            "With --orphaned, our blocks that longer chains dropped (the last 1,000) instead, as {\"orphaned\": [...], \"length\": N}.",
            "Exit codes: 0 written, 1 the stored chain is invalid, 2 the data directory or FILE cannot be used."
        })
final class ExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "The data directory (default: " + DefaultDataDirectory.DESCRIPTION + ").")
    private Path dataDir;

    @Option(
            names = "--orphaned",
            description = "Write the orphaned blocks, oldest orphaned first, instead of the chain.")
    private boolean orphaned;

    @Parameters(paramLabel = "FILE", description = "Where to write the chain.")
    private Path file;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try (NodeSetup setup =
                NodeSetup.open(dataDir == null ? DataDirectory.defaultPath() : dataDir, null, false, notice -> {})) {
            if (orphaned) {
                List<OrphanedBlock> orphans = setup.store().orphans();
                ChainFiles.writeOrphans(
                        orphans.stream().map(OrphanedBlock::canonical).toList(), file);
                spec.commandLine().getOut().println("exported " + orphans.size() + " orphaned blocks to " + file);
                spec.commandLine().getOut().flush();
                return 0;
            }
            Chain chain = setup.chain();
            ChainFiles.write(chain, setup.rules(), file);
            spec.commandLine()
                    .getOut()
                    .println("exported " + chain.length() + " " + setup.dialect() + " blocks to " + file);
            spec.commandLine().getOut().flush();
            return 0;
        } catch (NodeSetup.InvalidStoredChainException e) {
            err.println("export: " + e.getMessage() + "; nothing was written");
            return 1;
        } catch (StoreException | IOException e) {
            err.println("export: " + e.getMessage());
            return BlockdeskCommand.EXIT_BAD_INPUT;
        }
    }
}
