package dev.blockdesk.ui.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.scene.control.Control;
import javafx.scene.control.skin.VirtualFlow;

/**
 * The scrolling benchmark of docs/BENCHMARKS.md, started by the hidden {@code --scroll-bench}
 * option: scrolls the blocks table (or, with {@code --scroll-bench-cards}, the chain's cards) as a
 * user does, for a while, and reports the time between frames. Each frame either turns the wheel (a few rows) or, now and then, drags the scroll bar to
 * a random place in the chain, so the rows shown are new ones, not cached ones.
 */
public final class ScrollBench {

    private static final System.Logger LOG = System.getLogger(ScrollBench.class.getName());
    private static final double WHEEL_PIXELS = 120;
    private static final int FRAMES_PER_JUMP = 30;

    private final Control view;
    private final List<?> items;
    private final String what;
    private final long durationNanos;
    private final Runnable done;
    private final SplittableRandom random = new SplittableRandom(42);
    private long[] frameNanos = new long[4096];
    private int frames;

    private ScrollBench(Control view, List<?> items, String what, long durationNanos, Runnable done) {
        this.view = view;
        this.items = items;
        this.what = what;
        this.durationNanos = durationNanos;
        this.done = done;
    }

    /**
     * Scrolls {@code view} (a table or a list, showing {@code items}, which the log calls {@code what}:
     * "rows", "cards") for {@code seconds}, logs the frame times, then runs {@code done}. FX thread.
     */
    static void run(Control view, List<?> items, String what, double seconds, Runnable done) {
        new ScrollBench(view, items, what, (long) (seconds * 1e9), done).start();
    }

    private void start() {
        VirtualFlow<?> flow = (VirtualFlow<?>) view.lookup(".virtual-flow");
        new AnimationTimer() {
            private long first;
            private long previous;

            @Override
            public void handle(long now) {
                if (first == 0) {
                    first = now;
                } else {
                    record(now - previous);
                }
                previous = now;
                if (now - first >= durationNanos) {
                    stop();
                    LOG.log(System.Logger.Level.INFO, summary());
                    done.run();
                    return;
                }
                if (frames % FRAMES_PER_JUMP == FRAMES_PER_JUMP - 1) {
                    flow.scrollTo(random.nextInt(items.size()));
                } else {
                    flow.scrollPixels(WHEEL_PIXELS);
                }
            }
        }.start();
    }

    private void record(long nanos) {
        if (frames == frameNanos.length) {
            frameNanos = Arrays.copyOf(frameNanos, frames * 2);
        }
        frameNanos[frames++] = nanos;
    }

    /** {@code scrolled 101,000 rows for 20 s: 1,180 frames, 59.0 a second; frame time median 16.7 ms, 99th percentile 20.1 ms, longest 31.0 ms; 2 over 33 ms}. */
    private String summary() {
        long[] sorted = Arrays.copyOf(frameNanos, frames);
        Arrays.sort(sorted);
        long total = Arrays.stream(sorted).sum();
        long over33 = Arrays.stream(sorted)
                .filter(n -> n > TimeUnit.MILLISECONDS.toNanos(33))
                .count();
        return String.format(
                Locale.ROOT,
                "scrolled %,d %s for %.0f s: %,d frames, %.1f a second; frame time median %.1f ms, " // not shown:
                        // logged
                        + "99th percentile %.1f ms, longest %.1f ms; %d over 33 ms",
                items.size(),
                what,
                total / 1e9,
                frames,
                frames / (total / 1e9),
                at(sorted, 0.5) / 1e6,
                at(sorted, 0.99) / 1e6,
                sorted[frames - 1] / 1e6,
                over33);
    }

    private static long at(long[] sorted, double share) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(sorted.length * share))];
    }
}
