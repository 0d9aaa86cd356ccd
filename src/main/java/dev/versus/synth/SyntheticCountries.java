package dev.versus.synth;

import dev.versus.text.CldrCountryNames;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The countries of a synthetic snapshot: the first {@code count} of a fixed list of ISO 3166-1
 * alpha-2 codes, roughly in order of how many web sites each country has, then the other
 * ISO codes in alphabetical order. Their weights fall with rank (Zipf, exponent
 * {@value #ZIPF_EXPONENT}), so the United States leads and the tail is long.
 */
final class SyntheticCountries {
    static final int DEFAULT_COUNT = 60;
    static final double ZIPF_EXPONENT = 1.1;

    /** Code and English name; the names are used only for made-up headquarters. */
    private static final String[][] BY_WEB_SIZE = {
        {"US", "United States"}, {"DE", "Germany"}, {"GB", "United Kingdom"}, {"JP", "Japan"}, {"FR", "France"},
        {"BR", "Brazil"}, {"IN", "India"}, {"RU", "Russia"}, {"IT", "Italy"}, {"NL", "Netherlands"},
        {"ES", "Spain"}, {"CA", "Canada"}, {"AU", "Australia"}, {"PL", "Poland"}, {"CN", "China"},
        {"KR", "South Korea"}, {"TR", "Turkey"}, {"MX", "Mexico"}, {"SE", "Sweden"}, {"CH", "Switzerland"},
        {"ID", "Indonesia"}, {"CZ", "Czechia"}, {"AR", "Argentina"}, {"BE", "Belgium"}, {"AT", "Austria"},
        {"UA", "Ukraine"}, {"VN", "Vietnam"}, {"TW", "Taiwan"}, {"DK", "Denmark"}, {"NO", "Norway"},
        {"FI", "Finland"}, {"PT", "Portugal"}, {"IR", "Iran"}, {"GR", "Greece"}, {"ZA", "South Africa"},
        {"RO", "Romania"}, {"HU", "Hungary"}, {"CO", "Colombia"}, {"CL", "Chile"}, {"IL", "Israel"},
        {"TH", "Thailand"}, {"MY", "Malaysia"}, {"SG", "Singapore"}, {"PH", "Philippines"}, {"IE", "Ireland"},
        {"NZ", "New Zealand"}, {"SK", "Slovakia"}, {"PK", "Pakistan"}, {"EG", "Egypt"}, {"SA", "Saudi Arabia"},
        {"AE", "United Arab Emirates"}, {"BG", "Bulgaria"}, {"HR", "Croatia"}, {"RS", "Serbia"}, {"LT", "Lithuania"},
        {"PE", "Peru"}, {"NG", "Nigeria"}, {"HK", "Hong Kong"}, {"SI", "Slovenia"}, {"LV", "Latvia"},
        {"EE", "Estonia"}, {"BD", "Bangladesh"}, {"KZ", "Kazakhstan"}, {"BY", "Belarus"}, {"MA", "Morocco"},
        {"VE", "Venezuela"}, {"EC", "Ecuador"}, {"KE", "Kenya"}, {"LK", "Sri Lanka"}, {"UY", "Uruguay"},
    };

    /** Made-up headquarters are placed only in the largest countries, whose names are listed. */
    static final int HEADQUARTERS_COUNTRIES = 30;

    private SyntheticCountries() {
    }

    /** How many countries can be asked for: every ISO code of the pinned CLDR table. */
    static int available() {
        return allCodes().size();
    }

    /** The first {@code count} codes, largest first. */
    static List<String> codes(int count) {
        List<String> all = allCodes();
        if (count < 1 || count > all.size()) {
            throw new IllegalArgumentException("countries must be from 1 to " + all.size() + ", got " + count);
        }
        return List.copyOf(all.subList(0, count));
    }

    static String name(int rank) {
        return BY_WEB_SIZE[rank][1];
    }

    private static List<String> allCodes() {
        Set<String> codes = new LinkedHashSet<>();
        for (String[] country : BY_WEB_SIZE) {
            codes.add(country[0]);
        }
        codes.addAll(CldrCountryNames.codes());  // in code order, the same on every JDK
        return new ArrayList<>(codes);
    }
}
