package dev.blockdesk.app;

import dev.blockdesk.node.Sizes;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A size given on the command line: bytes, or a whole number of KiB, MiB or GiB ({@code 512M}, {@code 1G}, {@code 1GiB}). */
final class ByteSizes {

    private static final Pattern SIZE = Pattern.compile("(\\d{1,19})\\s*(?:([KMG])(?:I?B)?|B)?");

    private ByteSizes() {}

    /**
     * @param option the option's name, for the message
     * @param least  the smallest size taken
     * @throws IllegalArgumentException naming the option and what it takes
     */
    static long parse(String option, String text, long least) {
        Matcher m = SIZE.matcher(text.strip().toUpperCase(Locale.ROOT));
        String expected = option + " takes a size in bytes, or with K, M or G (like 512M or 1G) of at least "
                + Sizes.describe(least) + ", found \"" + text.strip() + "\"";
        if (!m.matches()) {
            throw new IllegalArgumentException(expected);
        }
        int shift = m.group(2) == null
                ? 0
                : switch (m.group(2)) {
                    case "K" -> 10;
                    case "M" -> 20;
                    default -> 30;
                };
        long value;
        try {
            value = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(expected, e);
        }
        if (value > Long.MAX_VALUE >> shift || (value << shift) < least) {
            throw new IllegalArgumentException(expected);
        }
        return value << shift;
    }
}
