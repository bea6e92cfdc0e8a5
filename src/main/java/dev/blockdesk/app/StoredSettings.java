package dev.blockdesk.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.blockdesk.chain.CanonicalJson;
import dev.blockdesk.chain.InvalidTransactionException;
import dev.blockdesk.chain.TransactionRules;
import dev.blockdesk.node.CorsOrigins;
import dev.blockdesk.store.Store;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * The settings a data directory remembers, read as typed values. A stored value that is not valid
 * (damaged, edited by hand, or written by another version) never stops start-up: the fallback is
 * used, and a WARNING in the log names the setting, the value found and the value used instead. A
 * setting that is not stored gives the fallback without a word. Each call reads the store afresh.
 */
public final class StoredSettings {

    private static final System.Logger LOG = System.getLogger(StoredSettings.class.getName());
    private static final int MAX_QUOTED = 80;

    private final Store store;

    public StoredSettings(Store store) {
        this.store = Objects.requireNonNull(store);
    }

    /** A whole number from {@code min} to {@code max}, e.g. the difficulty or {@code auto_sync_interval}. */
    public int integer(String key, int fallback, int min, int max) {
        if (fallback < min || fallback > max) {
            throw new IllegalArgumentException(
                    "the fallback " + fallback + " for " + key + " is not from " + min + " to " + max);
        }
        String value = stored(key);
        if (value == null) {
            return fallback;
        }
        String expected = "a whole number from " + min + " to " + max;
        int number;
        try {
            number = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return damaged(key, value, expected, fallback, Integer.toString(fallback));
        }
        return number >= min && number <= max
                ? number
                : damaged(key, value, expected, fallback, Integer.toString(fallback));
    }

    /** {@code true} or {@code false}, in any case, e.g. {@code auto_sync}. */
    public boolean bool(String key, boolean fallback) {
        String value = stored(key);
        if (value == null) {
            return fallback;
        }
        String word = value.strip().toLowerCase(Locale.ROOT);
        if (word.equals("true") || word.equals("false")) {
            return word.equals("true");
        }
        return damaged(key, value, "true or false", fallback, Boolean.toString(fallback));
    }

    /** One of {@code choices}, exactly as listed, e.g. {@code theme}: {@code "light"} or {@code "dark"}. */
    public String choice(String key, String fallback, String... choices) {
        if (!Arrays.asList(choices).contains(fallback)) {
            throw new IllegalArgumentException(
                    "the fallback " + fallback + " for " + key + " is not one of " + Arrays.toString(choices));
        }
        String value = stored(key);
        if (value == null) {
            return fallback;
        }
        String choice = value.strip();
        return Arrays.asList(choices).contains(choice)
                ? choice
                : damaged(key, value, "one of " + String.join(", ", choices), fallback, fallback);
    }

    /** One of the constants of an enum, stored as its name in any case ({@code "dark"} for {@code DARK}). */
    public <E extends Enum<E>> E choice(String key, E fallback) {
        String value = stored(key);
        if (value == null) {
            return fallback;
        }
        E[] constants = fallback.getDeclaringClass().getEnumConstants();
        for (E constant : constants) {
            if (constant.name().equalsIgnoreCase(value.strip())) {
                return constant;
            }
        }
        String names = String.join(
                ", ",
                Arrays.stream(constants)
                        .map(c -> c.name().toLowerCase(Locale.ROOT))
                        .toList());
        return damaged(key, value, "one of " + names, fallback, fallback.name().toLowerCase(Locale.ROOT));
    }

    /**
     * An amount a transaction may carry (a positive number, at most 1e15), e.g. the mining
     * {@code reward}, as {@link TransactionRules#parseAmount} reads it: the JSON number as written.
     */
    public JsonNode amount(String key, JsonNode fallback) {
        String value = stored(key);
        if (value == null) {
            return fallback;
        }
        try {
            return TransactionRules.parseAmount(value);
        } catch (InvalidTransactionException e) {
            return damaged(key, value, "an amount (" + e.getMessage() + ")", fallback, CanonicalJson.write(fallback));
        }
    }

    /** Web origins as {@code --cors} takes them ({@link CorsOrigins#parse(String)}), e.g. the window's {@code cors_origins}. */
    public CorsOrigins cors(String key, CorsOrigins fallback) {
        String value = stored(key);
        if (value == null) {
            return fallback;
        }
        try {
            return CorsOrigins.parse(value);
        } catch (IllegalArgumentException e) {
            return damaged(
                    key,
                    value,
                    "a list of web origins (" + e.getMessage() + ")",
                    fallback,
                    fallback.isEmpty() ? "none" : fallback.describe());
        }
    }

    private String stored(String key) {
        return store.setting(key).orElse(null);
    }

    private static <T> T damaged(String key, String value, String expected, T fallback, String fallbackText) {
        LOG.log(
                System.Logger.Level.WARNING,
                "the stored setting " + key + " is " + quoted(value) + ", which is not " + expected + "; using "
                        + fallbackText);
        return fallback;
    }

    /** The value as a JSON string, so blanks and control characters show; a long one cut short. */
    private static String quoted(String value) {
        String shown = value.length() <= MAX_QUOTED ? value : value.substring(0, MAX_QUOTED);
        String quoted = CanonicalJson.write(TextNode.valueOf(shown));
        return value.length() <= MAX_QUOTED ? quoted : quoted + "... (" + value.length() + " characters)";
    }
}
