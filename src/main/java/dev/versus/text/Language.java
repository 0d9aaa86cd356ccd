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
    EN("en", "English", ULocale.ENGLISH),
    DE("de", "Deutsch", ULocale.GERMAN),
    FR("fr", "Français", ULocale.FRENCH),
    ES("es", "Español", new ULocale("es")),
    JA("ja", "日本語", ULocale.JAPANESE),
    AR("ar", "العربية", new ULocale("ar"));

    private final String code;
    private final String nameInItself;
    private final ULocale locale;

    Language(String code, String nameInItself, ULocale locale) {
        this.code = code;
        this.nameInItself = nameInItself;
        this.locale = locale;
    }

    /** The language with this code ("de"), or empty for a code Versus does not ship. */
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
