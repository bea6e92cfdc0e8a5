package dev.blockdesk.app;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A burst of new transactions from several clients at once, each on its kept-alive connection:
 * how many the node accepted, how fast, and what it answered the rest.
 */
final class TransactionBurst {

    private final URI url;
    private final int clients;
    private final int transactions;

    TransactionBurst(URI url, int clients, int transactions) {
        this.url = url;
        this.clients = clients;
        this.transactions = transactions;
    }

    /**
     * Answers by status (0: no answer), the seconds it took, the seconds until the last transaction
     * accepted (201), and the error of a 503 seen.
     */
    record Result(Map<Integer, Integer> statuses, double seconds, double acceptingSeconds, String refusal) {

        int count(int status) {
            return statuses.getOrDefault(status, 0);
        }
    }

    Result run() throws InterruptedException {
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        String[] refusal = new String[1];
        AtomicLong lastAccepted = new AtomicLong();
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            Thread thread = new Thread(
                    () -> {
                        HttpClient client = HttpClient.newBuilder()
                                .version(HttpClient.Version.HTTP_1_1)
                                .connectTimeout(Duration.ofSeconds(5))
                                .build();
                        for (int i = next.getAndIncrement(); i < transactions; i = next.getAndIncrement()) {
                            String body = "{\"sender\": \"burst-" + run + "\", \"recipient\": \"r" + i
                                    + "\", \"amount\": " + (i + 1) + "}";
                            HttpRequest request = HttpRequest.newBuilder(url.resolve("/transactions/new"))
                                    .timeout(Duration.ofSeconds(30))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(body))
                                    .build();
                            int status;
                            try {
                                HttpResponse<String> response =
                                        client.send(request, HttpResponse.BodyHandlers.ofString());
                                status = response.statusCode();
                                if (status == 201) {
                                    lastAccepted.accumulateAndGet(System.nanoTime(), Math::max);
                                }
                                if (status == 503 && refusal[0] == null) {
                                    refusal[0] = response.body();
                                }
                            } catch (IOException e) {
                                status = 0;
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                return;
                            }
                            statuses.computeIfAbsent(status, s -> new AtomicInteger())
                                    .incrementAndGet();
                        }
                    },
                    "burst-client-" + c);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<Integer, Integer> counts = new TreeMap<>();
        statuses.forEach((status, count) -> counts.put(status, count.get()));
        double accepting = lastAccepted.get() == 0 ? 0 : (lastAccepted.get() - start) / 1e9;
        return new Result(counts, seconds, accepting, refusal[0]);
    }
}
