package dev.blockdesk.app;

import dev.blockdesk.chain.WireJson;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code blockdesk bench-flood}: a running node under slow and flooding clients (docs/BENCHMARKS.md). */
@Command(
        name = "bench-flood",
        mixinStandardHelpOptions = true,
        description = {
            "Floods a running node at URL (e.g. http://127.0.0.1:5000) and says how it held:",
            "  slowloris: CONNECTIONS slow connections send a header byte every INTERVAL seconds while a normal",
            "             client asks GET /chain on a new connection, one after another, for SECONDS;",
            "  burst:     CLIENTS clients POST TRANSACTIONS new transactions at once; then the pending count."
        })
final class BenchFloodCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODE", description = "slowloris or burst")
    private String mode;

    @Parameters(index = "1", paramLabel = "URL", description = "The node, e.g. http://127.0.0.1:5000")
    private URI url;

    @Option(
            names = "--connections",
            paramLabel = "N",
            defaultValue = "500",
            description = "Slow connections (default: ${DEFAULT-VALUE}).")
    private int connections;

    @Option(
            names = "--interval",
            paramLabel = "S",
            defaultValue = "3",
            description = "Seconds between a slow connection's bytes (default: ${DEFAULT-VALUE}).")
    private double interval;

    @Option(
            names = "--seconds",
            paramLabel = "S",
            defaultValue = "30",
            description = "How long the probe runs (default: ${DEFAULT-VALUE}).")
    private double seconds;

    @Option(
            names = "--probe-timeout",
            paramLabel = "S",
            defaultValue = "30",
            description =
                    "How long the probe waits for an answer before counting it unanswered (default: ${DEFAULT-VALUE}).")
    private double probeTimeout;

    @Option(
            names = "--clients",
            paramLabel = "N",
            defaultValue = "8",
            description = "Burst clients (default: ${DEFAULT-VALUE}).")
    private int clients;

    @Option(
            names = "--transactions",
            paramLabel = "N",
            defaultValue = "20000",
            description = "Burst transactions (default: ${DEFAULT-VALUE}).")
    private int transactions;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        switch (mode) {
            case "slowloris" -> {
                SlowlorisLoad.Result r = new SlowlorisLoad(
                                url, connections, (long) (interval * 1000), (long) (probeTimeout * 1000))
                        .run(seconds);
                out.printf(
                        "slowloris: %d slow connections, a byte every %.1f s, %.0f s of probes%n",
                        connections, interval, seconds);
                out.printf(
                        "GET /chain answered 200: %d; refused: %d; unanswered within %.0f s: %d%n",
                        r.answeredMillis().length, r.refused(), probeTimeout, r.unanswered());
                out.printf(
                        "answer time ms: median %.1f, p99 %.1f, max %.1f%n",
                        r.percentile(50), r.percentile(99), r.percentile(100));
                out.printf(
                        "slow connections open at the end: %d; reopened after the node closed them: %d; could not open: %d%n",
                        r.slowOpen(), r.reopened(), r.openFailures());
            }
            case "burst" -> {
                TransactionBurst.Result r = new TransactionBurst(url, clients, transactions).run();
                out.printf("burst: %d transactions from %d clients in %.2f s%n", transactions, clients, r.seconds());
                out.printf("answers by status: %s (0: no answer)%n", r.statuses());
                out.printf(
                        "accepted (201) per second until the last was accepted: %.0f (%d in %.2f s); all answers per second: %.0f%n",
                        r.count(201) / r.acceptingSeconds(),
                        r.count(201),
                        r.acceptingSeconds(),
                        transactions / r.seconds());
                if (r.refusal() != null) {
                    out.printf("a 503 said: %s%n", r.refusal());
                }
                out.printf("pending now: %d%n", pending());
            }
            default -> {
                spec.commandLine().getErr().println("bench-flood: MODE must be slowloris or burst, not " + mode);
                return BlockdeskCommand.EXIT_BAD_INPUT;
            }
        }
        out.flush();
        return 0;
    }

    private int pending() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(url.resolve("/transactions/pending"))
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return WireJson.parse(response.body()).get("length").asInt();
    }
}
