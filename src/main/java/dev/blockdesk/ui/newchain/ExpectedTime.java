package dev.blockdesk.ui.newchain;

import static dev.blockdesk.ui.i18n.Messages.tr;

import java.util.Locale;

/** How long a block takes on average, in words a class can compare: "≈ 40 ms", "≈ 2.5 s", "≈ 3 min", "≈ 2 days". */
final class ExpectedTime {

    private ExpectedTime() {}

    static String of(double seconds) {
        if (!(seconds >= 0) || Double.isInfinite(seconds)) {
            return "—";
        }
        if (seconds < 0.001) {
            return tr("newchain.time.underMillisecond");
        }
        if (seconds < 1) {
            return tr("newchain.time.milliseconds", round(seconds * 1000));
        }
        if (seconds < 60) {
            return tr("newchain.time.seconds", round(seconds));
        }
        if (seconds < 3600) {
            return tr("newchain.time.minutes", round(seconds / 60));
        }
        if (seconds < 86400) {
            return tr("newchain.time.hours", round(seconds / 3600));
        }
        return tr("newchain.time.days", round(seconds / 86400));
    }

    /** One decimal below 10, none above: 2.54 → "2.5", 2.0 → "2", 37.2 → "37". */
    private static String round(double value) {
        if (value >= 10) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
