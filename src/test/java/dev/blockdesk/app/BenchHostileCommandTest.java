package dev.blockdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code blockdesk bench-hostile}: every hostile kind refused and the node unchanged, in a table and its counts. */
class BenchHostileCommandTest {

    @Test
    void everyKindIsRefusedAndCounted() {
        CommandLine cli = BlockdeskCommand.commandLine(args -> {});
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        int exit = cli.execute("bench-hostile");
        int kinds = HostileRequests.kinds(5000, "http://127.0.0.1:9").size();
        assertEquals(0, exit, out.toString());
        assertTrue(
                out.toString()
                        .contains("hostile kinds tried: " + kinds + "; answered 4xx with the reason: " + kinds
                                + "; state unchanged: " + kinds + "; both, with the expected status: " + kinds),
                out.toString());
        assertTrue(
                out.toString().contains("403       same   POST /transactions/new (text/plain) from another site"),
                out.toString());
    }
}
