package dev.blockdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate} without picocli: the same verdicts, messages and exit codes, and only for plain command lines. */
class QuickValidateTest {

    @TempDir
    Path dir;

    private Path vector(String resource, String name) throws Exception {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            return Files.write(dir.resolve(name), in.readAllBytes());
        }
    }

    private static CommandLineTest.Run quick(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        OptionalInt exit = QuickValidate.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        assertTrue(exit.isPresent(), () -> "not taken by the quick path: " + List.of(args));
        return new CommandLineTest.Run(exit.getAsInt(), out.toString(), err.toString());
    }

    @Test
    void printsWhatPicocliPrintsForEveryVerdictAndRefusal() throws Exception {
        String good = vector("/vectors/python-chain.json", "chain.json").toString();
        String early =
                vector("/vectors/dialects/dvf-early-chain.json", "early.json").toString();
        String bad = Files.writeString(
                        dir.resolve("bad.json"),
                        Files.readString(Path.of(good)).replaceFirst("\"proof\": 100", "\"proof\": 101"))
                .toString();
        String html = Files.writeString(dir.resolve("page.html"), "<html>502 Bad Gateway</html>")
                .toString();
        List<String[]> lines = List.of(
                new String[] {"validate", good},
                new String[] {"validate", early},
                new String[] {"validate", bad},
                new String[] {"validate", "--difficulty", "6", good},
                new String[] {"validate", good, "--difficulty=0"},
                new String[] {"validate", "--difficulty", "007", good},
                new String[] {"validate", "--difficulty", "65", good},
                new String[] {"validate", "--dialect", "dvf-early", early},
                new String[] {"validate", "--dialect=pyscoop", "--difficulty=2", good},
                new String[] {"validate", "--dialect", "bitcoin", good},
                new String[] {"validate", dir.resolve("nope.json").toString()},
                new String[] {"validate", dir.toString()},
                new String[] {"validate", html});
        List<Integer> exits = new ArrayList<>();
        for (String[] args : lines) {
            CommandLineTest.Run picocli = CommandLineTest.run("", args);
            CommandLineTest.Run quick = quick(args);
            assertEquals(picocli, quick, String.join(" ", args));
            exits.add(quick.exit());
        }
        assertEquals(List.of(0, 0, 1, 1, 0, 1, 2, 0, 1, 2, 2, 2, 2), exits, "the cases cover every exit code");
        assertEquals("VALID 7 blocks (dvf)", quick("validate", good).out().strip());
    }

    @Test
    void leavesEverythingElseToPicocli() {
        for (String[] args : List.of(
                new String[] {"validate"},
                new String[] {"validate", "-h"},
                new String[] {"validate", "--help"},
                new String[] {"validate", "-V"},
                new String[] {"validate", "a.json", "b.json"},
                new String[] {"validate", "--difficulty", "1", "--difficulty", "2", "a.json"},
                new String[] {"validate", "--dialect", "dvf", "--dialect=dvf", "a.json"},
                new String[] {"validate", "--difficulty", "-1", "a.json"},
                new String[] {"validate", "--difficulty", "0x10", "a.json"},
                new String[] {"validate", "--difficulty=", "a.json"},
                new String[] {"validate", "--difficulty"},
                new String[] {"validate", "a.json", "--dialect"},
                new String[] {"validate", "--dialect", "DVF", "a.json"},
                new String[] {"validate", "--unknown=1", "a.json"},
                new String[] {"validate", "--", "a.json"},
                new String[] {"validate", "-"},
                new String[] {"validate", "@args.txt"},
                new String[] {"validate", ""},
                new String[] {"validate", "a\0.json"},
                new String[] {"hash", "a.json"},
                new String[] {"--data-dir", "d", "validate", "a.json"},
                new String[] {})) {
            assertNull(QuickValidate.parse(args), String.join(" ", args));
        }
        QuickValidate.Parsed parsed =
                QuickValidate.parse(new String[] {"validate", "--dialect=dvf", "my chain=1.json", "--difficulty", "3"});
        assertNotNull(parsed);
        assertEquals(new QuickValidate.Parsed(Path.of("my chain=1.json"), 3, "dvf"), parsed);
        assertEquals(
                new QuickValidate.Parsed(Path.of("c.json"), 4, null),
                QuickValidate.parse(new String[] {"validate", "c.json"}));
    }
}
