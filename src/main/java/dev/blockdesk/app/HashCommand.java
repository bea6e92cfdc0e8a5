package dev.blockdesk.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blockdesk.chain.CanonicalJson;
import dev.blockdesk.chain.Sha256;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code blockdesk hash [FILE]}: a block's canonical JSON and its hash, as the Python node computes them. */
@Command(
        name = "hash",
        mixinStandardHelpOptions = true,
        description = {
            "Prints a block's canonical JSON (Python's json.dumps(block, sort_keys=True)) "
                    + "and then its SHA-256, the hash the Python node gives it.",
            "Exit codes: 0 printed, 2 unreadable or malformed input."
        })
final class HashCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(
            arity = "0..1",
            paramLabel = "FILE",
            description = "A JSON file holding one block; standard input when omitted.")
    private Path file;

    @Override
    public Integer call() {
        JsonNode block;
        try {
            block = InputFiles.readJson(file, System.in);
        } catch (InputFiles.UnreadableInputException e) {
            spec.commandLine().getErr().println("hash: " + e.getMessage());
            return BlockdeskCommand.EXIT_BAD_INPUT;
        }
        if (!block.isObject()) {
            spec.commandLine()
                    .getErr()
                    .println("hash: expected one block, a JSON object; found "
                            + block.getNodeType().name().toLowerCase());
            return BlockdeskCommand.EXIT_BAD_INPUT;
        }
        String canonical = CanonicalJson.write(block);
        spec.commandLine().getOut().println(canonical);
        spec.commandLine().getOut().println(Sha256.hex(canonical));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
