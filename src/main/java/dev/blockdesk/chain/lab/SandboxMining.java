package dev.blockdesk.chain.lab;

import dev.blockdesk.chain.ChainText;
import dev.blockdesk.chain.Explained;
import dev.blockdesk.chain.Miner;
import dev.blockdesk.chain.MiningJob;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Mines sandbox blocks in turn, as a rewrite of history does: each block is re-linked (its
 * previous_hash set to the current hash of the block before) and given the smallest proof that the
 * dialect's rule accepts for it, found by the real {@link Miner}. The search runs on the miner's
 * threads; every change to the sandbox is made through {@code owner}, the thread that owns the
 * sandbox (the FX thread in the window). Progress may be read from any thread.
 */
public final class SandboxMining {

    /**
     * How a run ended.
     *
     * @param from      the position of the first block it mined
     * @param blocks    how many blocks were mined
     * @param tries     how many proofs were tried, all blocks together
     * @param elapsed   how long it took
     * @param cancelled whether it was cancelled before the last block
     */
    public record Outcome(int from, int blocks, long tries, Duration elapsed, boolean cancelled) {}

    /** A range of blocks with nothing to mine in it: none, or the genesis block only. */
    public static final class NothingToMineException extends IllegalArgumentException implements Explained {
        private final transient ChainText text;

        NothingToMineException(ChainText text) {
            super(text.english());
            this.text = text;
        }

        @Override
        public ChainText text() {
            return text;
        }
    }

    private final SandboxChain chain;
    private final int from;
    private final int to;
    private final Miner miner;
    private final Executor owner;
    private final long startNanos = System.nanoTime();
    private final CompletableFuture<Outcome> result = new CompletableFuture<>();
    private volatile MiningJob job;
    private volatile long finishedTries;
    private volatile int mined;
    private volatile int current;
    private volatile boolean cancelled;

    private SandboxMining(SandboxChain chain, int from, int to, Miner miner, Executor owner) {
        this.chain = chain;
        this.from = from;
        this.to = to;
        this.miner = miner;
        this.owner = owner;
        this.current = from;
    }

    /**
     * Mines the blocks at positions {@code from} (inclusive) to {@code to} (exclusive), in turn.
     * Call it on {@code owner}'s thread: the first block is re-linked before this returns.
     *
     * @throws IllegalArgumentException when the range holds no block after the genesis block
     */
    public static SandboxMining start(SandboxChain chain, int from, int to, Miner miner, Executor owner) {
        if (from < 1 || to > chain.size() || from >= to) {
            throw new NothingToMineException(ChainText.of(
                    "chain.sandbox.nothingToMine", chain.indexAt(from), chain.indexAt(to - 1), chain.size()));
        }
        SandboxMining mining = new SandboxMining(chain, from, to, miner, owner);
        mining.step(from);
        return mining;
    }

    /** Completes when the last block is mined, or the run is cancelled; exceptionally if a block cannot be mined. */
    public CompletableFuture<Outcome> result() {
        return result;
    }

    /** Stops the search within one chunk of tries; the block being mined keeps its old proof. */
    public void cancel() {
        cancelled = true;
        MiningJob running = job;
        if (running != null) {
            running.cancel();
        }
    }

    public boolean isDone() {
        return result.isDone();
    }

    /** The position of the block being mined. */
    public int current() {
        return current;
    }

    public int from() {
        return from;
    }

    /** How many blocks the run mines in all. */
    public int total() {
        return to - from;
    }

    /** How many blocks have their proof. */
    public int mined() {
        return mined;
    }

    /** Tries so far, all blocks together. */
    public long tries() {
        MiningJob running = job;
        return finishedTries + (running == null || running.isDone() ? 0 : running.tries());
    }

    public Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /** Tries a second over the whole run. */
    public double hashRate() {
        double seconds = elapsed().toNanos() / 1e9;
        return seconds <= 0 ? 0 : tries() / seconds;
    }

    /** How many tries a block takes on average under the rules. */
    public double expectedTries() {
        return chain.rules().proof().expectedTries();
    }

    private void step(int position) {
        if (cancelled || position >= to) {
            finish();
            return;
        }
        current = position;
        MiningJob started;
        try {
            chain.relink(position);
            started = miner.mine(chain.puzzle(position));
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
            return;
        }
        job = started;
        if (cancelled) {
            started.cancel(); // a cancel that came between the check above and the job's start
        }
        started.result().whenComplete((proof, error) -> owner.execute(() -> landed(position, started, proof, error)));
    }

    private void landed(int position, MiningJob done, Long proof, Throwable error) {
        finishedTries += done.tries();
        if (cancelled) {
            finish(); // a proof found as Cancel or Reset came: the blocks are no longer this run's to write
            return;
        }
        if (error == null) {
            chain.setProof(position, proof);
            mined++;
            step(position + 1);
            return;
        }
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof CancellationException) {
            cancelled = true;
            finish();
        } else {
            result.completeExceptionally(cause);
        }
    }

    private void finish() {
        job = null;
        result.complete(new Outcome(from, mined, finishedTries, elapsed(), mined < total()));
    }
}
