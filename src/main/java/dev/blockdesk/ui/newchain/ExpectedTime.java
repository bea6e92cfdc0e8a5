package dev.blockdesk.ui.newchain;

import java.util.Locale;

/** How long a block takes on average, in words a class can compare: "≈ 40 ms", "≈ 2.5 s", "≈ 3 min", "≈ 2 days". */
final class ExpectedTime {

    private ExpectedTime() {
    }

    static String of(double seconds) {
        if (!(seconds >= 0) || Double.isInfinite(seconds)) {
            return "—";
        }
        if (seconds < 0.001) {
            return "under 1 ms";
        }
        if (seconds < 1) {
            return "≈ " + round(seconds * 1000) + " ms";
        }
        if (seconds < 60) {
            return "≈ " + round(seconds) + " s";
        }
        if (seconds < 3600) {
            return "≈ " + round(seconds / 60) + " min";
        }
        if (seconds < 86400) {
            return "≈ " + round(seconds / 3600) + " h";
        }
        return "≈ " + round(seconds / 86400) + " days";
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
