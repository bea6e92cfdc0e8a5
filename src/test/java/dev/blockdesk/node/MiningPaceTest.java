package dev.blockdesk.node;

import static dev.blockdesk.node.TestNodes.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.IntNode;
import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.MiningJob;
import dev.blockdesk.testing.Wait;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The pace of a real node's mining: auto-mine only while transactions wait, and slow motion. */
class MiningPaceTest {

    @Test
    void autoMineWhenPendingMinesNothingUntilATransactionArrivesOverHttp() {
        try (TestNodes nodes = new TestNodes()) {
            Node node = nodes.start();
            node.setAutoMineWhenPending(true);
            node.setAutoMine(true);
            assertTrue(node.isAutoMining() && node.isAutoMiningWhenPending());
            Wait.during(
                    "nothing is mined while nothing is pending",
                    Duration.ofMillis(500),
                    () -> node.chain().length() == 1 && !node.isMining());

            TestNodes.Answer added = post(
                    node.url(), "/transactions/new", "{\"sender\": \"alice\", \"recipient\": \"bob\", \"amount\": 5}");
            assertEquals(201, added.status());
            Wait.until("the transaction is mined", Wait.HANG, () -> node.chain().length() == 2);
            Block block = node.chain().tip();
            assertEquals("alice", block.transactions().get(0).sender(), "the waiting transaction is in the block");
            Wait.until("mining stops", Wait.HANG, () -> !node.isMining());
            Wait.during(
                    "no empty block follows",
                    Duration.ofMillis(500),
                    () -> node.chain().length() == 2 && node.pending().isEmpty());

            node.submitTransaction("carol", "dave", IntNode.valueOf(2)); // as the window's form sends one
            Wait.until(
                    "the second transaction is mined",
                    Wait.HANG,
                    () -> node.chain().length() == 3);
            assertEquals("carol", node.chain().tip().transactions().get(0).sender());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aBlockFoundAtOnceStillAnswersItsCaller() throws Exception {
        try (TestNodes nodes = new TestNodes()) {
            Node node = nodes.start(TestNodes.config().withDifficulty(0)); // the first proof tried is valid
            for (int i = 0; i < 20; i++) {
                CompletableFuture<Block> mined = node.mine();
                assertEquals(2 + i, mined.get(30, TimeUnit.SECONDS).index());
            }
        }
    }

    @Test
    void switchingBackToAlwaysMinesAtOnceAndMineWorksInEitherMode() throws Exception {
        try (TestNodes nodes = new TestNodes()) {
            Node node = nodes.start();
            node.setAutoMineWhenPending(true);
            node.setAutoMine(true);
            Block asked = node.mine().get(30, TimeUnit.SECONDS);
            assertEquals(2, asked.index(), "a block asked for is mined with nothing pending");
            Wait.until("mining stops", Wait.HANG, () -> !node.isMining());
            assertEquals(2, node.chain().length(), "auto-mine does not go on with nothing pending");
            node.setAutoMineWhenPending(false);
            Wait.until("block after block again", Wait.HANG, () -> node.chain().length() >= 4);
            node.cancelMining();
        }
    }

    @Test
    void slowMotionCapsTheNodesMinerAndCancelIsImmediate() throws Exception {
        try (TestNodes nodes = new TestNodes()) {
            Node node = nodes.start(TestNodes.config().withDifficulty(8)); // billions of tries: never found here
            node.setMiningRateLimit(2000);
            assertEquals(2000, node.miningRateLimit());
            CompletableFuture<Block> mined = node.mine();
            Wait.until(
                    "1 s of mining",
                    Wait.HANG,
                    () -> node.miningJob()
                            .map(j -> j.elapsed().toMillis() >= 1000)
                            .orElse(false));
            MiningJob job = node.miningJob().orElseThrow();
            long tries = job.tries();
            double seconds = job.elapsed().toNanos() / 1e9;
            assertTrue(
                    tries <= 2000 * seconds + 100, tries + " tries in " + seconds + " s under a cap of 2,000 a second");
            assertTrue(tries > 0);

            node.setMiningRateLimit(0.01); // a slot every 100 s
            Wait.until("the threads wait for a long slot", Wait.HANG, () -> job.tries() > tries);
            node.cancelMining();
            assertThrows(
                    CancellationException.class,
                    () -> mined.get(10, TimeUnit.SECONDS),
                    "cancelled long before the slot ends");
            assertTrue(mined.isCompletedExceptionally());
            assertFalse(node.isMining());
            assertThrows(CancellationException.class, () -> job.result().getNow(null));
        }
    }
}
