package dev.blockdesk.chain;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * How many tries a second this machine makes at a dialect's proof of work, and where the figure
 * comes from: {@link #measure measured} for a moment with the real {@link Miner}, as
 * {@code blockdesk bench-mine} does, or {@link #of read} from a mining job. The expected time of a
 * block follows from it: {@link #secondsFor}. Reusable wherever expected times are shown (the hash
 * playground, New chain).
 *
 * @param perSecond tries a second, all threads together
 * @param threads   the miner threads the figure is for
 * @param sourceText how the figure was found, for people, in any language ({@link ChainText#in}):
 *                   {@code "measured: 1.0 s of dvf mining on 3 threads"}
 */
public record HashRate(double perSecond, int threads, ChainText sourceText) {

    /** The difficulty measured at: no proof is ever found, so the miner hashes the whole time. */
    private static final int NEVER_FOUND = ProofOfWork.MAX_DIFFICULTY;
    /** Mining before the count starts, so the JIT has compiled the hot loop. */
    private static final Duration WARM_UP = Duration.ofMillis(300);
    /** The measurement is cut in this many slices; the fastest is the rate. */
    private static final int SLICES = 4;

    public HashRate {
        if (!(perSecond >= 0) || threads < 1) {
            throw new IllegalArgumentException("a hash rate is 0 or more tries a second on 1 or more threads");
        }
        java.util.Objects.requireNonNull(sourceText, "sourceText");
    }

    /** A rate whose source is said as it is, in every language. */
    public HashRate(double perSecond, int threads, String source) {
        this(perSecond, threads, ChainText.verbatim(source));
    }

    /** How the figure was found, in English. */
    public String source() {
        return sourceText.english();
    }

    /**
     * Mines dialect {@code dialect}'s puzzle after its genesis block, at a difficulty no proof meets,
     * for {@code duration} after a short warm-up, and counts the tries in four slices: the fastest
     * slice's rate is the machine's (a slower one was slowed by the window, the JIT or another program).
     * Blocks the calling thread for {@code duration} and a little more: call it off the FX thread. A dialect whose proof does not
     * hash (pyscoop) has no rate worth measuring: dvf's is measured instead, and the source says so.
     *
     * @param threads miner threads; 0 means one per core
     * @throws InterruptedException when interrupted: the miner is stopped first
     */
    public static HashRate measure(String dialect, int threads, Duration duration) throws InterruptedException {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("a measurement takes some time, got " + duration);
        }
        ChainRules rules = Dialects.rules(dialect, NEVER_FOUND);
        String notHashing = null;
        if (rules.proof().difficulty() < 0) {
            notHashing = rules.id();
            rules = Dialects.rules(DvfRules.ID, NEVER_FOUND);
        }
        try (Miner miner = new Miner(threads)) {
            MiningJob job = miner.mine(rules.proof().puzzleAfter(rules.genesis(1_528_705_939.274652)));
            try {
                Thread.sleep(WARM_UP.toMillis());
                // The fastest quarter counts: a window opening or the JIT still compiling slows some slices, not the
                // machine.
                double best = 0;
                long end = System.nanoTime() + duration.toNanos();
                long sliceNanos = Math.max(1, duration.toNanos() / SLICES);
                for (int i = 0; i < SLICES; i++) {
                    long triesBefore = job.tries();
                    long start = System.nanoTime();
                    long wait = Math.min(sliceNanos, Math.max(0, end - start));
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    double seconds = (System.nanoTime() - start) / 1e9;
                    best = Math.max(best, (job.tries() - triesBefore) / Math.max(seconds, 1e-9));
                }
                String seconds = String.format(Locale.ROOT, "%.1f", duration.toMillis() / 1000.0);
                ChainText threadsText = miner.threads() == 1
                        ? ChainText.of("chain.hashRate.threads.one", miner.threads())
                        : ChainText.of("chain.hashRate.threads.other", miner.threads());
                return new HashRate(
                        best,
                        miner.threads(),
                        notHashing == null
                                ? ChainText.of("chain.hashRate.measured", seconds, rules.id(), threadsText)
                                : ChainText.of(
                                        "chain.hashRate.measuredNotHashing",
                                        seconds,
                                        rules.id(),
                                        threadsText,
                                        notHashing));
            } finally {
                job.cancel();
                awaitEnd(job);
            }
        }
    }

    /** The rate of a mining job, running or over, for {@code job.threads()} threads. */
    public static HashRate of(MiningJob job) {
        return new HashRate(
                job.hashRate(),
                job.threads(),
                ChainText.of(
                        "chain.hashRate.fromJob",
                        job.puzzle().nextIndex(),
                        String.format(Locale.ROOT, "%,d", job.tries()),
                        String.format(Locale.ROOT, "%.1f", job.elapsed().toMillis() / 1000.0)));
    }

    /** Seconds that {@code tries} take on average at this rate; infinite at a rate of 0. */
    public double secondsFor(double tries) {
        return perSecond == 0 ? Double.POSITIVE_INFINITY : tries / perSecond;
    }

    private static void awaitEnd(MiningJob job) throws InterruptedException {
        try {
            job.result().get(10, TimeUnit.SECONDS);
        } catch (CancellationException e) {
            // the cancel asked for: the job is over
        } catch (ExecutionException e) {
            throw new IllegalStateException("the miner failed while the hash rate was measured", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("a cancelled mining job did not stop within 10 s", e);
        }
    }
}
