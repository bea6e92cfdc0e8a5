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

    public static String shortHash(String hash) {
        return hash == null || hash.length() <= 16 ? String.valueOf(hash) : hash.substring(0, 10) + "…" + hash.substring(hash.length() - 6);
    }
}
