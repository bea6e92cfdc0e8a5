package dev.blockdesk.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.Transaction;
import dev.blockdesk.chain.WireJson;
import dev.blockdesk.testing.Wait;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A small network with auto-sync: forwarded transactions, prompts after mining, periodic resolves. */
class AutoSyncTest {

    private final TestNodes nodes = new TestNodes();

    @AfterEach
    void stop() {
        nodes.close();
    }

    @Test
    void afterTheNetworkSettlesEveryAcceptedTransactionIsInTheChainExactlyOnce() throws Exception {
        List<Node> network = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            network.add(nodes.start(TestNodes.config().withAutoSyncInterval(Duration.ofMillis(300))));
        }
        for (Node node : network) {
            List<String> others = new ArrayList<>();
            network.stream()
                    .filter(other -> other != node)
                    .forEach(other -> others.add("http://127.0.0.1:" + other.port()));
            node.registerPeers(others);
        }
        List<String> accepted = new ArrayList<>();
        List<CompletableFuture<?>> mining = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            for (int i = 0; i < network.size(); i++) {
                Node node = network.get(i);
                // the receipt names the transaction: by the time Pending is read, a sync may have mined it
                accepted.add(node.submitTransaction(WireJson.parse("{\"sender\": \"user" + i
                                + "\", \"recipient\": \"shop\", \"amount\": " + (round + 1) + "}"))
                        .transaction()
                        .id());
                mining.add(node.mine()); // the nodes mine at the same time: forks happen and are resolved
            }
            CompletableFuture.allOf(mining.toArray(CompletableFuture[]::new))
                    .exceptionally(e -> null)
                    .join();
        }
        settle(network);

        Map<String, Integer> counts = new HashMap<>();
        for (Block block : network.get(0).chain().blocks()) {
            for (Transaction tx : block.transactions()) {
                if (tx.id() != null) {
                    counts.merge(tx.id(), 1, Integer::sum);
                }
            }
        }
        for (String id : accepted) {
            assertEquals(1, counts.getOrDefault(id, 0), "transaction " + id + " is in the final chain exactly once");
        }
        assertEquals(accepted.size(), counts.size());
        for (Node node : network) {
            assertEquals(network.get(0).chain(), node.chain());
            assertTrue(node.pending().isEmpty());
        }
    }

    /**
     * Lets the network settle as a longest-chain network does: forks of equal length persist until
     * the next block breaks the tie, and restored transactions wait for the next block. So: wait for
     * the chains to agree; if they do not, or something is still pending, mine one more block.
     */
    private static void settle(List<Node> network) {
        for (int attempt = 0; attempt < 30; attempt++) {
            boolean agree = waitUntil(
                    5,
                    () -> network.stream()
                            .allMatch(n -> n.chain().equals(network.get(0).chain())));
            Node withPending = network.stream()
                    .filter(n -> !n.pending().isEmpty())
                    .findFirst()
                    .orElse(null);
            if (agree && withPending == null) {
                return;
            }
            TestNodes.mine(withPending != null ? withPending : network.get(0), 1);
        }
        throw new AssertionError("the network did not settle");
    }

    private static boolean waitUntil(double seconds, java.util.function.BooleanSupplier condition) {
        try {
            Wait.until("the network settles", Duration.ofMillis((long) (seconds * 1000)), condition::getAsBoolean);
            return true;
        } catch (AssertionError e) {
            return false;
        }
    }
}
