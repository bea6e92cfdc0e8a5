package dev.blockdesk.app;

import com.fasterxml.jackson.databind.node.IntNode;
import dev.blockdesk.chain.Blockchain;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.ChainReplacement;
import dev.blockdesk.chain.ChainRules;
import dev.blockdesk.chain.ChainValidator;
import dev.blockdesk.chain.Dialects;
import dev.blockdesk.chain.InvalidTransactionException;
import dev.blockdesk.chain.ValidationResult;
import dev.blockdesk.store.DataDirectory;
import dev.blockdesk.store.DefaultDataDirectory;
import dev.blockdesk.store.StoreException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code blockdesk import FILE}: adopt a chain from a file, validated first, losing no pending transaction. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Replaces the stored chain with the chain in FILE ({\"chain\": [...]} or a bare array) when it is",
            "valid and longer, as a sync would: transactions of dropped blocks go back to pending.",
            "Exit codes: 0 imported, 1 refused (invalid or not longer), 2 unreadable file or data directory."
        })
final class ImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "The data directory (default: " + DefaultDataDirectory.DESCRIPTION + ").")
    private Path dataDir;

    @Option(
            names = "--dialect",
            paramLabel = "ID",
            description =
                    "The data directory's dialect, for one whose chain is still only its genesis block (default: its own).")
    private String dialect;

    @Parameters(paramLabel = "FILE", description = "The chain to import.")
    private Path file;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        try (NodeSetup setup = NodeSetup.open(
                dataDir == null ? DataDirectory.defaultPath() : dataDir, null, dialect, false, notice -> {})) {
            ChainValidator validator = new ChainValidator(setup.rules());
            List<ChainRules> candidates = Dialects.oursFirst(setup.rules(), setup.difficulty());
            Dialects.Detection found = InputFiles.read(file, System.in, in -> Dialects.detect(in, candidates, true));
            ValidationResult result = found.results().get(0);
            if (!result.isValid() && !found.validIn().isEmpty()) {
                err.println("import: refused, the chain in " + file + " is a " + found.names()
                        + " chain; this data directory's is "
                        + setup.dialect()
                        + (setup.chain().length() == 1
                                ? " (still only its genesis block: import with --dialect "
                                        + found.validIn().get(0).id() + " to make it a "
                                        + found.validIn().get(0).id() + " chain)"
                                : ""));
                return 1;
            }
            if (!result.isValid()) {
                ValidationResult best = found.bestResult();
                err.println("import: refused, the chain in " + file + " is invalid: " + best.describe() + " ("
                        + found.names() + ")");
                return 1;
            }
            Chain incoming = result.chain().orElseThrow();
            if (incoming.length() <= setup.chain().length()) {
                err.println("import: refused, the chain in " + file + " has " + incoming.length()
                        + " blocks, not more than the " + setup.chain().length() + " stored");
                return 1;
            }
            Blockchain blockchain = new Blockchain(setup.chain(), validator.rules(), IntNode.valueOf(1));
            blockchain.restorePending(setup.pending());
            ChainReplacement replacement = blockchain.planReplacement(incoming);
            setup.store().replaceBlocks(replacement.forkIndex(), replacement.added(), replacement.pending());
            out.println("imported " + incoming.length() + " blocks from " + file + ": blocks from "
                    + replacement.forkIndex()
                    + " on replaced, " + replacement.restored().size() + " transactions back to pending, "
                    + replacement.pending().size() + " pending");
            out.flush();
            return 0;
        } catch (NodeSetup.InvalidStoredChainException e) {
            err.println("import: " + e.getMessage() + "; start a node with --recover first");
            return BlockdeskCommand.EXIT_BAD_INPUT;
        } catch (InputFiles.UnreadableInputException | StoreException | IllegalArgumentException e) {
            err.println("import: " + e.getMessage());
            return BlockdeskCommand.EXIT_BAD_INPUT;
        } catch (InvalidTransactionException e) {
            throw new IllegalStateException("a reward of 1 is a valid amount", e);
        }
    }
}
