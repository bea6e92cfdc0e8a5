package dev.blockdesk.ui.i18n;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages the window speaks: English, Simplified Chinese and Korean, or whichever of them
 * the system's locale asks for. The choice is remembered in the data directory under
 * {@link #SETTING} by its {@link #tag()}, and {@code --language TAG} overrides it for one run.
 */
public enum Language {
    // not shown: each language is named in itself, in every language's menu, so it is not translated
    SYSTEM("system", null, null),
    ENGLISH("en", Locale.ENGLISH, "English"),
    SIMPLIFIED_CHINESE("zh-CN", Locale.SIMPLIFIED_CHINESE, "简体中文"),
    KOREAN("ko", Locale.KOREAN, "한국어");

    /** The data directory's setting that remembers the choice. */
    public static final String SETTING = "language";

    private final String tag;
    private final Locale locale;
    private final String nativeName;

    Language(String tag, Locale locale, String nativeName) {
        this.tag = tag;
        this.locale = locale;
        this.nativeName = nativeName;
    }

    /** How the setting and {@code --language} spell it: system, en, zh-CN, ko. */
    public String tag() {
        return tag;
    }

    /** The language's name in itself ("한국어"); empty for {@link #SYSTEM}, which the window names in the current language. */
    public Optional<String> nativeName() {
        return Optional.ofNullable(nativeName);
    }

    /**
     * The translation to use: the chosen one, or for {@link #SYSTEM} the one that matches
     * {@code system}: Korean for any Korean locale, Simplified Chinese for Chinese other than
     * Traditional (zh-TW, zh-HK, zh-MO, zh-Hant, which get English), otherwise English.
     */
    public Language resolve(Locale system) {
        if (this != SYSTEM) {
            return this;
        }
        String language = system.getLanguage();
        if (language.equals("ko")) {
            return KOREAN;
        }
        if (language.equals("zh") && !traditional(system)) {
            return SIMPLIFIED_CHINESE;
        }
        return ENGLISH;
    }

    /** The locale of the translation's texts; {@link #SYSTEM} has none until resolved. */
    public Locale locale() {
        if (locale == null) {
            throw new IllegalStateException("resolve the system language first");
        }
        return locale;
    }

    /** The language a tag names (case and '_' or '-' do not matter); empty for anything else. */
    public static Optional<Language> ofTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String wanted = tag.trim().replace('_', '-');
        for (Language each : values()) {
            if (each.tag.equalsIgnoreCase(wanted)) {
                return Optional.of(each);
            }
        }
        return Optional.empty();
    }

    private static boolean traditional(Locale locale) {
        String country = locale.getCountry();
        return locale.getScript().equals("Hant")
                || country.equals("TW") // not shown: a script and country codes
                || country.equals("HK")
                || country.equals("MO");
    }
}
