package dev.versus.text;

import static dev.versus.text.Fixtures.comparison;
import static dev.versus.text.Fixtures.lead;
import static dev.versus.text.Fixtures.technology;
import static dev.versus.text.Fixtures.withCountries;
import static dev.versus.text.Fixtures.withSiteCategories;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.versus.compare.Award;
import dev.versus.compare.Growth;
import dev.versus.load.MessagesReader;
import dev.versus.model.SiteMessages;
import dev.versus.model.Unit;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The comparison sentences in French, from the repository's content/messages/fr.toml read by the
 * real reader and worded by the real {@link Wording}: French plurals (0 and 1 take the singular,
 * millions take "de"), French ordinals ("1re", "2e", "21e"), CLDR's French country names and
 * lists ("A, B et C"), the narrow no-break space (U+202F) before ";" and ":" and the figures'
 * own spaces (U+202F in groups of digits, U+00A0 before "%"). Every expected string is worked out
 * by hand from the messages.
 */
class FrenchSentencesTest {
    /** U+202F, espace fine insécable: before ; and :, inside « », and between groups of digits. */
    private static final String FINE = "\u202f";
    /** U+00A0, espace insécable: CLDR's French space before the percent sign. */
    private static final String NBSP = "\u00a0";

    private static Words french;

    @BeforeAll
    static void readTheMessageFiles() throws Exception {
        SiteMessages messages = MessagesReader.read(Path.of("content"), List.of("en", "fr"));
        Map<String, String> names = new HashMap<>();
        messages.namesIn("fr").forEach((key, name) -> names.put(key, name.text()));
        french = Words.of(Language.FR, messages.of("fr"), names);
    }

    private static Wording wording(Unit unit) {
        Map<String, String> siteKinds = Map.of("education-reference", "Education and reference",
                "business", "Business and industry", "shopping", "Shopping");
        return new Wording(unit, CountryNames.of(Map.of(), french),
                Map.of("web-frameworks", Fixtures.WEB_FRAMEWORKS), siteKinds, french);
    }

    @Test
    void theRatioSentenceSaysTimesOrPercentInFrenchFigures() {
        Wording pages = wording(Unit.PAGES);
        // 67,300 / 1,870 = 35.99, 10 or more: rounded to 36.
        assertEquals("Django est 36 fois plus populaire que Flask.", pages.popularity(comparison(67_300, 1_870)));
        assertEquals("Django est bien plus populaire que Flask.", pages.headline(comparison(67_300, 1_870)));
        // 245 / 100 = 2.45, from 2 to 10: one decimal, half up, with a decimal comma.
        assertEquals("Django est 2,5 fois plus populaire que Flask.", pages.popularity(comparison(245, 100)));
        assertEquals("Django est plus populaire que Flask.", pages.headline(comparison(245, 100)));
        // 900 / 800 = 1.125: (r - 1) x 100 = 12.5, half up 13, and CLDR's no-break space before %.
        assertEquals("Flask est 13" + NBSP + "% plus populaire que Django.", pages.popularity(comparison(800, 900)));
        // 2,469 / 2 = 1,234.5: half up 1,235, grouped with a narrow no-break space.
        assertEquals("Django est 1" + FINE + "235 fois plus populaire que Flask.", pages.popularity(comparison(2_469, 2)));
        assertEquals("Django et Flask sont à peu près aussi populaires l’un que l’autre.",
                pages.popularity(comparison(100, 109)));
        assertEquals("Ni Django ni Flask n’a été détecté.", pages.popularity(comparison(0, 0)));
        assertEquals("Seul Flask est détecté" + FINE + "; Django n’a été trouvé sur aucune page.",
                pages.popularity(comparison(0, 5)));
        assertEquals("Seul Django est détecté" + FINE + "; Flask n’a été trouvé sur aucun site.",
                wording(Unit.WEBSITES).popularity(comparison(1, 0)));
    }

    @Test
    void awardsWriteTheFrenchOrdinals() {
        Wording wording = wording(Unit.PAGES);
        int[] ranks = {1, 2, 3, 11, 21, 22, 23};
        String[] ordinals = {"1re", "2e", "3e", "11e", "21e", "22e", "23e"};
        for (int i = 0; i < ranks.length; i++) {
            assertEquals("États-Unis" + FINE + ": " + ordinals[i]
                    + " technologie la plus populaire de la catégorie Frameworks web",
                    wording.award(new Award("US", "web-frameworks", ranks[i], 100)));
        }
        assertEquals("Allemagne" + FINE + ": 1re technologie la plus populaire de la catégorie Frameworks web",
                wording.award(new Award("DE", "web-frameworks", 1, 100)));
    }

    @Test
    void countrySentencesListOneTwoAndThreeCountriesAfterAColon() {
        Wording wording = wording(Unit.PAGES);
        String djangoAhead = "Pays où Django a une plus grande part de ses pages que Flask" + FINE + ": ";
        String flaskNowhere = FINE + "; la part de Flask n’est plus grande dans aucun pays disposant d’assez de données.";
        assertEquals(djangoAhead + "États-Unis" + flaskNowhere,
                wording.countries(withCountries(200, 100, lead("US"), lead())));
        assertEquals(djangoAhead + "États-Unis et Allemagne" + flaskNowhere,
                wording.countries(withCountries(200, 100, lead("US", "DE"), lead())));
        assertEquals(djangoAhead + "États-Unis, Allemagne et Japon" + flaskNowhere,
                wording.countries(withCountries(200, 100, lead("US", "DE", "JP"), lead())));
        assertEquals(djangoAhead + "États-Unis, Allemagne et Japon" + FINE
                + "; pays où Flask a une plus grande part de ses pages que Django" + FINE + ": Brésil.",
                wording.countries(withCountries(200, 100, lead("US", "DE", "JP"), lead("BR"))));
        assertEquals("Dans aucun pays disposant d’assez de données, ni Django ni Flask n’a une plus grande part"
                + " de ses pages que l’autre.", wording.countries(withCountries(200, 100, lead(), lead())));
        assertEquals("Pays où Flask a une plus grande part de ses sites que Django" + FINE + ": Brésil.",
                wording(Unit.WEBSITES).countryBullet(technology("flask", "Flask", 100),
                        technology("django", "Django", 200), lead("BR")));
    }

    @Test
    void kindsOfSiteAreQuotedSoThatTheirOwnEtReadsAsOneName() {
        assertEquals("Types de site où Django a une plus grande part de ses pages que Flask" + FINE + ": «" + FINE
                + "éducation et référence" + FINE + "» et «" + FINE + "entreprises et industrie" + FINE + "»" + FINE
                + "; types de site où Flask a une plus grande part de ses pages que Django" + FINE + ": «" + FINE
                + "achats" + FINE + "».",
                wording(Unit.PAGES).siteCategories(withSiteCategories(List.of("education-reference", "business"),
                        List.of("shopping"))));
    }

    @Test
    void unitsTakeTheFrenchPlural() {
        Wording pages = wording(Unit.PAGES);
        // French uses the singular for 0 and 1, and "de" after a round million.
        assertEquals("0 page", pages.units(0));
        assertEquals("1 page", pages.units(1));
        assertEquals("2 pages", pages.units(2));
        assertEquals("5 pages", pages.units(5));
        assertEquals("67" + FINE + "300 pages", pages.units(67_300));
        assertEquals("1" + FINE + "000" + FINE + "000 de pages", pages.units(1_000_000));
        assertEquals("0 site", wording(Unit.WEBSITES).units(0));
        assertEquals("5 domaines", wording(Unit.DOMAINS).units(5));
        assertEquals("détectée sur 1 page", pages.detectedOn(1));
        assertEquals("non détectée", pages.detectedOn(0));
    }

    @Test
    void changesAreDatedTheFrenchWay() {
        Wording pages = wording(Unit.PAGES);
        // (67,300 - 61,000) / 61,000 = 10.33%: one decimal, a decimal comma and CLDR's space before %.
        assertEquals("+10,3" + NBSP + "% depuis le 1 février 2022",
                pages.change(new Growth(61_000, 67_300), LocalDate.of(2022, 2, 1)));
        assertEquals("nouvelle depuis le 1 février 2022", pages.change(new Growth(0, 5), LocalDate.of(2022, 2, 1)));
    }
}
