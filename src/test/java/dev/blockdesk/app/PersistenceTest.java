package dev.blockdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blockdesk.chain.ChainValidator;
import dev.blockdesk.chain.DvfRules;
import dev.blockdesk.chain.ValidationResult;
import dev.blockdesk.chain.WireJson;
import dev.blockdesk.testing.Wait;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing is lost across restarts and crashes: real node processes on a real SQLite file. */
class PersistenceTest {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ChainValidator DIFFICULTY_2 = new ChainValidator(new DvfRules(2));

    @TempDir
    Path dir;

    private static JsonNode get(URI url, String path) throws Exception {
        return WireJson.parse(HTTP.send(
                        HttpRequest.newBuilder(url.resolve(path))
                                .header("Accept", "application/json")
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
    }

    private static int post(URI url, String body) throws Exception {
        return HTTP.send(
                        HttpRequest.newBuilder(url.resolve("/transactions/new"))
                                .timeout(Duration.ofSeconds(5))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @Test
    void aRestartKeepsChainPendingPeersAndNodeId() throws Exception {
        String data = dir.resolve("data").toString();
        String nodeId;
        JsonNode chainBefore;
        try (NodeProcess node =
                NodeProcess.start("--data-dir", data, "--port", "0", "--difficulty", "2", "--peer", "127.0.0.1:5999")) {
            assertEquals(201, post(node.url, "{\"sender\": \"alice\", \"recipient\": \"bob\", \"amount\": 5}"));
            get(node.url, "/mine");
            assertEquals(201, post(node.url, "{\"sender\": \"carol\", \"recipient\": \"dan\", \"amount\": 0.5}"));
            chainBefore = get(node.url, "/chain");
            nodeId = get(node.url, "/").get("node").asText();
        }
        try (NodeProcess node = NodeProcess.start("--data-dir", data, "--port", "0")) {
            assertEquals(chainBefore, get(node.url, "/chain"));
            JsonNode pending = get(node.url, "/transactions/pending").get("transactions");
            assertEquals(1, pending.size());
            assertEquals("carol", pending.get(0).get("sender").asText());
            assertEquals(nodeId, get(node.url, "/").get("node").asText(), "the node id stays the same");
            assertEquals(
                    "127.0.0.1:5999",
                    get(node.url, "/nodes").get("nodes").get(0).get("address").asText());
            assertTrue(node.output().contains("difficulty 2"), "the difficulty is remembered: " + node.output());
        }
    }

    /** Runs of the crash test: 1 in the build; tools/crash_100.sh asks for 100 ({@code -Dblockdesk.crashRuns=100}). */
    private static final int CRASH_RUNS = Integer.getInteger("blockdesk.crashRuns", 1);

    /** What one run of three SIGKILLs left: each count must be 0. */
    private record CrashRun(
            int acknowledged, int lost, int duplicated, int invalidChains, int minedBlocksLost, List<String> problems) {
        @Override
        public String toString() {
            return "acknowledged=" + acknowledged + " lost=" + lost + " duplicated=" + duplicated + " invalidChains="
                    + invalidChains + " minedBlocksLost=" + minedBlocksLost;
        }
    }

    @Test
    void killedMidStreamNothingAcknowledgedIsLost() throws Exception {
        List<String> problems = new ArrayList<>();
        for (int run = 1; run <= CRASH_RUNS; run++) {
            CrashRun result = crashRun(dir.resolve("run" + run).toString(), new Random(run == 1 ? 7 : 7 + 7919L * run));
            if (CRASH_RUNS > 1) {
                System.out.println("crash run " + run + "/" + CRASH_RUNS + ": " + result);
            }
            for (String problem : result.problems()) {
                problems.add("run " + run + ": " + problem);
            }
        }
        assertEquals(List.of(), problems.subList(0, Math.min(problems.size(), 20)));
    }

    /** Three rounds: clients post and mine, the node is killed (SIGKILL) at a random point, restarted, and checked. */
    private static CrashRun crashRun(String data, Random random) throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Map<Long, String> minedBlocks = new ConcurrentHashMap<>();
        int lost = 0;
        int duplicated = 0;
        int invalid = 0;
        int blocksLost = 0;
        List<String> problems = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            NodeProcess node = NodeProcess.start(
                    "--data-dir", data, "--port", "0", "--difficulty", "2", "--threads", "1", "--mine");
            AtomicBoolean running = new AtomicBoolean(true);
            int r = round;
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < 2; c++) {
                int client = c;
                Thread thread = new Thread(
                        () -> {
                            for (int i = 0; running.get(); i++) {
                                String sender = "r" + r + "c" + client + "n" + i;
                                try {
                                    if (post(
                                                    node.url,
                                                    "{\"sender\": \"" + sender
                                                            + "\", \"recipient\": \"shop\", \"amount\": 1}")
                                            == 201) {
                                        acknowledged.add(sender);
                                    }
                                    if (i % 5 == 0) {
                                        JsonNode mined = get(node.url, "/mine");
                                        minedBlocks.put(
                                                mined.get("index").asLong(),
                                                mined.get("hash").asText());
                                    }
                                } catch (Exception e) {
                                    return; // the node was killed under us: whatever was not answered was not promised
                                }
                            }
                        },
                        "client-" + c);
                thread.start();
                clients.add(thread);
            }
            // Kill at a random point of the stream, counted in acknowledged transactions, not in time.
            int killAt = acknowledged.size() + 20 + random.nextInt(200);
            Wait.until("the clients' " + killAt + "th acknowledged transaction", () -> acknowledged.size() >= killAt);
            node.kill();
            running.set(false);
            for (Thread thread : clients) {
                thread.join(10_000);
            }
            assertTrue(acknowledged.size() > round * 10, "transactions were acknowledged in round " + round);

            try (NodeProcess restarted = NodeProcess.start("--data-dir", data, "--port", "0")) {
                JsonNode chain = get(restarted.url, "/chain");
                ValidationResult verdict = DIFFICULTY_2.validate(chain);
                if (!verdict.isValid()) {
                    invalid++;
                    problems.add("round " + round + ": " + verdict.describe());
                    continue;
                }
                Map<String, Integer> seen = new HashMap<>();
                for (JsonNode block : chain.get("chain")) {
                    for (JsonNode tx : block.get("transactions")) {
                        seen.merge(tx.get("sender").asText(), 1, Integer::sum);
                    }
                }
                for (JsonNode tx : get(restarted.url, "/transactions/pending").get("transactions")) {
                    seen.merge(tx.get("sender").asText(), 1, Integer::sum);
                }
                for (String sender : acknowledged) {
                    int times = seen.getOrDefault(sender, 0);
                    if (times != 1) {
                        lost += times == 0 ? 1 : 0;
                        duplicated += times > 1 ? 1 : 0;
                        problems.add("round " + round + ": acknowledged " + sender + " is kept " + times
                                + " times, not exactly once");
                    }
                }
                for (Map.Entry<Long, String> block : minedBlocks.entrySet()) {
                    String kept = hashOf(chain, block.getKey());
                    if (!block.getValue().equals(kept)) {
                        blocksLost++;
                        problems.add("round " + round + ": block " + block.getKey() + " returned by /mine is not kept: "
                                + kept);
                    }
                }
            }
        }
        return new CrashRun(acknowledged.size(), lost, duplicated, invalid, blocksLost, problems);
    }

    private static String hashOf(JsonNode chain, long index) {
        if (index < 1 || index > chain.get("chain").size()) {
            return "no block " + index + " in a chain of " + chain.get("chain").size();
        }
        try {
            return dev.blockdesk.chain.Block.fromJson(
                            chain.get("chain").get((int) (index - 1)), dev.blockdesk.chain.BlockHasher.SORTED_JSON)
                    .hash();
        } catch (dev.blockdesk.chain.InvalidBlockException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aSecondProcessOnTheSameDataDirectoryIsTurnedAway() throws Exception {
        String data = dir.resolve("data").toString();
        try (NodeProcess first = NodeProcess.start("--data-dir", data, "--port", "0", "--difficulty", "2")) {
            JsonNode before = get(first.url, "/chain");
            NodeProcess.Finished second = NodeProcess.run("node", "--data-dir", data, "--port", "0");
            assertEquals(2, second.exit());
            assertTrue(second.output().contains("is already in use by another Blockdesk"), second.output());
            assertEquals(before, get(first.url, "/chain"));
            NodeProcess.Finished export = NodeProcess.run(
                    "export", "--data-dir", data, dir.resolve("out.json").toString());
            assertEquals(2, export.exit(), export.output());
        }
    }

    @Test
    void aTamperedDatabaseStopsTheNodeUntilRecoveryIsAskedFor() throws Exception {
        String data = dir.resolve("data").toString();
        try (NodeProcess node = NodeProcess.start("--data-dir", data, "--port", "0", "--difficulty", "2")) {
            for (int i = 0; i < 4; i++) {
                get(node.url, "/mine");
            }
        }
        try (Connection sql = DriverManager.getConnection(
                        "jdbc:sqlite:" + dir.resolve("data").resolve("blockdesk.db"));
                Statement s = sql.createStatement()) {
            s.executeUpdate("UPDATE blocks SET json = replace(json, '\"amount\": 1', '\"amount\": 100') WHERE idx = 3");
        }
        NodeProcess.Finished refused = NodeProcess.run("node", "--data-dir", data, "--port", "0");
        assertEquals(2, refused.exit());
        assertTrue(
                refused.output()
                        .contains(
                                "node: the stored chain is invalid at block 3: its content does not match the hash"
                                        + " recorded when it was stored; start with --recover to continue from the 2 valid blocks before it"),
                refused.output());
        try (NodeProcess recovered = NodeProcess.start("--data-dir", data, "--port", "0", "--recover")) {
            assertEquals(2, get(recovered.url, "/chain").get("length").asInt());
            assertTrue(
                    recovered.output().contains("recovered: starting from the 2 valid blocks before it"),
                    recovered.output());
        }
    }

    @Test
    void exportAndImportMoveAChainBetweenDataDirectories() throws Exception {
        String from = dir.resolve("from").toString();
        String to = dir.resolve("to").toString();
        try (NodeProcess node = NodeProcess.start("--data-dir", from, "--port", "0", "--difficulty", "2")) {
            for (int i = 0; i < 3; i++) {
                get(node.url, "/mine");
            }
        }
        Path file = dir.resolve("chain.json");
        NodeProcess.Finished exported = NodeProcess.run("export", "--data-dir", from, file.toString());
        assertEquals(0, exported.exit(), exported.output());
        assertTrue(exported.output().contains("exported 4 dvf blocks"), exported.output());
        NodeProcess.Finished validated = NodeProcess.run("validate", "--difficulty", "2", file.toString());
        assertEquals("VALID 4 blocks (dvf)", validated.output().strip());

        try (NodeProcess node = NodeProcess.start("--data-dir", to, "--port", "0", "--difficulty", "2")) {
            assertEquals(201, post(node.url, "{\"sender\": \"keep\", \"recipient\": \"me\", \"amount\": 1}"));
        }
        NodeProcess.Finished imported = NodeProcess.run("import", "--data-dir", to, file.toString());
        assertEquals(0, imported.exit(), imported.output());
        try (NodeProcess node = NodeProcess.start("--data-dir", to, "--port", "0")) {
            assertEquals(4, get(node.url, "/chain").get("length").asInt());
            assertEquals(
                    "keep",
                    get(node.url, "/transactions/pending")
                            .get("transactions")
                            .get(0)
                            .get("sender")
                            .asText());
        }
        NodeProcess.Finished again = NodeProcess.run("import", "--data-dir", to, file.toString());
        assertEquals(1, again.exit());
        assertTrue(again.output().contains("has 4 blocks, not more than the 4 stored"), again.output());
        NodeProcess.Finished invalid = NodeProcess.run(
                "import",
                "--data-dir",
                to,
                Path.of("resources", "tampered-chain.json").toString());
        assertEquals(1, invalid.exit());
        assertTrue(
                invalid.output().contains("is invalid: block 5: previous_hash does not match the hash of block 4"),
                invalid.output());
    }
}
