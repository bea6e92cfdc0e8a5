package dev.blockdesk.chain;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * One search for a proof, running on the {@link Miner}'s threads. Thread-safe: progress can be read
 * from any thread while it runs, and {@link #cancel()} stops it within one chunk of tries.
 */
public final class MiningJob {

    private final PowPuzzle puzzle;
    private final long startNanos = System.nanoTime();
    private final AtomicLong nextChunk;
    private final AtomicLong best = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLongArray triesPerThread;
    private final AtomicInteger running;
    private final CompletableFuture<Long> result = new CompletableFuture<>();
    private volatile boolean cancelled;
    private volatile long endNanos;

    MiningJob(PowPuzzle puzzle, int threads) {
        this.puzzle = puzzle;
        this.nextChunk = new AtomicLong(puzzle.rule().firstProof(puzzle));
        this.triesPerThread = new AtomicLongArray(threads);
        this.running = new AtomicInteger(threads);
        result.whenComplete((proof, error) -> cancelled |= result.isCancelled());
    }

    public PowPuzzle puzzle() {
        return puzzle;
    }

    /** Completes with the smallest valid proof, or with a {@link CancellationException}. */
    public CompletableFuture<Long> result() {
        return result;
    }

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public boolean isDone() {
        return result.isDone();
    }

    /** Tries so far, all threads together. */
    public long tries() {
        long sum = 0;
        for (int i = 0; i < triesPerThread.length(); i++) {
            sum += triesPerThread.get(i);
        }
        return sum;
    }

    public long tries(int thread) {
        return triesPerThread.get(thread);
    }

    public int threads() {
        return triesPerThread.length();
    }

    /** Time since the start, or the whole run once it is over. */
    public Duration elapsed() {
        long end = endNanos;
        return Duration.ofNanos((end == 0 ? System.nanoTime() : end) - startNanos);
    }

    /** Tries per second over {@link #elapsed()}. */
    public double hashRate() {
        double seconds = elapsed().toNanos() / 1e9;
        return seconds <= 0 ? 0 : tries() / seconds;
    }

    void work(int thread, ProofSearch search) {
        try {
            while (!cancelled && !Thread.currentThread().isInterrupted()) {
                long start = nextChunk.getAndAdd(Miner.CHUNK);
                long limit = best.get();
                if (start >= limit || start < 0) {
                    break;
                }
                long end = Math.min(start + Miner.CHUNK, limit);
                long found = search.scan(start, end);
                triesPerThread.addAndGet(thread, (found < 0 ? end : found + 1) - start);
                if (found >= 0) {
                    best.accumulateAndGet(found, Math::min);
                }
            }
        } catch (RuntimeException | Error e) {
            cancelled = true;
            result.completeExceptionally(e);
            throw e;
        } finally {
            if (running.decrementAndGet() == 0) {
                finish();
            }
        }
    }

    private void finish() {
        endNanos = System.nanoTime();
        long proof = best.get();
        if (!cancelled && proof != Long.MAX_VALUE) {
            result.complete(proof);
        } else {
            // A cancel may come after one thread found a proof but before every chunk below it was
            // searched; such a proof is not promised to be the smallest, so the job reports the cancel.
            result.completeExceptionally(new CancellationException("mining cancelled"));
        }
    }

    /** Ends a job whose threads will never run (the miner was closed). */
    void abandon() {
        cancelled = true;
        result.completeExceptionally(new CancellationException("miner closed"));
    }
}
