package dev.blockdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.testing.Wait;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code blockdesk node} as a user runs it: a separate process, stopped with a signal. */
class NodeCommandTest {

    @org.junit.jupiter.api.io.TempDir
    Path dataDir;

    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");

    private Process startNode(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(
                List.of(java, "-cp", System.getProperty("java.class.path"), "dev.blockdesk.ui.Launcher", "node"));
        command.addAll(List.of("--data-dir", dataDir.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    @Test
    void theHeadlessNodeServesMinesAndStopsCleanlyOnSigterm() throws Exception {
        Process process = startNode("--port", "0", "--difficulty", "2", "--mine", "--threads", "1");
        try {
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            URI url = null;
            for (String line; url == null && (line = out.readLine()) != null; ) {
                Matcher m = LISTENING.matcher(line);
                if (m.find()) {
                    url = URI.create(m.group(1));
                }
            }
            assertTrue(url != null, "the node prints its real URL");
            HttpClient http = HttpClient.newHttpClient();
            java.net.URI chain = url.resolve("/chain");
            Wait.until("--mine mines continuously: 3 blocks", () -> {
                String body = http.send(HttpRequest.newBuilder(chain).build(), HttpResponse.BodyHandlers.ofString())
                        .body();
                Matcher m = Pattern.compile("\"length\": (\\d+)}$").matcher(body);
                assertTrue(m.find(), body.length() > 200 ? body.substring(body.length() - 200) : body);
                return Integer.parseInt(m.group(1)) >= 3;
            });
            process.destroy(); // SIGTERM, as Ctrl-C's SIGINT: the shutdown hook stops the node
            assertTrue(process.waitFor(10, TimeUnit.SECONDS), "the node exits");
            assertEquals(143 == process.exitValue() || 0 == process.exitValue(), true, "exit " + process.exitValue());
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void badOptionsGetAClearMessage() throws Exception {
        Process process = startNode("--reward", "-5", "--port", "0");
        assertTrue(process.waitFor(20, TimeUnit.SECONDS));
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, process.exitValue(), output);
        assertTrue(output.contains("node: --reward: amount must be positive, found -5"), output);
    }

    @Test
    void anAdvertisedUrlPeersCannotUseGetsAClearMessage() throws Exception {
        Process process = startNode("--advertise", "http://192.168.1.20", "--port", "0");
        assertTrue(process.waitFor(20, TimeUnit.SECONDS));
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, process.exitValue(), output);
        assertTrue(
                output.contains(
                        "node: --advertise: \"http://192.168.1.20\" is not a URL peers can reach us at: it has no port"
                                + " (like http://192.168.1.20:5000)"),
                output);
    }
}
