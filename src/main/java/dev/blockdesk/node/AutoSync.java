package dev.blockdesk.node;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Resolves with the peers on an interval: one interval after a round ends, the next begins. Its
 * timer thread only starts rounds; it never waits for one, so it can never hold up a deadline.
 */
final class AutoSync implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(AutoSync.class.getName());
    private static final long MIN_MILLIS = 100;

    private final ScheduledExecutorService timer =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(Threads.daemons("blockdesk-auto-sync"));
    private final BooleanSupplier hasPeers;
    private final Supplier<CompletableFuture<ResolveReport>> resolve;
    private Duration interval;
    private ScheduledFuture<?> next;
    /** Bumped by every change of interval, so a round started under an old setting schedules nothing. */
    private long generation;

    private boolean closed;

    AutoSync(BooleanSupplier hasPeers, Supplier<CompletableFuture<ResolveReport>> resolve) {
        this.hasPeers = hasPeers;
        this.resolve = resolve;
    }

    /** Resolves every {@code interval} from now on; null turns it off. */
    synchronized void set(Duration value) {
        if (next != null) {
            next.cancel(false);
            next = null;
        }
        generation++;
        interval = value;
        if (value != null) {
            schedule(generation);
        }
    }

    synchronized Duration interval() {
        return interval;
    }

    synchronized boolean isOn() {
        return interval != null;
    }

    private synchronized void schedule(long forGeneration) {
        if (closed || forGeneration != generation || interval == null) {
            return;
        }
        long millis = Math.max(MIN_MILLIS, interval.toMillis());
        next = timer.schedule(() -> tick(forGeneration), millis, TimeUnit.MILLISECONDS);
    }

    private void tick(long forGeneration) {
        if (!hasPeers.getAsBoolean()) {
            schedule(forGeneration);
            return;
        }
        resolve.get().whenComplete((report, error) -> {
            if (error != null) {
                LOG.log(System.Logger.Level.ERROR, "automatic sync failed", error);
            }
            schedule(forGeneration);
        });
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (next != null) {
            next.cancel(false);
        }
        timer.shutdownNow();
    }
}
