package dev.blockdesk.ui.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The stall probe's arithmetic, without a toolkit: the longest wait, the tail, the counts over 16 and 50 ms. */
class FxStallProbeTest {

    @Test
    void theSummaryNamesTheLongestWaitAndTheTail() {
        FxStallProbe probe = FxStallProbe.idle(Duration.ofHours(1));
        for (int i = 0; i < 1_997; i++) {
            probe.record(TimeUnit.MICROSECONDS.toNanos(1_500));
        }
        probe.record(TimeUnit.MILLISECONDS.toNanos(20));
        probe.record(TimeUnit.MILLISECONDS.toNanos(20));
        probe.record(TimeUnit.MICROSECONDS.toNanos(61_250));
        String summary = probe.summary();
        assertTrue(summary.contains("longest wait 61.3 ms in the last period"), summary);
        assertTrue(summary.contains("2,000 samples"), summary);
        assertTrue(summary.contains("longest 61.3 ms, 99.9th percentile 20 ms, 3 over 16 ms, 1 over 50 ms"), summary);
    }

    @Test
    void aWaitOfASecondOrMoreIsCountedNotLost() {
        FxStallProbe probe = FxStallProbe.idle(Duration.ofHours(1));
        probe.record(TimeUnit.SECONDS.toNanos(5));
        String summary = probe.summary();
        assertTrue(
                summary.contains("longest 5000.0 ms, 99.9th percentile 1000 ms, 1 over 16 ms, 1 over 50 ms"), summary);
    }
}
