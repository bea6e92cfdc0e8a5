package dev.blockdesk.ui;

import dev.blockdesk.chain.Explained;
import dev.blockdesk.ui.i18n.Messages;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The one way the window runs work that may touch disk or network: off the FX thread on the
 * worker, its result back on the FX thread, and its failure always shown to the user (by the
 * caller's handler, or else as a notice) and logged. Tests pass {@code Runnable::run} for both
 * executors, so a view model's whole round trip happens inside the test's call.
 */
public final class Background {

    private static final System.Logger LOG = System.getLogger(Background.class.getName());

    private final Executor worker;
    private final Executor fx;
    private final Consumer<String> notice;

    /**
     * @param worker where the work runs
     * @param fx     where results and failures are delivered: the FX thread
     * @param notice shows a failure no handler took, on the FX thread
     */
    public Background(Executor worker, Executor fx, Consumer<String> notice) {
        this.worker = worker;
        this.fx = fx;
        this.notice = notice;
    }

    /** A work item that may fail with any exception. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    /** Runs {@code work}; a failure becomes the notice "{@code action}: reason". */
    public void run(String action, Work work) {
        call(
                action,
                () -> {
                    work.run();
                    return null;
                },
                result -> {});
    }

    /** Runs {@code work} and hands its result to {@code done}; a failure becomes a notice. */
    public <T> void call(String action, Callable<T> work, Consumer<T> done) {
        call(
                action,
                work,
                done,
                error -> notice.accept(Messages.tr("background.failed", capitalise(action), reason(error))));
    }

    /** Runs {@code work}; its result goes to {@code done}, its failure to {@code failed}, both on the FX thread. */
    public <T> void call(String action, Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
        worker.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                log(action, e);
                fx.execute(() -> failed.accept(e));
                return;
            }
            fx.execute(() -> done.accept(result));
        });
    }

    /** Delivers the outcome of work already under way (a future) on the FX thread. */
    public <T> void when(String action, CompletableFuture<T> future, Consumer<T> done, Consumer<Throwable> failed) {
        future.whenComplete((result, error) -> {
            if (error == null) {
                fx.execute(() -> done.accept(result));
                return;
            }
            Throwable cause =
                    error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            log(action, cause);
            fx.execute(() -> failed.accept(cause));
        });
    }

    /**
     * Logs a failure the user is shown anyway: a checked exception is an outcome the call declares
     * (a refused transaction, a bad address, an unreadable file), one line; anything else is a
     * failure of ours (a store that cannot write, a bug), a warning with its stack trace.
     */
    private static void log(String action, Throwable error) {
        if (error instanceof Exception && !(error instanceof RuntimeException)) {
            LOG.log(System.Logger.Level.INFO, "could not " + action + ": " + english(error));
        } else {
            LOG.log(System.Logger.Level.WARNING, "could not " + action + ": " + english(error), error);
        }
    }

    /**
     * What went wrong, in words a person reads: in the window's language when the chain explained
     * it ({@link Explained}), else the message, or the kind of failure when there is none.
     */
    public static String reason(Throwable error) {
        if (error instanceof Explained explained && explained.text() != null) {
            return Messages.tr(explained.text());
        }
        return english(error);
    }

    /** What went wrong, for the log: always English. */
    private static String english(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
