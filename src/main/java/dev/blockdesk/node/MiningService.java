package dev.blockdesk.node;

import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.Miner;
import dev.blockdesk.chain.MiningJob;
import dev.blockdesk.chain.PowPuzzle;
import dev.blockdesk.chain.StaleProofException;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;

/**
 * One mining job at a time for the whole node: the HTTP {@code /mine}, the desktop's Mine button
 * and auto-mine all share it, so concurrent requests never fork our chain. When the chain changes
 * under a running job, the job restarts on the new tip.
 *
 * <p>A failure while forging a found block (the store could not write it) completes every waiting
 * caller with that error and turns auto-mine off; the next Mine starts a new job.
 *
 * <p>Auto-mine has two modes: block after block, or only while transactions are waiting
 * ({@link #setAutoMineWhenPending}). In the second, a job auto-mine would start with nothing
 * pending is not started, and {@link #pendingChanged()} (a transaction arrived, or a replaced chain
 * returned some) starts one. A job someone asked for (Mine, {@code /mine}) runs either way.
 *
 * <p>Lock order: this service's monitor is never held while calling into the node's chain lock.
 */
final class MiningService implements AutoCloseable {

    /** What the service needs from the node. */
    interface Chain {
        PowPuzzle puzzle();

        Block forge(PowPuzzle puzzle, long proof) throws StaleProofException;

        void miningStarted(MiningJob job);

        void miningStopped();

        /** Whether transactions are waiting to be mined. */
        default boolean hasPending() {
            return true;
        }

        /** A block was found but could not be forged (a store error); auto-mine is now off. */
        default void miningFailed(RuntimeException error) {}
    }

    private final Miner miner;
    private final Chain chain;
    private CompletableFuture<Block> current;
    /** Written under this object's lock; read without it, so the window never waits for a miner. */
    private volatile MiningJob job;

    private boolean autoMine;
    private boolean whenPending;
    /** Whether someone asked for the current job (Mine, {@code /mine}) rather than auto-mine alone. */
    private boolean requested;

    private boolean restart;
    private boolean closed;

    MiningService(Miner miner, Chain chain) {
        this.miner = miner;
        this.chain = chain;
    }

    /** The next block we mine: the running job's, or a new job's. */
    synchronized CompletableFuture<Block> mineOne() {
        requested = true;
        return mine();
    }

    private CompletableFuture<Block> mine() {
        if (closed) {
            return CompletableFuture.failedFuture(new CancellationException("the node is shutting down"));
        }
        CompletableFuture<Block> next = current;
        if (next == null || next.isDone()) {
            next = new CompletableFuture<>();
            current = next;
            startJob(); // a job that ends at once is finished on this thread, which may clear current: next is kept
        }
        return next;
    }

    synchronized void setAutoMine(boolean on) {
        autoMine = on;
        autoMineIfDue();
    }

    /** Auto-mine's mode: only while transactions are waiting (true), or block after block (false). */
    synchronized void setAutoMineWhenPending(boolean on) {
        whenPending = on;
        autoMineIfDue();
    }

    synchronized boolean isAutoMiningWhenPending() {
        return whenPending;
    }

    /** Transactions arrived or came back: auto-mine in its "when pending" mode starts if it is idle. */
    synchronized void pendingChanged() {
        autoMineIfDue();
    }

    /** Caps the miner's tries a second (slow motion), the running job's included; 0 lifts the cap. */
    void setRateLimit(double triesPerSecond) {
        miner.setRateLimit(triesPerSecond);
    }

    double rateLimit() {
        return miner.rateLimit();
    }

    /** Starts a job when auto-mine is on, none runs, and its mode has something to mine. Under this object's lock. */
    private void autoMineIfDue() {
        if (autoMine && !closed && (current == null || current.isDone()) && (!whenPending || chain.hasPending())) {
            requested = false;
            mine();
        }
    }

    /** Whether auto-mine alone wants the next job, in its mode: not when only transactions justify one and none wait. */
    private boolean autoMineWants() {
        return autoMine && (!whenPending || chain.hasPending());
    }

    synchronized boolean isAutoMining() {
        return autoMine;
    }

    /** Stops mining, auto-mine included; waiting callers get a {@link CancellationException}. */
    synchronized void cancel() {
        autoMine = false;
        restart = false;
        if (job != null) {
            job.cancel();
        }
    }

    /** The chain changed: a running job starts again on the new tip. */
    synchronized void restartOnNewTip() {
        if (job != null && !job.isDone()) {
            restart = true;
            job.cancel();
        }
    }

    Optional<MiningJob> currentJob() {
        MiningJob running = job;
        return running == null || running.isDone() ? Optional.empty() : Optional.of(running);
    }

    boolean isMining() {
        MiningJob running = job;
        return running != null && !running.isDone();
    }

    private void startJob() {
        PowPuzzle puzzle = chain.puzzle();
        MiningJob started = miner.mine(puzzle);
        job = started;
        chain.miningStarted(started);
        started.result().whenComplete((proof, error) -> finished(started, proof, error));
    }

    /** Runs on a miner thread when a job ends. Forging takes the chain lock, so it happens outside ours. */
    private void finished(MiningJob finished, Long proof, Throwable error) {
        Block block = null;
        boolean stale = false;
        RuntimeException failure = null;
        if (error == null) {
            try {
                block = chain.forge(finished.puzzle(), proof);
            } catch (StaleProofException e) {
                stale = true;
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        CompletableFuture<Block> done;
        synchronized (this) {
            if (job != finished) {
                return;
            }
            done = current;
            if (failure != null) {
                autoMine = false;
                restart = false;
            } else if (!closed && (stale || (error != null && restart)) && (requested || autoMineWants())) {
                restart = false;
                startJob();
                return;
            } else if (!closed && block != null && autoMineWants()) {
                requested = false;
                current = new CompletableFuture<>();
                startJob();
            }
            restart = false;
            if (current == done) {
                current = null; // over: the next request or arrival starts a new job, even before done completes below
            }
        }
        if (block != null) {
            done.complete(block);
        } else if (failure != null) {
            chain.miningFailed(failure);
            done.completeExceptionally(failure);
        } else {
            done.completeExceptionally(
                    error instanceof CancellationException ? error : new CancellationException("mining stopped"));
        }
        if (!isMining()) {
            chain.miningStopped();
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            autoMine = false;
        }
        miner.close();
    }
}
