package dev.blockdesk.ui.bench;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * Measures the FX thread's stalls as a user feels them. Every 5 ms a task is posted with
 * {@link Platform#runLater}, and the time until it runs is recorded: while the FX thread is busy
 * (a long layout, a big list change, a slow handler) every task posted meanwhile waits, so the
 * longest wait is the longest stall. A summary is logged every period and when closed. Started by
 * the hidden {@code --fx-probe} option for the benchmark in docs/BENCHMARKS.md.
 */
public final class FxStallProbe implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(FxStallProbe.class.getName());
    private static final long INTERVAL_MILLIS = 5;
    private static final int BUCKETS = 1_000;

    private final ScheduledExecutorService timer;
    private final long periodNanos;
    private final long startedNanos = System.nanoTime();
    // Written and read on the FX thread only.
    private final long[] waitsByMillis = new long[BUCKETS + 1];
    private long samples;
    private long longestNanos;
    private long periodLongestNanos;
    private long lastReportNanos = startedNanos;

    private FxStallProbe(Duration period) {
        this.periodNanos = period.toNanos();
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "blockdesk-fx-probe");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** A probe that records but does not post: for tests. */
    static FxStallProbe idle(Duration period) {
        return new FxStallProbe(period);
    }

    static FxStallProbe start(Duration period) {
        FxStallProbe probe = new FxStallProbe(period);
        probe.timer.scheduleAtFixedRate(probe::post, INTERVAL_MILLIS, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
        return probe;
    }

    private void post() {
        long posted = System.nanoTime();
        Platform.runLater(() -> record(System.nanoTime() - posted));
    }

    /** One wait. FX thread (any one thread in tests). */
    void record(long waitNanos) {
        samples++;
        longestNanos = Math.max(longestNanos, waitNanos);
        periodLongestNanos = Math.max(periodLongestNanos, waitNanos);
        waitsByMillis[(int) Math.min(BUCKETS, TimeUnit.NANOSECONDS.toMillis(waitNanos))]++;
        long now = System.nanoTime();
        if (now - lastReportNanos >= periodNanos) {
            lastReportNanos = now;
            LOG.log(System.Logger.Level.INFO, summary());
            periodLongestNanos = 0;
        }
    }

    /**
     * {@code FX thread: longest wait 3.1 ms in the last period; since the start (60 s, 12,000 samples):
     * longest 23.4 ms, 99.9th percentile 4 ms, 3 over 16 ms, 0 over 50 ms}.
     */
    String summary() {
        // not shown: a line for the log
        return String.format(
                Locale.ROOT,
                "FX thread: longest wait %.1f ms in the last period; since the start (%d s, %,d samples): "
                        + "longest %.1f ms, 99.9th percentile %d ms, %,d over 16 ms, %,d over 50 ms",
                periodLongestNanos / 1e6,
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - startedNanos),
                samples,
                longestNanos / 1e6,
                percentileMillis(0.999),
                countFrom(16),
                countFrom(50));
    }

    private long percentileMillis(double share) {
        long wanted = (long) Math.ceil(samples * share);
        long seen = 0;
        for (int millis = 0; millis <= BUCKETS; millis++) {
            seen += waitsByMillis[millis];
            if (seen >= wanted) {
                return millis;
            }
        }
        return BUCKETS;
    }

    /** Waits of more than {@code millis} ms. */
    private long countFrom(int millis) {
        long count = 0;
        for (int i = millis; i <= BUCKETS; i++) {
            count += waitsByMillis[i];
        }
        return count;
    }

    /** Stops probing and logs the final summary. FX thread. */
    @Override
    public void close() {
        timer.shutdownNow();
        LOG.log(System.Logger.Level.INFO, summary());
    }
}
