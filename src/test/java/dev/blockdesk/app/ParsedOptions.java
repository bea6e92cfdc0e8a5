package dev.blockdesk.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** The node options the command line gives, for tests of one option: a data directory and port 0 first, then {@code args}. */
final class ParsedOptions {

    private ParsedOptions() {}

    static NodeOptions parse(Path dataDir, String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString(), "--port", "0"));
        all.addAll(List.of(args));
        return CommandLine.populateCommand(new NodeOptions(), all.toArray(String[]::new));
    }
}
