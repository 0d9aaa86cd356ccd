package dev.versus.text;

import dev.versus.model.CountryOverride;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * English names of countries, from the JDK's locale data, cleaned up where it reads badly in a
 * sentence, and overridden by the snapshot's {@code countries}.
 *
 * <p>Rules: docs/comparison-rules.md §10.9.
 */
public final class CountryNames {
    private static final Set<String> ISO_CODES =
            Arrays.stream(Locale.getISOCountries()).collect(Collectors.toUnmodifiableSet());

    /** The JDK's English names, looked up once: the locale lookup is too slow to repeat on every page. */
    private static final Map<String, String> JDK_NAMES = ISO_CODES.stream()
            .collect(Collectors.toUnmodifiableMap(code -> code, code -> new Locale("", code).getDisplayCountry(Locale.ENGLISH)));

    private final Map<String, CountryOverride> overrides;

    /** @param overrides the snapshot's {@code countries}, by upper-case code */
    public CountryNames(Map<String, CountryOverride> overrides) {
        this.overrides = Map.copyOf(overrides);
    }

    /** True when the code is one of the JDK's ISO 3166 codes or a key of the overrides. */
    public static boolean isKnownCode(String code, Map<String, CountryOverride> overrides) {
        return ISO_CODES.contains(code) || overrides.containsKey(code);
    }

    /**
     * The name for tables and headings, without an article: "United States". A code that is
     * neither an ISO code nor overridden is returned as it is, so a page never shows an invented
     * name.
     */
    public String name(String code) {
        CountryOverride override = overrides.get(code);
        if (override != null && override.name() != null) {
            return override.name();
        }
        String cleaner = EnglishCountryNames.CLEANER_NAMES.get(code);
        if (cleaner != null) {
            return cleaner;
        }
        return JDK_NAMES.getOrDefault(code, code);
    }

    /**
     * The name as it reads inside a sentence, with "the" where English puts one: "the United
     * States", "Germany". An override decides the article for its code: its {@code article},
     * or none when that is null.
     */
    public String inSentence(String code) {
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
