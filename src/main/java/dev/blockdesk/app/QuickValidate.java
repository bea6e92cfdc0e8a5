package dev.blockdesk.app;

import dev.blockdesk.chain.ProofOfWork;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * {@code blockdesk validate FILE [--difficulty N] [--dialect ID]} without picocli, for a short run's
 * start-up: picocli builds a model of every command first, which loads about 170 classes that
 * class-data sharing cannot archive (they are Java 5 class files) and took about 0.3 s of a cold run
 * here (docs/BENCHMARKS.md, "Cold start"). Only plain, well-formed command
 * lines are taken here; anything else (help, a missing or repeated argument, a value that is not a
 * plain number or name, an {@code @file}, a path starting with {@code -}) is left to picocli, so the
 * usage messages stay picocli's. What runs is {@link ValidateCommand#validate}, the command's own
 * code, and it prints through writers made as picocli makes them, so the output is the same.
 */
public final class QuickValidate {

    private QuickValidate() {}

    /** Runs {@code args} when it is a plain {@code validate} command line: its exit code, or empty when picocli should parse it. */
    public static OptionalInt run(String[] args) {
        if (parse(args) == null) {
            return OptionalInt.empty();
        }
        return run(args, writer(System.out, "sun.stdout.encoding"), writer(System.err, "sun.stderr.encoding"));
    }

    /** As {@link #run(String[])}, printing to {@code out} and {@code err}. */
    static OptionalInt run(String[] args, PrintWriter out, PrintWriter err) {
        Parsed parsed = parse(args);
        if (parsed == null) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(ValidateCommand.validate(parsed.file, parsed.difficulty, parsed.dialect, out, err));
        } catch (RuntimeException e) {
            e.printStackTrace(err); // picocli's default for an exception from a command: the trace, exit code 1
            return OptionalInt.of(1);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The command line's parts, or null when it is not one this class takes. */
    static Parsed parse(String[] args) {
        if (args.length < 2 || !"validate".equals(args[0]) || System.getProperty("picocli.trace") != null) {
            return null;
        }
        String file = null;
        String difficulty = null;
        String dialect = null;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String value = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            } else if (("--difficulty".equals(arg) || "--dialect".equals(arg)) && i + 1 < args.length) {
                value = args[++i];
            }
            if ("--difficulty".equals(name) && difficulty == null && value != null && value.matches("[0-9]{1,9}")) {
                difficulty = value;
            } else if ("--dialect".equals(name)
                    && dialect == null
                    && value != null
                    && value.matches("[a-z][a-z0-9-]{0,30}")) {
                dialect = value;
            } else if (value == null
                    && file == null
                    && !arg.isEmpty()
                    && arg.charAt(0) != '-'
                    && arg.charAt(0) != '@') {
                file = arg;
            } else {
                return null;
            }
        }
        if (file == null) {
            return null;
        }
        try {
            return new Parsed(
                    Path.of(file),
                    difficulty == null ? ProofOfWork.DEFAULT_DIFFICULTY : Integer.parseInt(difficulty),
                    dialect);
        } catch (InvalidPathException e) {
            return null; // picocli says what is wrong with it
        }
    }

    /** As picocli makes its writers: the stream's encoding from the {@code sun.std*.encoding} property, else the default. */
    private static PrintWriter writer(OutputStream stream, String encodingProperty) {
        return new PrintWriter(
                new BufferedWriter(new OutputStreamWriter(stream, charset(System.getProperty(encodingProperty)))),
                true);
    }

    private static Charset charset(String name) {
        if (name == null) {
            return Charset.defaultCharset();
        }
        try {
            return Charset.forName("cp65001".equalsIgnoreCase(name) ? "UTF-8" : name);
        } catch (RuntimeException e) {
            return Charset.defaultCharset(); // picocli falls back the same way
        }
    }

    /** A plain {@code validate} command line. */
    record Parsed(Path file, int difficulty, String dialect) {}
}
