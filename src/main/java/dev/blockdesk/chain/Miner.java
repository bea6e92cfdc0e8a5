package dev.blockdesk.chain;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Searches proofs of work on several threads, each with its own {@link ProofSearch} from the
 * puzzle's {@link ProofRule}. Proofs are handed out in small chunks in increasing order from the
 * rule's first proof, and a thread stops only when no chunk below the best proof found is left, so
 * every thread count returns the smallest valid proof: the one the Python node's counting loop finds.
 */
public final class Miner implements AutoCloseable {

    /** Tries per chunk: about half a millisecond of one core, which bounds how late a cancel is seen. */
    static final int CHUNK = 4096;

    private final int threads;
    private final ExecutorService pool;
    private final Set<MiningJob> running = ConcurrentHashMap.newKeySet();
    /** Tries a second, all threads together, or 0 for as fast as the machine goes (see {@link #setRateLimit}). */
    private volatile double rateLimit;

    /** @param threads how many threads search; 0 means one per core */
    public Miner(int threads) {
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be 0 (one per core) or more, got " + threads);
        }
        this.threads = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        this.pool = Executors.newFixedThreadPool(this.threads, namedDaemons());
    }

    public int threads() {
        return threads;
    }

    /**
     * Caps the tries a second of every job, all threads together, from their next chunk on: slow
     * motion, so a class can watch the tries climb. A capped job waits between chunks and still stops
     * at once when cancelled. 0 lifts the cap.
     */
    public void setRateLimit(double triesPerSecond) {
        if (!(triesPerSecond >= 0) || Double.isInfinite(triesPerSecond)) {
            throw new IllegalArgumentException(
                    "a rate limit is 0 (none) or a number of tries a second, got " + triesPerSecond);
        }
        rateLimit = triesPerSecond;
    }

    /** The cap on tries a second, or 0 for none. */
    public double rateLimit() {
        return rateLimit;
    }

    /** Starts searching; the job runs until it finds the smallest proof or is cancelled. */
    public MiningJob mine(PowPuzzle puzzle) {
        MiningJob job = new MiningJob(puzzle, threads, this::rateLimit);
        running.add(job);
        job.result().whenComplete((proof, error) -> running.remove(job));
        for (int t = 0; t < threads; t++) {
            int worker = t;
            pool.execute(() -> job.work(worker, puzzle.rule().search(puzzle)));
        }
        return job;
    }

    /** Stops every search at once; a job still running completes as cancelled. */
    @Override
    public void close() {
        pool.shutdownNow();
        running.forEach(MiningJob::abandon);
    }

    private static ThreadFactory namedDaemons() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "blockdesk-miner-" + count.incrementAndGet());
            thread.setDaemon(true);
            thread.setPriority(Thread.NORM_PRIORITY - 1);
            return thread;
        };
    }
}
