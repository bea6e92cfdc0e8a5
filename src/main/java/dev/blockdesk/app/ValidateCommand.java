package dev.blockdesk.app;

import dev.blockdesk.chain.ChainValidator;
import dev.blockdesk.chain.DvfRules;
import dev.blockdesk.chain.ProofOfWork;
import dev.blockdesk.chain.ValidationResult;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code blockdesk validate FILE}: is this chain valid, and if not, which block breaks it and why. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Validates a chain: {\"chain\": [...], \"length\": N} (the /chain answer) or a bare array of blocks.",
                "Prints 'VALID <n> blocks', or 'INVALID block <i>: <reason>' for the first bad block.",
                "Exit codes: 0 valid, 1 invalid, 2 unreadable or malformed file."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--difficulty", paramLabel = "N", defaultValue = "" + ProofOfWork.DEFAULT_DIFFICULTY,
            description = "Leading zero hex digits a proof needs (default: ${DEFAULT-VALUE}).")
    private int difficulty;

    @Parameters(paramLabel = "FILE", description = "The chain file.")
    private Path file;

    @Override
    public Integer call() {
        if (difficulty < 0 || difficulty > ProofOfWork.MAX_DIFFICULTY) {
            spec.commandLine().getErr().println("validate: --difficulty must be between 0 and " + ProofOfWork.MAX_DIFFICULTY);
            return BlockdeskCommand.EXIT_BAD_INPUT;
        }
        ChainValidator validator = new ChainValidator(new DvfRules(difficulty));
        ValidationResult result;
        try {
            result = InputFiles.read(file, System.in, validator::check);
        } catch (InputFiles.UnreadableInputException e) {
            spec.commandLine().getErr().println("validate: " + e.getMessage());
            return BlockdeskCommand.EXIT_BAD_INPUT;
        }
        if (result.isValid()) {
            spec.commandLine().getOut().println("VALID " + result.length() + " blocks");
            spec.commandLine().getOut().flush();
            return 0;
        }
        spec.commandLine().getOut().println("INVALID " + result.describe());
        spec.commandLine().getOut().flush();
        return 1;
    }
}
