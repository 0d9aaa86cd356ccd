package dev.versus.text;

import com.ibm.icu.util.ULocale;
import java.util.Optional;

/**
 * The languages Versus ships pages in. An enum rather than a record with constants: the set is
 * closed (a language needs its translations and tests before a site may use it), so switches over
 * it are checked by the compiler, {@link java.util.EnumMap} keys it cheaply, and {@link #values()}
 * gives one fixed order for every listing of languages.
 */
public enum Language {
    EN("en", "English", ULocale.ENGLISH, "en_US"),
    DE("de", "Deutsch", ULocale.GERMAN, "de_DE"),
    FR("fr", "Français", ULocale.FRENCH, "fr_FR"),
    ES("es", "Español", new ULocale("es"), "es_ES"),
    JA("ja", "日本語", ULocale.JAPANESE, "ja_JP"),
    AR("ar", "العربية", new ULocale("ar"), "ar_AR");

    private final String code;
    private final String nameInItself;
    private final ULocale locale;
    private final String ogLocale;

    Language(String code, String nameInItself, ULocale locale, String ogLocale) {
        this.code = code;
        this.nameInItself = nameInItself;
        this.locale = locale;
        this.ogLocale = ogLocale;
    }

    /**
     * The Open Graph locale ({@code og:locale}, language_TERRITORY): the region whose spelling the
     * pages use, "en_US" for "favor" and "color"; "ar_AR" is Open Graph's own tag for Arabic.
     */
    public String ogLocale() {
        return ogLocale;
    }

    /** The language of a code the configuration has already checked. */
    public static Language ofCode(String code) {
        return of(code).orElseThrow(() -> new IllegalArgumentException("unknown language \"" + code + "\""));
    }

    /** The language with this code ("de"), or empty for a code Versus does not ship. */
    /** Every code Versus knows, in its order: "en, de, fr, es, ja, ar". */
    public static String codes() {
        return java.util.Arrays.stream(values()).map(Language::code).collect(java.util.stream.Collectors.joining(", "));
    }

    public static Optional<Language> of(String code) {
        for (Language language : values()) {
            if (language.code.equals(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The BCP 47 code: "de". Also the folder of the language's pages and its configuration value. */
    public String code() {
        return code;
    }

    /** The value of {@code <html lang>} and {@code hreflang}: the bare language code, since the pages are for every region. */
    public String htmlLang() {
        return code;
    }

    /**
     * The language's name in itself, as a language switcher shows it ("Deutsch"). Spelled out
     * here as CLDR 49 gives it for a menu ({@code DisplayContext.CAPITALIZATION_FOR_UI_LIST_OR_MENU},
     * which capitalizes "français"); LanguageTest checks that ICU still agrees.
     */
    public String nameInItself() {
        return nameInItself;
    }

    /** The ICU locale whose CLDR data formats this language's figures. */
    public ULocale locale() {
        return locale;
    }

    /** True for a language written right to left (Arabic): its pages need {@code dir="rtl"}. */
    public boolean rightToLeft() {
        return locale.isRightToLeft();
    }
}
