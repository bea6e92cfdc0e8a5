package dev.blockdesk.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.testing.Wait;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Slow motion: a capped miner keeps to its tries a second, finds the same proof, and still stops at once. */
class MinerRateLimitTest {

    private static final String HASH = "2b094dae4c971ac92f352e2835d4383b51a6b3349a9789ec65c73b6a0f800c48";
    private static final PowPuzzle NEVER_FOUND = new PowPuzzle("100", HASH, 2, new ProofOfWork(64));

    @Test
    void aCappedJobsTriesStayNearTheCapAndClimbSteadily() throws Exception {
        try (Miner miner = new Miner(2)) {
            miner.setRateLimit(2000);
            MiningJob job = miner.mine(NEVER_FOUND);
            assertEquals(2000, job.rateLimit());
            Wait.until(
                    "1.5 s of capped mining",
                    Duration.ofSeconds(20),
                    () -> job.elapsed().toMillis() >= 1500);
            long tries = job.tries();
            double seconds = job.elapsed().toNanos() / 1e9; // read after the tries: the bound below only loosens
            // Slots of 100 tries follow each other at 2,000 a second from the job's start: never more than one slot
            // ahead.
            assertTrue(tries <= 2000 * seconds + MiningJob.chunkUnder(2000), tries + " tries in " + seconds + " s");
            assertTrue(
                    tries >= 2000 * seconds * 0.2,
                    "the capped miner still mines: " + tries + " tries in " + seconds + " s");
            assertTrue(job.tries(0) > 0 && job.tries(1) > 0, "both threads share the cap");
            long before = job.tries();
            Wait.until("the tries climb", Duration.ofSeconds(20), () -> job.tries() > before);
            job.cancel();
        }
    }

    @Test
    void cancelDoesNotWaitOutASlot() {
        try (Miner miner = new Miner(3)) {
            miner.setRateLimit(0.01); // one try every 100 s: each thread soon waits a long time for its slot
            MiningJob job = miner.mine(NEVER_FOUND);
            Wait.until("the first tries", Duration.ofSeconds(20), () -> job.tries() >= 1);
            job.cancel();
            // far below the 100 s a slot lasts: the waits end at the cancel
            assertThrows(CancellationException.class, () -> job.result().get(10, TimeUnit.SECONDS));
            assertTrue(job.tries() <= 3, "one try per thread at most: " + job.tries());
        }
    }

    @Test
    void liftingTheCapLetsTheRunningJobGoAtFullSpeed() throws Exception {
        try (Miner miner = new Miner(1)) {
            miner.setRateLimit(100);
            MiningJob job = miner.mine(new PowPuzzle("100", HASH, 2, new ProofOfWork(4)));
            Wait.until("a few capped tries", Duration.ofSeconds(20), () -> job.tries() >= 5);
            assertTrue(!job.isDone(), "36,234 tries take minutes at 100 a second");
            miner.setRateLimit(0);
            assertEquals(36234L, job.result().get(30, TimeUnit.SECONDS), "the same smallest proof as the Python node");
        }
    }

    @Test
    void aCapIsZeroOrAPositiveRate() {
        try (Miner miner = new Miner(1)) {
            assertThrows(IllegalArgumentException.class, () -> miner.setRateLimit(-1));
            assertThrows(IllegalArgumentException.class, () -> miner.setRateLimit(Double.NaN));
            assertThrows(IllegalArgumentException.class, () -> miner.setRateLimit(Double.POSITIVE_INFINITY));
            assertEquals(0, miner.rateLimit());
        }
    }
}
