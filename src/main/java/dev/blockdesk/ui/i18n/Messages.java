package dev.blockdesk.ui.i18n;

import dev.blockdesk.chain.ChainText;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Every text the window shows, from the resource bundle {@code dev/blockdesk/i18n/messages}
 * (English) and its translations ({@code messages_zh_CN}, {@code messages_ko}): one UTF-8
 * properties file per language, so a translation is one file. FXML names a text {@code %key};
 * Java code calls {@link #tr}. Texts with arguments are {@link MessageFormat} patterns, formatted
 * in the language's locale (so {0,number,integer} groups digits as that locale does).
 *
 * <p>One language serves the whole window; it is chosen once at start ({@link #use}) before any
 * view is built. Until then, and in tests that do not choose, the window speaks English.
 */
public final class Messages {

    static final String BUNDLE = ChainText.BUNDLE; // the window and the chain layer share one file a language

    /**
     * The system's own locales, as the JVM started with them: the window may then set the default
     * locale to the chosen language (for JavaFX's own texts), and "System language" still means
     * the system's.
     */
    private static final Locale SYSTEM_DISPLAY = Locale.getDefault(Locale.Category.DISPLAY);

    private static final Locale SYSTEM_FORMAT = Locale.getDefault(Locale.Category.FORMAT);

    private static volatile Language chosen = Language.ENGLISH;
    private static volatile Language language = Language.ENGLISH;
    private static volatile Locale locale = Locale.ENGLISH;
    private static volatile ResourceBundle bundle = load(Language.ENGLISH);

    private Messages() {}

    /** Speaks {@code chosen} from now on (resolved against the system locale when it is {@link Language#SYSTEM}). */
    public static void use(Language chosen) {
        Language resolved = chosen.resolve(SYSTEM_DISPLAY);
        bundle = load(resolved);
        Messages.chosen = chosen;
        language = resolved;
        locale = formatLocale(resolved, SYSTEM_FORMAT);
    }

    /**
     * The locale dates and numbers follow: the system's when it is of the language in use (so
     * English on a British system writes 22 Nov 2026), otherwise the language's own.
     */
    static Locale formatLocale(Language resolved, Locale system) {
        return system.getLanguage().equals(resolved.locale().getLanguage()) ? system : resolved.locale();
    }

    /** The translation {@code language} means on this system ({@link Language#SYSTEM} resolved against the system's locale). */
    public static Language resolved(Language language) {
        return language.resolve(SYSTEM_DISPLAY);
    }

    /** The language as chosen, which may be {@link Language#SYSTEM}. */
    public static Language chosen() {
        return chosen;
    }

    /** The language in use: English, Simplified Chinese or Korean, never {@link Language#SYSTEM}. */
    public static Language language() {
        return language;
    }

    /** The locale dates and numbers follow (see {@link #formatLocale}). */
    public static Locale locale() {
        return locale;
    }

    /** The bundle of the language in use, for {@code FXMLLoader.setResources}. */
    public static ResourceBundle bundle() {
        return bundle;
    }

    /**
     * The text {@code key} names, with {@code args} put in its {@code {0}}, {@code {1}}...; a text
     * without arguments is returned as written (a lone apostrophe stays one). A key the bundle does
     * not have is a bug that {@code MessagesBundleTest} catches; here it shows as the key itself.
     */
    public static String tr(String key, Object... args) {
        Objects.requireNonNull(key);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale()).format(args);
    }

    /**
     * A text the chain layer wrote (why a block is invalid, what a proof rule leaves open), in the
     * language in use; English where the chain has no translation of it.
     */
    public static String tr(ChainText text) {
        return text.in(language.locale());
    }

    /** The text {@code key} names in {@code other}, which need not be the language in use (to say "from now on" in the chosen language). */
    public static String trIn(Language other, String key, Object... args) {
        Language resolved = resolved(other);
        String pattern = load(resolved).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, resolved.locale()).format(args);
    }

    static ResourceBundle load(Language resolved) {
        return ChainText.bundle(resolved.locale());
    }
}
