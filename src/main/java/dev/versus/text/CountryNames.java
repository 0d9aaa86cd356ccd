package dev.versus.text;

import dev.versus.model.CountryOverride;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;

/**
 * English names of countries, from the pinned CLDR table ({@link CldrCountryNames}), cleaned up
 * where it reads badly in a sentence, and overridden by the snapshot's {@code countries}.
 *
 * <p>Rules: docs/comparison-rules.md §10.9.
 */
public final class CountryNames {
    private final Map<String, CountryOverride> overrides;
    /** The language's CLDR names, or null for English, the snapshot's language, which keeps the rules' names. */
    private final LocaleFormats otherLanguage;

    /** English names. @param overrides the snapshot's {@code countries}, by upper-case code */
    public CountryNames(Map<String, CountryOverride> overrides) {
        this(overrides, null);
    }

    private CountryNames(Map<String, CountryOverride> overrides, LocaleFormats otherLanguage) {
        this.overrides = Map.copyOf(overrides);
        this.otherLanguage = otherLanguage;
    }

    /**
     * Names in the language of {@code words}. Snapshots name countries in English, so in English
     * the snapshot's overrides, the cleaner names and the articles apply as the rules give them;
     * in any other language a country is CLDR's name in that language, the same in a heading and
     * in a sentence (a message puts its own preposition or article around {@code {country}}), and
     * an override's name is used only for a code CLDR does not know.
     */
    public static CountryNames of(Map<String, CountryOverride> overrides, Words words) {
        return new CountryNames(overrides, words.language() == Language.EN ? null : words.formats());
    }

    /**
     * Alphabetical order of names as an English reader expects it: accents and case set aside
     * ("Åland Islands" among the A's, "Côte d'Ivoire" after "Costa Rica"), then the names as
     * they are. Spelled out rather than taken from a JDK {@link java.text.Collator}, whose rules
     * are the JDK's; canonical decomposition of these letters is fixed by Unicode's stability
     * policy, so every JDK sorts the same.
     */
    public static final Comparator<String> ALPHABETICAL =
            Comparator.comparing(CountryNames::withoutAccents).thenComparing(Comparator.naturalOrder());

    private static String withoutAccents(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /** True when the code is one of the table's ISO 3166 codes or a key of the overrides. */
    public static boolean isKnownCode(String code, Map<String, CountryOverride> overrides) {
        return CldrCountryNames.codes().contains(code) || overrides.containsKey(code);
    }

    /**
     * The name for tables and headings, without an article: "United States". A code that is
     * neither an ISO code nor overridden is returned as it is, so a page never shows an invented
     * name.
     */
    public String name(String code) {
        if (otherLanguage != null) {
            return otherLanguage.countryName(code).orElseGet(() -> englishName(code));
        }
        return englishName(code);
    }

    private String englishName(String code) {
        CountryOverride override = overrides.get(code);
        if (override != null && override.name() != null) {
            return override.name();
        }
        String cleaner = EnglishCountryNames.CLEANER_NAMES.get(code);
        if (cleaner != null) {
            return cleaner;
        }
        String cldr = CldrCountryNames.name(code);
        return cldr == null ? code : cldr;
    }

    /**
     * The name as it reads inside a sentence, with "the" where English puts one: "the United
     * States", "Germany". An override decides the article for its code: its {@code article},
     * or none when that is null.
     */
    public String inSentence(String code) {
        if (otherLanguage != null) {
            return name(code);
        }
        String article = article(code);
        return article == null || article.isBlank() ? name(code) : article + " " + name(code);
    }

    private String article(String code) {
        CountryOverride override = overrides.get(code);
        if (override != null) {
            return override.article();
        }
        return EnglishCountryNames.WITH_ARTICLE.contains(code) ? "the" : null;
    }
}
