package dev.blockdesk.chain;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.DoubleSupplier;

/**
 * One search for a proof, running on the {@link Miner}'s threads. Thread-safe: progress can be read
 * from any thread while it runs, and {@link #cancel()} stops it within one chunk of tries.
 *
 * <p>Under a rate limit (slow motion, {@link Miner#setRateLimit}) the chunks are small and each
 * waits for its time slot: the slots follow each other at the limit, so the tries of all threads
 * together never run ahead of it by more than a chunk. A wait ends at once on {@link #cancel()}.
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
    private final DoubleSupplier rateLimit;
    /** When the next chunk may start under a rate limit (System.nanoTime). */
    private final AtomicLong nextSlot = new AtomicLong(startNanos);
    /** Opens when the job is cancelled or over: a thread waiting for its slot stops waiting. */
    private final CountDownLatch stopped = new CountDownLatch(1);

    MiningJob(PowPuzzle puzzle, int threads) {
        this(puzzle, threads, () -> 0);
    }

    MiningJob(PowPuzzle puzzle, int threads, DoubleSupplier rateLimit) {
        this.puzzle = puzzle;
        this.rateLimit = rateLimit;
        this.nextChunk = new AtomicLong(puzzle.rule().firstProof(puzzle));
        this.triesPerThread = new AtomicLongArray(threads);
        this.running = new AtomicInteger(threads);
        result.whenComplete((proof, error) -> {
            cancelled |= result.isCancelled();
            stopped.countDown();
        });
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
        stopped.countDown();
    }

    /** The cap on tries a second now, all threads together, or 0 for none (slow motion). */
    public double rateLimit() {
        return rateLimit.getAsDouble();
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
                double cap = rateLimit.getAsDouble();
                int chunk = cap > 0 ? chunkUnder(cap) : Miner.CHUNK;
                long start = nextChunk.getAndAdd(chunk);
                if (start >= best.get() || start < 0 || (cap > 0 && !awaitSlot(chunk, cap))) {
                    break;
                }
                long limit = best.get();
                if (start >= limit) {
                    break;
                }
                long end = Math.min(start + chunk, limit);
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

    /** A twentieth of a second of tries at {@code cap}, so the count climbs smoothly; at least 1. */
    static int chunkUnder(double cap) {
        return (int) Math.max(1, Math.min(Miner.CHUNK, cap / 20));
    }

    /**
     * Takes the next time slot for {@code tries} tries at {@code cap} a second and waits for it to
     * begin. Slots follow each other, so all threads together keep to the cap; time not used (the job
     * was waiting for nothing) is not saved up for a burst.
     *
     * @return false when the job was cancelled or the thread interrupted while it waited
     */
    private boolean awaitSlot(int tries, double cap) {
        long cost = (long) (tries * 1e9 / cap);
        long now = System.nanoTime();
        long slot;
        long taken;
        do {
            taken = nextSlot.get();
            slot = taken - now > 0 ? taken : now;
        } while (!nextSlot.compareAndSet(taken, slot + cost));
        try {
            for (long wait = slot - System.nanoTime(); wait > 0; wait = slot - System.nanoTime()) {
                // in pieces, so a cap lifted meanwhile (slow motion off) lets the thread go on soon
                if (stopped.await(Math.min(wait, TimeUnit.MILLISECONDS.toNanos(100)), TimeUnit.NANOSECONDS)) {
                    return false;
                }
                if (rateLimit.getAsDouble() <= 0) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return !cancelled;
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
        stopped.countDown();
        result.completeExceptionally(new CancellationException("miner closed"));
    }
}
