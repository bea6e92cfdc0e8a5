package dev.blockdesk.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code blockdesk} in a child process, as a user starts it, with its output collected. */
final class NodeProcess implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");

    final Process process;
    final URI url;
    private final StringBuffer output = new StringBuffer();

    private NodeProcess(Process process, URI url, String seen) {
        this.process = process;
        this.url = url;
        output.append(seen);
        Thread drain = new Thread(
                () -> {
                    try (BufferedReader reader = new BufferedReader(
                            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                        for (String line; (line = reader.readLine()) != null; ) {
                            output.append(line).append('\n');
                        }
                    } catch (IOException ignored) {
                        // the process is gone
                    }
                },
                "node-process-output");
        drain.setDaemon(true);
        drain.start();
    }

    static Process launch(String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(
                List.of(java, "-cp", System.getProperty("java.class.path"), "dev.blockdesk.ui.Launcher"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** Starts {@code blockdesk node ARGS} and waits until it prints where it listens. */
    static NodeProcess start(String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("node"));
        all.addAll(List.of(args));
        Process process = launch(all.toArray(String[]::new));
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line; (line = out.readLine()) != null; ) {
            seen.append(line).append('\n');
            Matcher m = LISTENING.matcher(line);
            if (m.find() && line.startsWith("Blockdesk node")) {
                return new NodeProcess(process, URI.create(m.group(1)), seen.toString());
            }
        }
        throw new AssertionError("the node did not start:\n" + seen);
    }

    /** Runs a command to its end and returns its exit code and output. */
    static Finished run(String... args) throws Exception {
        Process process = launch(args);
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("did not finish: " + String.join(" ", args));
        }
        return new Finished(process.exitValue(), text);
    }

    record Finished(int exit, String output) {}

    String output() {
        return output.toString();
    }

    /** SIGKILL: no shutdown hook, no flush, as a crash or a power cut of the process. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
