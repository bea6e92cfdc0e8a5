package dev.blockdesk.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How numbers, times and hashes are shown. */
public final class Formats {

    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private Formats() {
    }

    public static String localTime(double epochSeconds) {
        return LOCAL_TIME.format(Instant.ofEpochMilli((long) (epochSeconds * 1000)));
    }

    public static String localTime(Instant instant) {
        return instant == null ? "—" : LOCAL_TIME.format(instant);
    }

    /** 14.1 MH/s, 950 kH/s, 12 H/s. */
    public static String hashRate(double perSecond) {
        if (perSecond >= 1e6) {
            return String.format(Locale.ROOT, "%.1f MH/s", perSecond / 1e6);
        }
        if (perSecond >= 1e3) {
            return String.format(Locale.ROOT, "%.0f kH/s", perSecond / 1e3);
        }
        return String.format(Locale.ROOT, "%.0f H/s", perSecond);
    }

    /** 1,234,567. */
    public static String count(double n) {
        return String.format(Locale.ROOT, "%,.0f", n);
    }

    /** 1 block, 101,000 blocks. */
    public static String blocks(long n) {
        return n == 1 ? "1 block" : count(n) + " blocks";
    }

    /** 3 s, 4 min, 2 h. */
    public static String age(Duration age) {
        long seconds = Math.max(0, age.toSeconds());
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return (seconds / 60) + " min";
        }
        return (seconds / 3600) + " h";
    }

    /** The first {@code digits} characters of a hash and "…"; the whole of a shorter one. */
    public static String hashStart(String hash, int digits) {
        return hash == null || hash.length() <= digits ? String.valueOf(hash) : hash.substring(0, digits) + "…";
    }

    /** How long {@code seconds} is, for expected times: "< 1 ms", "40 ms", "4.2 s", "3.5 min", "2.1 h", "4.3 days", "12 years". */
    public static String duration(double seconds) {
        if (Double.isInfinite(seconds) || Double.isNaN(seconds)) {
            return "forever";
        }
        if (seconds < 0.001) {
            return "< 1 ms";
        }
        if (seconds < 1) {
            return String.format(Locale.ROOT, "%.0f ms", seconds * 1000);
        }
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%.1f min", seconds / 60);
        }
        if (seconds < 86_400) {
            return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
        }
        if (seconds < 365.25 * 86_400) {
            return String.format(Locale.ROOT, "%.1f days", seconds / 86_400);
        }
        return String.format(Locale.ROOT, "%,.0f years", seconds / (365.25 * 86_400));
    }

    public static String shortHash(String hash) {
        return hash == null || hash.length() <= 16 ? String.valueOf(hash) : hash.substring(0, 10) + "…" + hash.substring(hash.length() - 6);
    }
}
