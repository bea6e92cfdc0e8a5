package dev.blockdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CommandLineTest {

    @TempDir
    Path dir;

    /** What a run printed and returned. */
    record Run(int exit, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private static final List<String[]> DESKTOP_OPENED = new java.util.concurrent.CopyOnWriteArrayList<>();

    static Run run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = BlockdeskCommand.commandLine(DESKTOP_OPENED::add);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        InputStream original = System.in;
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            return new Run(cli.execute(args), out.toString(), err.toString());
        } finally {
            System.setIn(original);
        }
    }

    private static String resource(String name) throws Exception {
        try (InputStream in = CommandLineTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void hashPrintsCanonicalJsonThenTheHash() throws Exception {
        Path block = dir.resolve("block.json");
        Files.writeString(
                block,
                "{\n  \"proof\": 35293, \"index\": 2, \"timestamp\": 1528705943.739656,\n"
                        + "  \"transactions\": [{\"sender\": \"0\", \"recipient\": \"é\", \"amount\": 1}], \"previous_hash\": \"abc\"\n}\n");
        Run run = run("", "hash", block.toString());
        assertEquals(0, run.exit(), run.err());
        String canonical =
                "{\"index\": 2, \"previous_hash\": \"abc\", \"proof\": 35293, \"timestamp\": 1528705943.739656, "
                        + "\"transactions\": [{\"amount\": 1, \"recipient\": \"\\u00e9\", \"sender\": \"0\"}]}";
        // Oracle: python3 -c 'import json,hashlib; print(hashlib.sha256(json.dumps(b,
        // sort_keys=True).encode()).hexdigest())'
        assertEquals(
                List.of(canonical, "1df221177e97bde9ea105a2263c4a46f87302e7e92c16f4a46646b00671af7a2"), run.lines());
    }

    @Test
    void hashReadsStandardInput() {
        Run run = run("{\"b\": 1, \"a\": 5.0}", "hash");
        assertEquals(0, run.exit());
        assertEquals("{\"a\": 5.0, \"b\": 1}", run.lines().get(0));
        assertEquals(2, run.lines().size());
    }

    @Test
    void hashRefusesMalformedInputInOneLine() {
        Run run = run("{\"index\": ", "hash");
        assertEquals(2, run.exit());
        assertEquals("", run.out());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("hash: standard input: malformed JSON at line 1"), run.err());
        Run array = run("[1]", "hash");
        assertEquals(2, array.exit());
        assertEquals(
                "hash: expected one block, a JSON object; found array",
                array.err().strip());
    }

    @Test
    void validateAcceptsThePythonNodesChain() throws Exception {
        Path file = dir.resolve("chain.json");
        Files.writeString(file, resource("/vectors/python-chain.json"));
        Run run = run("", "validate", file.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of("VALID 7 blocks (dvf)"), run.lines());
    }

    @Test
    void validateNamesTheFirstBadBlock() throws Exception {
        Path file = dir.resolve("chain.json");
        Files.writeString(
                file, resource("/vectors/python-chain.json").replaceFirst("\"proof\": 100", "\"proof\": 101"));
        Run run = run("", "validate", file.toString());
        assertEquals(1, run.exit());
        assertEquals(List.of("INVALID block 1: genesis proof must be 100, found 101 (dvf)"), run.lines());
        Run harder = run(
                "", "validate", "--difficulty", "6", dir.resolve("chain.json").toString());
        assertEquals(1, harder.exit());
    }

    @Test
    void validateExplainsUnreadableFiles() throws Exception {
        Run missing = run("", "validate", dir.resolve("nope.json").toString());
        assertEquals(2, missing.exit());
        assertEquals(
                "validate: " + dir.resolve("nope.json") + ": no such file",
                missing.err().strip());
        Path html = dir.resolve("page.html");
        Files.writeString(html, "<html><body>502 Bad Gateway</body></html>");
        Run notJson = run("", "validate", html.toString());
        assertEquals(2, notJson.exit());
        assertTrue(notJson.err().contains("malformed JSON at line 1"), notJson.err());
        Run directory = run("", "validate", dir.toString());
        assertEquals(2, directory.exit());
        assertTrue(directory.err().contains("is a directory"), directory.err());
    }

    @Test
    void benchMineEndsWithTheHashRate() {
        Run run = run("", "bench-mine", "--seconds", "0.3", "--threads", "2", "--difficulty", "3");
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.lines();
        assertTrue(lines.get(0).startsWith("thread 1: "), run.out());
        assertTrue(lines.get(1).startsWith("thread 2: "), run.out());
        assertTrue(lines.get(lines.size() - 1).matches("hashes/s: [1-9][0-9]*"), run.out());
    }

    @Test
    void withoutASubcommandTheDesktopOpensWithTheNodeOptions() {
        DESKTOP_OPENED.clear();
        Run run = run("", "--port", "5007", "--peer", "127.0.0.1:5001");
        assertEquals(0, run.exit(), run.err());
        assertEquals(1, DESKTOP_OPENED.size());
        assertEquals(List.of("--port", "5007", "--peer", "127.0.0.1:5001"), List.of(DESKTOP_OPENED.get(0)));
    }

    @Test
    void helpListsTheCommands() {
        Run run = run("", "--help");
        assertEquals(0, run.exit());
        for (String command : List.of("node", "import", "export", "hash", "validate", "bench-mine", "--data-dir")) {
            assertTrue(run.out().contains(command), command + " in " + run.out());
        }
    }
}
