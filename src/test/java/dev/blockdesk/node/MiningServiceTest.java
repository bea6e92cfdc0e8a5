package dev.blockdesk.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.BlockHasher;
import dev.blockdesk.chain.Miner;
import dev.blockdesk.chain.MiningJob;
import dev.blockdesk.chain.PowPuzzle;
import dev.blockdesk.chain.ProofOfWork;
import dev.blockdesk.chain.StaleProofException;
import dev.blockdesk.testing.Wait;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** One mining job for the whole node, restarted when the tip moves. */
class MiningServiceTest {

    /** A chain whose tip the test moves, with a real miner behind the service. */
    private static final class MovingTip implements MiningService.Chain {
        final AtomicReference<PowPuzzle> tip = new AtomicReference<>();
        final List<PowPuzzle> started = new CopyOnWriteArrayList<>();
        final List<Long> forged = new CopyOnWriteArrayList<>();

        MovingTip(PowPuzzle first) {
            tip.set(first);
        }

        @Override
        public PowPuzzle puzzle() {
            return tip.get();
        }

        @Override
        public Block forge(PowPuzzle puzzle, long proof) throws StaleProofException {
            if (!puzzle.equals(tip.get())) {
                throw new StaleProofException("tip moved");
            }
            forged.add(proof);
            return Block.create(puzzle.nextIndex(), 1.0, List.of(), proof, puzzle.lastHash(), BlockHasher.SORTED_JSON);
        }

        @Override
        public void miningStarted(MiningJob job) {
            started.add(job.puzzle());
        }

        @Override
        public void miningStopped() {}
    }

    private static final String HASH = "2b094dae4c971ac92f352e2835d4383b51a6b3349a9789ec65c73b6a0f800c48";

    @Test
    void concurrentRequestsShareOneJob() throws Exception {
        MovingTip chain =
                new MovingTip(new PowPuzzle("100", HASH, 2, new ProofOfWork(64))); // never found: the job stays open
        try (MiningService mining = new MiningService(new Miner(1), chain)) {
            CompletableFuture<Block> first = mining.mineOne();
            CompletableFuture<Block> second = mining.mineOne();
            assertSame(first, second);
            Wait.until("the job starts", Duration.ofMillis(5000), mining::isMining);
            assertEquals(1, chain.started.size(), "one job for both requests");
            chain.tip.set(new PowPuzzle("100", HASH, 2, new ProofOfWork(3)));
            mining.restartOnNewTip();
            Block block = first.get(10, TimeUnit.SECONDS);
            assertEquals(2, block.index());
            assertEquals(1, chain.forged.size(), "one block for both requests");
        }
    }

    @Test
    void aJobRestartsOnTheNewTipAndFinishesThere() throws Exception {
        MovingTip chain = new MovingTip(new PowPuzzle("100", HASH, 2, new ProofOfWork(64))); // never found
        try (MiningService mining = new MiningService(new Miner(2), chain)) {
            CompletableFuture<Block> block = mining.mineOne();
            Wait.until("the job starts", Duration.ofMillis(5000), () -> chain.started.size() == 1);
            chain.tip.set(new PowPuzzle("7", HASH.replace('2', '3'), 9, new ProofOfWork(3)));
            mining.restartOnNewTip();
            Block mined = block.get(10, TimeUnit.SECONDS);
            assertEquals(9, mined.index(), "the waiting caller gets the block mined on the new tip");
            assertEquals(2, chain.started.size());
        }
    }

    @Test
    void cancelStopsMiningAndTellsTheCaller() throws Exception {
        MovingTip chain = new MovingTip(new PowPuzzle("100", HASH, 2, new ProofOfWork(64)));
        try (MiningService mining = new MiningService(new Miner(1), chain)) {
            CompletableFuture<Block> block = mining.mineOne();
            mining.setAutoMine(true);
            Wait.until("the job starts", Duration.ofMillis(5000), mining::isMining);
            mining.cancel();
            assertThrows(CancellationException.class, () -> block.get(5, TimeUnit.SECONDS));
            Wait.until("mining stops", Duration.ofMillis(5000), () -> !mining.isMining());
            assertTrue(!mining.isAutoMining());
        }
    }

    @Test
    void autoMineKeepsMiningBlockAfterBlock() throws Exception {
        MovingTip chain = new MovingTip(new PowPuzzle("100", HASH, 2, new ProofOfWork(2)));
        MovingTip[] holder = {chain};
        try (MiningService mining = new MiningService(new Miner(1), new MiningService.Chain() {
            @Override
            public PowPuzzle puzzle() {
                return holder[0].puzzle();
            }

            @Override
            public Block forge(PowPuzzle puzzle, long proof) throws StaleProofException {
                Block block = holder[0].forge(puzzle, proof);
                holder[0].tip.set(
                        new PowPuzzle(Long.toString(proof), block.hash(), block.index() + 1, new ProofOfWork(2)));
                return block;
            }

            @Override
            public void miningStarted(MiningJob job) {}

            @Override
            public void miningStopped() {}
        })) {
            mining.setAutoMine(true);
            Wait.until("five blocks", Duration.ofMillis(10000), () -> chain.forged.size() >= 5);
            mining.cancel();
        }
    }

    @Test
    void aFailureWhileForgingReachesTheCallerTurnsAutoMineOffAndTheNextMineWorks() throws Exception {
        MovingTip chain = new MovingTip(new PowPuzzle("100", HASH, 2, new ProofOfWork(2)));
        java.util.concurrent.atomic.AtomicBoolean failing = new java.util.concurrent.atomic.AtomicBoolean(true);
        List<RuntimeException> reported = new CopyOnWriteArrayList<>();
        try (MiningService mining = new MiningService(new Miner(1), new MiningService.Chain() {
            @Override
            public PowPuzzle puzzle() {
                return chain.puzzle();
            }

            @Override
            public Block forge(PowPuzzle puzzle, long proof) throws StaleProofException {
                if (failing.get()) {
                    throw new dev.blockdesk.store.StoreException("database or disk is full");
                }
                return chain.forge(puzzle, proof);
            }

            @Override
            public void miningStarted(MiningJob job) {}

            @Override
            public void miningStopped() {}

            @Override
            public void miningFailed(RuntimeException error) {
                reported.add(error);
            }
        })) {
            mining.setAutoMine(true);
            Wait.until("the failure is reported", () -> !reported.isEmpty());
            assertEquals("database or disk is full", reported.get(0).getMessage());
            assertTrue(!mining.isAutoMining(), "a failing store stops auto-mine instead of mining in vain");

            Throwable failure = Wait.failure(mining.mineOne(), Wait.HANG);
            assertEquals("database or disk is full", failure.getMessage(), "the caller gets the error");
            assertEquals(2, reported.size(), "one report per failed block; auto-mine started no more");

            failing.set(false);
            assertEquals(2, Wait.get(mining.mineOne(), Wait.HANG).index(), "the next Mine starts a new job");
        }
    }
}
