package dev.blockdesk.app;

import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.ChainValidator;
import dev.blockdesk.chain.DvfRules;
import dev.blockdesk.chain.ProofOfWork;
import dev.blockdesk.chain.ValidationResult;
import dev.blockdesk.node.Node;
import dev.blockdesk.node.NodeConfig;
import dev.blockdesk.node.ResolveReport;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code blockdesk bench-node}: how fast nodes sync a long chain and serve it, on loopback. */
@Command(
        name = "bench-node",
        mixinStandardHelpOptions = true,
        description = {
            "Benchmarks two nodes on loopback with a chain from FILE (see docs/BENCHMARKS.md):",
            "  resolve: a fresh node fetches, validates and adopts the chain from a peer that holds it;",
            "  serve:   CLIENTS concurrent keep-alive clients GET /chain from the peer for SECONDS while it",
            "           mines on top of it at --mine-difficulty."
        })
final class BenchNodeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A chain document or array, e.g. from tools/make_chain.py.")
    private Path file;

    @Option(
            names = "--difficulty",
            paramLabel = "N",
            defaultValue = "1",
            description = "Difficulty of the chain (default: ${DEFAULT-VALUE}).")
    private int difficulty;

    @Option(
            names = "--mine-difficulty",
            paramLabel = "N",
            defaultValue = "" + ProofOfWork.DEFAULT_DIFFICULTY,
            description = "Difficulty the serving node mines at during the serve test (default: ${DEFAULT-VALUE}).")
    private int mineDifficulty;

    @Option(
            names = "--seconds",
            paramLabel = "S",
            defaultValue = "10",
            description = "How long the serve test runs (default: ${DEFAULT-VALUE}).")
    private double seconds;

    @Option(
            names = "--clients",
            paramLabel = "C",
            defaultValue = "4",
            description = "Concurrent clients in the serve test (default: ${DEFAULT-VALUE}).")
    private int clients;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ChainValidator validator = new ChainValidator(new DvfRules(difficulty));
        ValidationResult loaded;
        try {
            loaded = InputFiles.read(file, System.in, validator::validate);
        } catch (InputFiles.UnreadableInputException e) {
            spec.commandLine().getErr().println("bench-node: " + e.getMessage());
            return BlockdeskCommand.EXIT_BAD_INPUT;
        }
        if (!loaded.isValid()) {
            spec.commandLine().getErr().println("bench-node: the chain is invalid: " + loaded.describe());
            return 1;
        }
        Chain chain = loaded.chain().orElseThrow();
        NodeConfig config =
                NodeConfig.defaults().withPort(0).withDifficulty(difficulty).withMinerThreads(1);
        boolean adopted;
        try (Node peer = new Node(config, chain);
                Node fresh = new Node(config)) {
            peer.start();
            fresh.start();
            fresh.registerPeers(List.of(peer.url().toString()));
            long start = System.nanoTime();
            ResolveReport report = fresh.resolve();
            double resolveSeconds = (System.nanoTime() - start) / 1e9;
            adopted = report.replaced();
            out.printf(
                    "resolve: %s in %.2f s (%s)%n",
                    adopted ? "adopted " + fresh.chain().length() + " blocks" : "nothing adopted",
                    resolveSeconds,
                    report.outcomes().get(0).describe());
            out.flush();
        }
        // The chain file was mined at --difficulty; the serving node mines on top of it at --mine-difficulty.
        try (Node server = new Node(config.withDifficulty(mineDifficulty), chain)) {
            server.start();
            server.setAutoMine(true);
            ServeResult result = serve(server.url());
            server.cancelMining();
            out.printf(
                    "serve: %d-block chain, %d clients, %.0f s, mining at difficulty %d (%d blocks mined meanwhile), %d failed%n",
                    chain.length(),
                    clients,
                    seconds,
                    mineDifficulty,
                    server.chain().length() - chain.length(),
                    result.failed());
            out.printf("GET /chain requests/s: %.1f (%.0f MB/s)%n", result.rate(), result.bytesPerSecond() / 1e6);
            out.flush();
        }
        return adopted ? 0 : 1;
    }

    private record ServeResult(double rate, double bytesPerSecond, long failed) {}

    /** Keep-alive clients on plain sockets, reading and dropping each answer: they measure the server, not a client. */
    private ServeResult serve(URI url) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Thread client = new Thread(
                    () -> {
                        while (System.nanoTime() < deadline) {
                            try (Socket socket = new Socket(url.getHost(), url.getPort())) {
                                OutputStream out = socket.getOutputStream();
                                InputStream in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
                                while (System.nanoTime() < deadline) {
                                    out.write(("GET /chain HTTP/1.1\r\nHost: " + url.getHost() + "\r\n\r\n")
                                            .getBytes(StandardCharsets.US_ASCII));
                                    out.flush();
                                    long length = readHeaders(in);
                                    in.skipNBytes(length);
                                    bytes.addAndGet(length);
                                    done.incrementAndGet();
                                }
                            } catch (IOException | RuntimeException e) {
                                failed.incrementAndGet();
                            }
                        }
                    },
                    "bench-client-" + i);
            client.start();
            threads.add(client);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        return new ServeResult(done.get() / elapsed, bytes.get() / elapsed, failed.get());
    }

    /** Reads a 200 answer's headers and returns its Content-Length. */
    private static long readHeaders(InputStream in) throws IOException {
        StringBuilder headers = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0) {
            headers.append((char) b);
            if (headers.length() >= 4 && headers.lastIndexOf("\r\n\r\n") == headers.length() - 4) {
                break;
            }
        }
        String text = headers.toString();
        if (!text.startsWith("HTTP/1.1 200")) {
            throw new IOException(
                    "unexpected answer: " + text.lines().findFirst().orElse("nothing"));
        }
        for (String line : text.split("\r\n")) {
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                return Long.parseLong(line.substring("content-length:".length()).strip());
            }
        }
        throw new IOException("no Content-Length");
    }
}
