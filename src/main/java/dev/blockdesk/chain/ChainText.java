package dev.blockdesk.chain;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A text the chain layer says to a person (why a chain is invalid, what the sandbox shows), kept as
 * a key of the window's resource bundle and its arguments, so it can be said in English, as the HTTP
 * API, the CLI and the Python-compatible wire protocol say it ({@link #english()}, byte for byte what
 * the chain layer always said), or in the window's language ({@link #in(Locale)}).
 *
 * <p>Arguments are strings, put in as they are (a number is turned into its plain decimal text when
 * the text is made, so no locale groups its digits), or other {@code ChainText}s, said in the same
 * language: a reason inside a reason. A {@link #verbatim} text has no key: it comes from elsewhere
 * (a JSON parser's message, another layer's reason) and reads the same in every language.
 *
 * <p>Immutable and thread-safe. A key the bundle lacks shows as the key itself; {@code ChainTextTest}
 * holds every key of the chain layer to the bundle.
 */
public final class ChainText {

    /** The resource bundle the texts come from: the window's, one file per language. */
    public static final String BUNDLE = "dev.blockdesk.i18n.messages";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String key;
    private final Object[] args;
    private volatile String english;

    private ChainText(String key, Object[] args, String english) {
        this.key = key;
        this.args = args;
        this.english = english;
    }

    /**
     * The text {@code key} names with {@code args} in its {@code {0}}, {@code {1}}...: each a
     * {@code ChainText}, or anything else, which is put in as {@link String#valueOf} writes it.
     */
    public static ChainText of(String key, Object... args) {
        Objects.requireNonNull(key, "key");
        Object[] kept = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            kept[i] = args[i] instanceof ChainText text ? text : String.valueOf(args[i]);
        }
        return new ChainText(key, kept, null);
    }

    /** A text that is not translated: it reads {@code text} in every language. */
    public static ChainText verbatim(String text) {
        return new ChainText(null, new Object[0], Objects.requireNonNull(text, "text"));
    }

    /** {@code text}'s English, or null when {@code text} is null. */
    public static String english(ChainText text) {
        return text == null ? null : text.english();
    }

    /** The bundle's key, or null for a {@link #verbatim} text. */
    public String key() {
        return key;
    }

    /** The arguments: strings and {@code ChainText}s. */
    public List<Object> args() {
        return List.of(args);
    }

    /** The text in English: what the HTTP API, the CLI and the logs say. */
    public String english() {
        String text = english;
        if (text == null) {
            text = in(Locale.ROOT);
            english = text;
        }
        return text;
    }

    /**
     * The text in {@code locale}'s language: Simplified Chinese ({@code zh_CN}), Korean ({@code ko}),
     * or English for any other. Pass the language's own locale ({@code Locale.SIMPLIFIED_CHINESE},
     * {@code Locale.KOREAN}), not a format locale such as {@code zh_TW}.
     */
    public String in(Locale locale) {
        if (key == null) {
            return english;
        }
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args.length == 0) {
            return pattern; // as Messages.tr: a text without arguments is written as it reads
        }
        Object[] said = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            said[i] = args[i] instanceof ChainText text ? text.in(locale) : args[i];
        }
        return new MessageFormat(pattern, locale).format(said);
    }

    /** The bundle's texts in {@code locale}'s language; English for a locale it has no file for (never the default locale's). */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ChainText other)) {
            return false;
        }
        return key == null
                ? other.key == null && english.equals(other.english)
                : key.equals(other.key) && Arrays.equals(args, other.args);
    }

    @Override
    public int hashCode() {
        return key == null ? english.hashCode() : 31 * key.hashCode() + Arrays.hashCode(args);
    }

    /** The English text. */
    @Override
    public String toString() {
        return english();
    }
}
