package dev.blockdesk.ui;

import dev.blockdesk.ui.i18n.Messages;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * How numbers, times and hashes are shown: in the locale of the window's language
 * ({@link Messages#locale()}), with the units' words from the resource bundle.
 */
public final class Formats {

    /** The formatters of one locale, made once: every row of the blocks table asks for a time. */
    private record Clock(
            Locale locale, DateTimeFormatter dateTime, DateTimeFormatter minutes, DateTimeFormatter seconds) {
        static Clock of(Locale locale) {
            ZoneId zone = ZoneId.systemDefault();
            return new Clock(
                    locale,
                    DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                            .withLocale(locale)
                            .withZone(zone),
                    DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                            .withLocale(locale)
                            .withZone(zone),
                    DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM)
                            .withLocale(locale)
                            .withZone(zone));
        }
    }

    private static volatile Clock clock = Clock.of(Messages.locale());

    private Formats() {}

    /** The formatters of the locale in use, made again only when it changed. */
    private static Clock clock() {
        Clock current = clock;
        Locale locale = Messages.locale();
        if (!current.locale().equals(locale)) {
            current = Clock.of(locale);
            clock = current;
        }
        return current;
    }

    /** A block's time, in the local time zone: "Nov 22, 2026, 10:00:00 AM", "2026年11月22日 10:00:00". */
    public static String localTime(double epochSeconds) {
        return localTime(Instant.ofEpochMilli((long) (epochSeconds * 1000)));
    }

    public static String localTime(Instant instant) {
        return instant == null ? "—" : clock().dateTime().format(instant);
    }

    /** The time of day, to the minute: "10:00 AM", "上午10:00", "오전 10:00". */
    public static String clockTime(Instant instant) {
        return clock().minutes().format(instant);
    }

    /** The time of day, to the second: "10:00:00 AM", "上午10:00:00", "오전 10:00:00". */
    public static String timeOfDay(Instant instant) {
        return clock().seconds().format(instant);
    }

    /** 14.1 MH/s, 950 kH/s, 12 H/s. */
    public static String hashRate(double perSecond) {
        Locale locale = Messages.locale();
        if (perSecond >= 1e6) {
            return String.format(locale, "%.1f MH/s", perSecond / 1e6);
        }
        if (perSecond >= 1e3) {
            return String.format(locale, "%.0f kH/s", perSecond / 1e3);
        }
        return String.format(locale, "%.0f H/s", perSecond);
    }

    /** 1,234,567 (rounded half up to a whole number, grouped as the locale groups). */
    public static String count(double n) {
        NumberFormat format = NumberFormat.getIntegerInstance(Messages.locale());
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(n);
    }

    /** 1 block, 101,000 blocks; 101,000 个区块; 블록 101,000개. */
    public static String blocks(long n) {
        return Messages.tr("format.blocks", n);
    }

    /** 3 s, 4 min, 2 h. */
    public static String age(Duration age) {
        long seconds = Math.max(0, age.toSeconds());
        if (seconds < 60) {
            return Messages.tr("format.age.seconds", seconds);
        }
        if (seconds < 3600) {
            return Messages.tr("format.age.minutes", seconds / 60);
        }
        return Messages.tr("format.age.hours", seconds / 3600);
    }

    /** The first {@code digits} characters of a hash and "…"; the whole of a shorter one. */
    public static String hashStart(String hash, int digits) {
        return hash == null || hash.length() <= digits ? String.valueOf(hash) : hash.substring(0, digits) + "…";
    }

    /** How long {@code seconds} is, for expected times: "< 1 ms", "40 ms", "4.2 s", "3.5 min", "2.1 h", "4.3 days", "12 years". */
    public static String duration(double seconds) {
        if (Double.isInfinite(seconds) || Double.isNaN(seconds)) {
            return Messages.tr("format.duration.forever");
        }
        if (seconds < 0.001) {
            return Messages.tr("format.duration.underMillisecond");
        }
        if (seconds < 1) {
            return Messages.tr("format.duration.milliseconds", oneDecimal("%.0f", seconds * 1000));
        }
        if (seconds < 60) {
            return Messages.tr("format.duration.seconds", oneDecimal("%.1f", seconds));
        }
        if (seconds < 3600) {
            return Messages.tr("format.duration.minutes", oneDecimal("%.1f", seconds / 60));
        }
        if (seconds < 86_400) {
            return Messages.tr("format.duration.hours", oneDecimal("%.1f", seconds / 3600));
        }
        if (seconds < 365.25 * 86_400) {
            return Messages.tr("format.duration.days", oneDecimal("%.1f", seconds / 86_400));
        }
        return Messages.tr("format.duration.years", oneDecimal("%,.0f", seconds / (365.25 * 86_400)));
    }

    private static String oneDecimal(String pattern, double value) {
        return String.format(Messages.locale(), pattern, value);
    }

    public static String shortHash(String hash) {
        return hash == null || hash.length() <= 16
                ? String.valueOf(hash)
                : hash.substring(0, 10) + "…" + hash.substring(hash.length() - 6);
    }
}
