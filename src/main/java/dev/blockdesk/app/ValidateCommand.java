package dev.blockdesk.app;

import dev.blockdesk.chain.ChainRules;
import dev.blockdesk.chain.Dialects;
import dev.blockdesk.chain.ProofOfWork;
import dev.blockdesk.chain.ValidationResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code blockdesk validate FILE}: is this chain valid, and if not, which block breaks it and why. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Validates a chain: {\"chain\": [...], \"length\": N} (the /chain answer) or a bare array of blocks.",
            "Without --dialect, finds the dialect: 'VALID <n> blocks (dvf-early)', or the verdict of the dialect",
            "under which the chain got furthest: 'INVALID block <i>: <reason> (dvf)'.",
            "Exit codes: 0 valid, 1 invalid, 2 unreadable or malformed file."
        })
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--difficulty",
            paramLabel = "N",
            defaultValue = "" + ProofOfWork.DEFAULT_DIFFICULTY,
            description = "Leading zero hex digits a proof needs (default: ${DEFAULT-VALUE}).")
    private int difficulty;

    @Option(
            names = "--dialect",
            paramLabel = "ID",
            description = "Check in this dialect only: dvf, dvf-early, chain-study or pyscoop (default: find it).")
    private String dialect;

    @Parameters(paramLabel = "FILE", description = "The chain file.")
    private Path file;

    @Override
    public Integer call() {
        return validate(
                file,
                difficulty,
                dialect,
                spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }

    /**
     * The command's work, shared by picocli's {@link #call} and {@link QuickValidate}, which runs it
     * without picocli: the verdict on {@code out}, a refusal on {@code err}, and the exit code.
     *
     * @param file    the chain file, or null for standard input
     * @param dialect a dialect's id, or null to find it
     */
    static int validate(Path file, int difficulty, String dialect, PrintWriter out, PrintWriter err) {
        if (difficulty < 0 || difficulty > ProofOfWork.MAX_DIFFICULTY) {
            err.println("validate: --difficulty must be between 0 and " + ProofOfWork.MAX_DIFFICULTY);
            return BlockdeskCommand.EXIT_BAD_INPUT;
        }
        List<ChainRules> candidates;
        try {
            candidates = dialect == null ? Dialects.all(difficulty) : List.of(Dialects.rules(dialect, difficulty));
        } catch (IllegalArgumentException e) {
            err.println("validate: --dialect: " + e.getMessage());
            return BlockdeskCommand.EXIT_BAD_INPUT;
        }
        Dialects.Detection found;
        try {
            found = InputFiles.read(file, System.in, in -> Dialects.detect(in, candidates, false));
        } catch (InputFiles.UnreadableInputException e) {
            err.println("validate: " + e.getMessage());
            return BlockdeskCommand.EXIT_BAD_INPUT;
        }
        ValidationResult result = found.bestResult();
        if (result.isValid()) {
            out.println("VALID " + result.length() + (result.length() == 1 ? " block" : " blocks") + " ("
                    + found.names() + ")");
            out.flush();
            return 0;
        }
        out.println("INVALID " + result.describe() + " (" + found.names() + ")");
        out.flush();
        return 1;
    }
}
