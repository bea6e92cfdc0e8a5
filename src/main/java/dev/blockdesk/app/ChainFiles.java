package dev.blockdesk.app;

import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.ChainRules;
import dev.blockdesk.chain.ChainValidator;
import dev.blockdesk.chain.DvfRules;
import dev.blockdesk.chain.ValidationResult;
import dev.blockdesk.store.AtomicFile;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Chain files in the {@code /chain} format, for export and import from the command line and the desktop. */
public final class ChainFiles {

    private ChainFiles() {}

    /** Writes the {@code /chain} document through a temporary file and a rename, so {@code file} is never left half written. */
    public static void write(Chain chain, Path file) throws IOException {
        write(chain, new DvfRules(0), file);
    }

    /**
     * Writes {@code chain} as its dialect's node keeps it in a file ({@link ChainRules#writeFile}: chain-study's
     * {@code chains.json} is a bare array in creation key order), through a temporary file and a rename.
     */
    public static void write(Chain chain, ChainRules rules, Path file) throws IOException {
        AtomicFile.write(file, out -> rules.writeFile(chain, out));
    }

    /**
     * Writes orphaned blocks, given as their canonical JSON and oldest orphaned first, as
     * {@code {"orphaned": [...], "length": n}}: not a chain (they need not link), so not a
     * {@code /chain} document that import could mistake for one.
     */
    public static void writeOrphans(List<byte[]> blocks, Path file) throws IOException {
        AtomicFile.write(file, out -> {
            out.write("{\"orphaned\": [".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < blocks.size(); i++) {
                if (i > 0) {
                    out.write(", ".getBytes(StandardCharsets.US_ASCII));
                }
                out.write(blocks.get(i));
            }
            out.write(("], \"length\": " + blocks.size() + "}").getBytes(StandardCharsets.US_ASCII));
        });
    }

    /** Reads and validates a chain file ({@code {"chain": [...]}} or a bare array). */
    public static ValidationResult read(Path file, ChainValidator validator) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return validator.validate(in);
        }
    }
}
