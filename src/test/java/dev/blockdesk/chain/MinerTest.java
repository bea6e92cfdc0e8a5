package dev.blockdesk.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.testing.Wait;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MinerTest {

    private static final String HASH = "2b094dae4c971ac92f352e2835d4383b51a6b3349a9789ec65c73b6a0f800c48";

    @Test
    void everyThreadCountFindsThePythonNodesSmallestProof() throws Exception {
        List<String> vectors = Vectors.lines("proof-of-work.txt");
        assertEquals(7, vectors.size());
        for (String line : vectors) {
            String[] v = line.split(" ");
            PowPuzzle puzzle = new PowPuzzle(v[1], v[2], 2, new ProofOfWork(Integer.parseInt(v[0])));
            for (int threads : new int[] {1, 2, 3}) {
                try (Miner miner = new Miner(threads)) {
                    long proof = miner.mine(puzzle).result().get(60, TimeUnit.SECONDS);
                    assertEquals(Long.parseLong(v[3]), proof, line + " with " + threads + " threads");
                }
            }
            ProofOfWork pow = new ProofOfWork(Integer.parseInt(v[0]));
            assertTrue(pow.isValid(v[1], v[3], v[2]));
            assertTrue(!pow.isValid(v[1], Long.toString(Long.parseLong(v[3]) - 1), v[2]) || v[3].equals("0"));
        }
    }

    @Test
    void proofsCrossingADigitBoundaryAreHashedRight() throws Exception {
        // The search rewrites the proof's digits in place; 9 -> 10 and 99999 -> 100000 move the hash.
        ProofOfWork pow = new ProofOfWork(3);
        try (Miner miner = new Miner(1)) {
            for (String lastProof : List.of("1", "99", "12345")) {
                long proof = miner.mine(new PowPuzzle(lastProof, HASH, 2, new ProofOfWork(3)))
                        .result()
                        .get();
                assertTrue(pow.isValid(lastProof, Long.toString(proof), HASH));
                for (long p = 0; p < proof; p++) {
                    assertTrue(!pow.isValid(lastProof, Long.toString(p), HASH), "smaller proof " + p + " exists");
                }
            }
        }
    }

    @Test
    void difficultyIsCountedInHexDigitsIncludingOddOnes() {
        byte[] digest = new byte[32];
        digest[2] = 0x0f;
        assertTrue(ProofOfWork.meets(digest, 5));
        assertTrue(!ProofOfWork.meets(digest, 6));
        digest[1] = 0x10;
        assertTrue(ProofOfWork.meets(digest, 2));
        assertTrue(!ProofOfWork.meets(digest, 3));
        assertEquals(65536.0, new ProofOfWork(4).expectedTries());
        assertThrows(IllegalArgumentException.class, () -> new ProofOfWork(65));
    }

    @Test
    void cancelStopsEveryThreadPromptly() throws Exception {
        try (Miner miner = new Miner(2)) {
            MiningJob job = miner.mine(new PowPuzzle("100", HASH, 2, new ProofOfWork(64)));
            Wait.until("100,000 tries", () -> job.tries() >= 100_000);
            assertTrue(job.hashRate() > 0);
            job.cancel();
            assertThrows(CancellationException.class, () -> job.result().get(5, TimeUnit.SECONDS));
            long after = job.tries();
            Wait.during("no thread keeps hashing after the cancel", Duration.ofMillis(50), () -> job.tries() == after);
            assertEquals(after, job.tries(), "no thread kept hashing after the cancel");
            assertTrue(job.isDone() && job.isCancelled());
        }
    }

    @Test
    void progressIsReportedWhileRunningAndPerThread() throws Exception {
        try (Miner miner = new Miner(2)) {
            MiningJob job = miner.mine(new PowPuzzle("100", HASH, 2, new ProofOfWork(64)));
            Wait.until("300 ms of mining", () -> job.elapsed().toMillis() >= 300);
            long first = job.tries();
            Wait.until("more tries", () -> job.tries() > first);
            assertTrue(job.tries() > first, "tries grow while mining");
            assertTrue(job.tries(0) > 0 && job.tries(1) > 0, "both threads work");
            assertTrue(job.elapsed().toMillis() >= 300);
            job.cancel();
        }
    }

    @Test
    void closingTheMinerEndsItsJobs() {
        Miner miner = new Miner(1);
        MiningJob job = miner.mine(new PowPuzzle("100", HASH, 2, new ProofOfWork(64)));
        miner.close();
        assertThrows(CancellationException.class, () -> job.result().get(5, TimeUnit.SECONDS));
    }
}
