package dev.blockdesk.ui.playground;

import dev.blockdesk.chain.HashRate;
import dev.blockdesk.chain.MiningJob;
import dev.blockdesk.ui.Formats;
import dev.blockdesk.ui.i18n.Messages;
import java.time.Duration;
import java.util.Locale;

/**
 * A hash rate's source in the window's language: {@link HashRate#measure} and {@link HashRate#of}
 * word it in English, and the playground shows it beside the rate (in English the same words,
 * which {@code RateTextsTest} holds).
 */
final class RateTexts {

    private RateTexts() {
    }

    /** {@code measured}, measured in {@code dialect} for {@code duration}, with its source in the window's language. */
    static HashRate measured(HashRate measured, String dialect, Duration duration) {
        int threads = measured.threads();
        return new HashRate(measured.perSecond(), threads, Messages.tr("playground.rate.measured", seconds(duration), dialect,
                threads, String.valueOf(threads)));
    }

    /** The rate of {@code job}, with its source in the window's language. */
    static HashRate of(MiningJob job) {
        HashRate rate = HashRate.of(job);
        return new HashRate(rate.perSecond(), rate.threads(), Messages.tr("playground.rate.fromJob", String.valueOf(job.puzzle().nextIndex()),
                Formats.count(job.tries()), seconds(job.elapsed())));
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f", duration.toMillis() / 1000.0); // not shown: a number, one decimal, as the chain writes it
    }
}
