package dev.blockdesk.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The hash rate the playground and New chain base expected times on. */
class HashRateTest {

    @Test
    void aShortMeasurementWithTheRealMinerCountsTries() throws InterruptedException {
        HashRate rate = HashRate.measure("dvf", 1, Duration.ofMillis(300));
        assertTrue(rate.perSecond() > 0, "some tries in 0.3 s");
        assertEquals(1, rate.threads());
        assertTrue(
                rate.source().startsWith("measured: the fastest quarter of 0.3 s of dvf mining on 1 thread"),
                rate.source());
        assertEquals(
                65536 / rate.perSecond(),
                rate.secondsFor(new DvfRules(4).proof().expectedTries()),
                1e-9);
    }

    @Test
    void aDialectThatDoesNotHashIsMeasuredAsDvf() throws InterruptedException {
        HashRate rate = HashRate.measure("pyscoop", 1, Duration.ofMillis(100));
        assertTrue(rate.perSecond() > 0);
        assertTrue(
                rate.source().contains("dvf mining") && rate.source().contains("pyscoop does not hash"), rate.source());
    }

    @Test
    void aJobsRateSaysWhichJob() throws Exception {
        try (Miner miner = new Miner(1)) {
            MiningJob job = miner.mine(new PowPuzzle("100", "abc", 7, new ProofOfWork(2)));
            job.result().get();
            HashRate rate = HashRate.of(job);
            assertTrue(rate.source().startsWith("from the mining of block 7: "), rate.source());
            assertEquals(1, rate.threads());
        }
    }

    @Test
    void noTriesASecondTakeForever() {
        assertEquals(Double.POSITIVE_INFINITY, new HashRate(0, 1, "none").secondsFor(16));
    }
}
