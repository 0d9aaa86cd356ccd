package dev.versus.load;

import dev.versus.load.JsonValue.Member;
import dev.versus.load.JsonValue.ObjectValue;
import dev.versus.model.CountryOverride;
import dev.versus.text.CldrCountryNames;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The country codes a snapshot may use: the ISO 3166-1 alpha-2 codes of the pinned CLDR table
 * ({@link CldrCountryNames}, the same on every JDK) plus the keys of the
 * top-level {@code countries} overrides, which this class also reads.
 */
final class CountryCodes {
    private static final Set<String> ISO = CldrCountryNames.codes();
    private static final List<String> OVERRIDE_FIELDS = List.of("name", "article");

    private final Map<String, CountryOverride> overrides;
    /** Well-formed override keys, valid codes even when their override has an error elsewhere. */
    private final Set<String> extraCodes;

    private CountryCodes(Map<String, CountryOverride> overrides, Set<String> extraCodes) {
        this.overrides = overrides;
        this.extraCodes = extraCodes;
    }

    Map<String, CountryOverride> overrides() {
        return overrides;
    }

    /** Reports a {@code byCountry} key that is neither an ISO code nor an override, at the key. */
    void checkKey(Member member, JsonPath path, ErrorCollector errors) {
        String code = member.key();
        if (ISO.contains(code) || extraCodes.contains(code)) {
            return;
        }
        String upper = code.toUpperCase(Locale.ROOT);
        String message = !upper.equals(code) && (ISO.contains(upper) || extraCodes.contains(upper))
                ? "country code " + Quote.of(code) + " must be upper-case: \"" + upper + "\""
                : "unknown country code " + Quote.of(code)
                        + "; expected an ISO 3166-1 alpha-2 code (such as \"US\") or a key of $.countries";
        errors.add(path, member.line(), member.column(), message);
    }

    /** The codes for a snapshot's top-level {@code countries} value (null when absent). */
    static CountryCodes read(JsonValue value, JsonPath path, Expect expect) {
        Map<String, CountryOverride> overrides = new HashMap<>();
        Set<String> extraCodes = new HashSet<>();
        ObjectValue object = value == null ? null : expect.object(value, path);
        if (object != null) {
            for (Member member : object.members()) {
                if (isTwoUpperCaseLetters(member.key())) {
                    extraCodes.add(member.key());
                }
                readOverride(member, path.key(member.key()), expect, overrides);
            }
        }
        return new CountryCodes(overrides, extraCodes);
    }

    private static void readOverride(Member member, JsonPath path, Expect expect, Map<String, CountryOverride> into) {
        ErrorCollector errors = expect.errors();
        int before = errors.count();
        if (!isTwoUpperCaseLetters(member.key())) {
            errors.add(path, member.line(), member.column(), "country code " + Quote.of(member.key())
                    + " must be two upper-case letters (ISO 3166-1 alpha-2 style)");
        }
        ObjectValue object = expect.object(member.value(), path);
        if (object == null) {
            return;
        }
        ObjectFields fields = ObjectFields.check(object, path, errors, OVERRIDE_FIELDS);
        String name = expect.name(fields.required("name"), fields.path("name"), "name");
        JsonValue articleValue = fields.optional("article");
        String article = expect.nullableText(articleValue, fields.path("article"));
        if (article != null && !article.equals("the")) {
            errors.at(articleValue, fields.path("article"), "expected \"the\" or null, found " + articleValue.describe());
        }
        if (errors.count() == before) {
            into.put(member.key(), new CountryOverride(name, article));
        }
    }

    private static boolean isTwoUpperCaseLetters(String code) {
        return code.length() == 2 && isUpperAscii(code.charAt(0)) && isUpperAscii(code.charAt(1));
    }

    private static boolean isUpperAscii(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
