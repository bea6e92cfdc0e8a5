package dev.blockdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.testing.Wait;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code blockdesk node --mine-when-pending} and {@code --max-hash-rate}, as a user runs them. */
class MiningPaceOptionsTest {

    @TempDir
    Path dataDir;

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static int length(java.net.URI url) throws Exception {
        String body = HTTP.send(
                        HttpRequest.newBuilder(url.resolve("/chain")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher m = Pattern.compile("\"length\": (\\d+)}$").matcher(body);
        assertTrue(m.find(), body);
        return Integer.parseInt(m.group(1));
    }

    @Test
    void mineWhenPendingMinesEachTransactionAndNothingElse() throws Exception {
        try (NodeProcess node = NodeProcess.start(
                "--data-dir",
                dataDir.toString(),
                "--port",
                "0",
                "--difficulty",
                "2",
                "--threads",
                "1",
                "--mine-when-pending")) {
            Wait.until(
                    "the node says how it mines",
                    Wait.HANG,
                    () -> node.output().contains(", mining when transactions wait"));
            Wait.during("no block without a transaction", Duration.ofMillis(700), () -> length(node.url) == 1);
            HttpResponse<String> added = HTTP.send(
                    HttpRequest.newBuilder(node.url.resolve("/transactions/new"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"sender\": \"a\", \"recipient\": \"b\", \"amount\": 1}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(201, added.statusCode(), added.body());
            Wait.until("the transaction is mined", Wait.HANG, () -> length(node.url) == 2);
            Wait.during("and nothing more", Duration.ofMillis(500), () -> length(node.url) == 2);
        }
    }

    @Test
    void aMaxHashRateMustBePositive() throws Exception {
        NodeProcess.Finished run =
                NodeProcess.run("node", "--data-dir", dataDir.toString(), "--port", "0", "--max-hash-rate", "0");
        assertEquals(2, run.exit(), run.output());
        assertTrue(
                run.output().contains("node: --max-hash-rate must be a positive number of tries a second, like 2000"),
                run.output());
    }
}
