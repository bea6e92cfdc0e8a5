package dev.blockdesk.ui;

import dev.blockdesk.node.Threads;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The window's one worker thread for disk and network work, in the order it was asked for.
 * {@link #close(Duration)} lets what is queued finish (settings saved just before quitting among
 * it) before the caller goes on to close the database, waiting at most the given time.
 */
public final class Worker implements Executor, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Worker.class.getName());
    /** How long quitting waits for queued work by default. */
    public static final Duration QUIT_WAIT = Duration.ofSeconds(5);

    private final ExecutorService thread = Executors.newSingleThreadExecutor(Threads.daemons("blockdesk-ui-worker"));

    @Override
    public void execute(Runnable work) {
        thread.execute(work);
    }

    /**
     * Takes no more work and waits for what is queued, at most {@code deadline}.
     *
     * @return true when everything queued finished
     */
    public boolean close(Duration deadline) {
        thread.shutdown();
        try {
            if (thread.awaitTermination(deadline.toNanos(), TimeUnit.NANOSECONDS)) {
                return true;
            }
            LOG.log(
                    System.Logger.Level.ERROR,
                    "work queued for the worker was still running after " + deadline.toSeconds()
                            + " s; going on without it");
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        close(QUIT_WAIT);
    }
}
