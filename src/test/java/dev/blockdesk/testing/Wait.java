package dev.blockdesk.testing;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The one way tests wait for what other threads make true. Every wait has a bound, and the bounds
 * are generous: they catch a hang, they do not measure speed (that is the benchmarks' job).
 */
public final class Wait {

    /** The bound for things that take well under a second when nothing is wrong. */
    public static final Duration HANG = Duration.ofSeconds(20);

    private Wait() {}

    /** Polls {@code condition} until it holds, failing with {@code what} after {@code bound}. */
    public static void until(String what, Duration bound, Callable<Boolean> condition) {
        long deadline = System.nanoTime() + bound.toNanos();
        try {
            while (!condition.call()) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("timed out after " + bound.toSeconds() + " s waiting for: " + what);
                }
                Thread.sleep(20);
            }
        } catch (AssertionError e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted waiting for: " + what, e);
        } catch (Exception e) {
            throw new AssertionError("the condition failed while waiting for: " + what, e);
        }
    }

    /**
     * Checks {@code condition} over {@code duration}, as often as {@link #until} polls, failing with
     * {@code what} the first time it does not hold: for what must stay true, not become true.
     */
    public static void during(String what, Duration duration, Callable<Boolean> condition) {
        long end = System.nanoTime() + duration.toNanos();
        until("the end of " + duration.toMillis() + " ms in which " + what, duration.plus(HANG), () -> {
            if (!condition.call()) {
                throw new AssertionError("no longer true: " + what);
            }
            return System.nanoTime() >= end;
        });
    }

    /** {@link #until(String, Duration, Callable)} with the {@link #HANG} bound. */
    public static void until(String what, Callable<Boolean> condition) {
        until(what, HANG, condition);
    }

    /** The future's value, failing if it does not come within {@code bound}. */
    public static <T> T get(Future<T> future, Duration bound) {
        try {
            return future.get(bound.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (ExecutionException e) {
            throw new AssertionError("the future failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("no result within " + bound.toSeconds() + " s", e);
        }
    }

    /** The exception a future completes with, failing if it completes normally or not within {@code bound}. */
    public static Throwable failure(Future<?> future, Duration bound) {
        try {
            Object value = future.get(bound.toNanos(), TimeUnit.NANOSECONDS);
            throw new AssertionError("expected a failure, got " + value);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (java.util.concurrent.CancellationException e) {
            return e;
        } catch (TimeoutException e) {
            throw new AssertionError("neither a result nor a failure within " + bound.toSeconds() + " s: a hang", e);
        }
    }
}
