package dev.blockdesk.app;

import dev.blockdesk.node.CorsOrigins;
import dev.blockdesk.node.Node;
import dev.blockdesk.node.NodeConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code blockdesk bench-hostile}: fires every kind of hostile request ({@link HostileRequests}) at a
 * fresh node on loopback and prints, for each, its status and whether the node's state (chain,
 * pending pool, peers, chain file) is unchanged; then the counts. Exits 1 when any kind got in.
 */
@Command(
        name = "bench-hostile",
        mixinStandardHelpOptions = true,
        description = {
            "Fires every kind of request a web page (or a page rebinding its name to this machine) could use to drive",
            "a node at a fresh node on 127.0.0.1, and prints each one's status and whether the node's chain, pending pool,",
            "peers and chain file are unchanged (see docs/BENCHMARKS.md). Exits 1 if any kind was not refused."
        })
final class BenchHostileCommand implements Callable<Integer> {

    private static final String PEER = "http://127.0.0.1:9";

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path directory = Files.createTempDirectory("blockdesk-bench-hostile");
        List<HostileRequests.Outcome> outcomes = new ArrayList<>();
        NodeConfig config = NodeConfig.defaults()
                .withPort(0)
                .withDifficulty(2)
                .withMinerThreads(1)
                .withMutualPeering(false)
                .withDataDirectory(directory)
                .withPeers(List.of(PEER));
        try (Node node = new Node(config)) {
            node.start();
            node.setCors(CorsOrigins.parse(HostileRequests.READER));
            for (HostileRequests.Kind kind : HostileRequests.kinds(node.port(), PEER)) {
                outcomes.add(HostileRequests.run(node, kind));
            }
        } finally {
            deleteQuietly(directory);
        }
        out.printf("%-4s %-9s %-6s %s%n", "#", "status", "state", "hostile request");
        int n = 0;
        for (HostileRequests.Outcome outcome : outcomes) {
            out.printf(
                    "%-4d %-9s %-6s %s%n",
                    ++n,
                    outcome.status() + (outcome.passed() ? "" : " (!)"),
                    outcome.unchanged() ? "same" : "CHANGED",
                    outcome.kind().name());
        }
        long refused =
                outcomes.stream().filter(HostileRequests.Outcome::refused).count();
        long unchanged =
                outcomes.stream().filter(HostileRequests.Outcome::unchanged).count();
        long passed = outcomes.stream().filter(HostileRequests.Outcome::passed).count();
        out.printf(
                "%nhostile kinds tried: %d; answered 4xx with the reason: %d; state unchanged: %d; both, with the expected status: %d%n",
                outcomes.size(), refused, unchanged, passed);
        out.flush();
        return passed == outcomes.size() ? 0 : 1;
    }

    private static void deleteQuietly(Path directory) throws IOException {
        Files.deleteIfExists(directory.resolve("chains.json"));
        Files.deleteIfExists(directory);
    }
}
