package dev.versus.text;

import static dev.versus.text.Fixtures.comparison;
import static dev.versus.text.Fixtures.lead;
import static dev.versus.text.Fixtures.technology;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.versus.compare.Award;
import dev.versus.load.MessagesReader;
import dev.versus.model.Category;
import dev.versus.model.SiteMessages;
import dev.versus.model.Technology;
import dev.versus.model.Unit;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The German sentences of content/messages/de.toml, read through the real reader and built by the
 * same {@link Wording} code as the English ones. Every expected string is written out by hand:
 * German ordinals are "1." to "23." (CLDR gives German one ordinal form), the decimal separator is
 * a comma, thousands are grouped with a dot, a no-break space stands before "%", and country names
 * stand after a colon, since German would need an article before most of them inside a clause. The
 * leader's category is the German singular of [category_singulars], without an article ("Als
 * Web-Framework ist Django ...").
 */
class GermanSentencesTest {
    private static final Category WEB_FRAMEWORKS = new Category("web-frameworks", "Web frameworks", "web framework");
    private static Wording german;
    private static Wording germanOnWebsites;

    @BeforeAll
    static void readTheMessageFiles() throws Exception {
        SiteMessages messages = MessagesReader.read(Path.of("content"), List.of("en", "de"));
        Map<String, String> names = new TreeMap<>();
        messages.namesIn("de").forEach((key, name) -> names.put(key, name.text()));
        Words words = Words.of(Language.DE, messages.of("de"), names);
        german = new Wording(Unit.PAGES, CountryNames.of(Map.of(), words), Map.of("web-frameworks", WEB_FRAMEWORKS),
                Map.of(), words);
        germanOnWebsites = new Wording(Unit.WEBSITES, CountryNames.of(Map.of(), words),
                Map.of("web-frameworks", WEB_FRAMEWORKS), Map.of(), words);
    }

    @Test
    void popularityIsSaidAsPercentOrAsNTimesSoPopular() {
        // 67300 / 1870 = 35.99, rounded to a whole number from 10 on.
        assertEquals("Als Web-Framework ist Django 36-mal so beliebt wie Flask.", german.popularity(comparison(67_300, 1_870)));
        // 245 / 100 = 2.45, one decimal below 10, with a decimal comma.
        assertEquals("Als Web-Framework ist Django 2,5-mal so beliebt wie Flask.", german.popularity(comparison(245, 100)));
        // 2469 / 2 = 1234.5, rounded half up to 1235, grouped with a dot.
        assertEquals("Als Web-Framework ist Django 1.235-mal so beliebt wie Flask.", german.popularity(comparison(2_469, 2)));
        // 800 / 900: Flask leads by (9/8 - 1) x 100 = 12.5, rounded half up to 13.
        assertEquals("Als Web-Framework ist Flask 13\u00a0% beliebter als Django.", german.popularity(comparison(800, 900)));
        assertEquals("Django und Flask sind etwa gleich beliebt.", german.popularity(comparison(100, 109)));
        assertEquals("Nur Flask wurde erkannt; Django wurde auf keiner Seite gefunden.",
                german.popularity(comparison(0, 5)));
        assertEquals("Django ist viel beliebter als Flask.", german.headline(comparison(300, 100)));
    }

    @Test
    void awardsGiveTheGermanOrdinalAfterTheCountry() {
        int[] ranks = {1, 2, 3, 11, 21, 22, 23};
        String[] ordinals = {"1.", "2.", "3.", "11.", "21.", "22.", "23."};
        for (int i = 0; i < ranks.length; i++) {
            assertEquals("Vereinigte Staaten: " + ordinals[i] + " Platz in der Kategorie Web-Frameworks",
                    german.award(new Award("US", "web-frameworks", ranks[i], 100)));
        }
        assertEquals("Deutschland: 1. Platz in der Kategorie Web-Frameworks",
                german.award(new Award("DE", "web-frameworks", 1, 100)));
    }

    @Test
    void countriesAreListedAfterAColonWithTheGermanListRules() {
        Technology django = technology("django", "Django", 200);
        Technology flask = technology("flask", "Flask", 100);
        assertEquals("Länder, auf die ein größerer Teil der Seiten mit Django entfällt als bei Flask: Deutschland.",
                german.countryBullet(django, flask, lead("DE")));
        assertEquals("Länder, auf die ein größerer Teil der Seiten mit Django entfällt als bei Flask:"
                + " Vereinigte Staaten und Deutschland.", german.countryBullet(django, flask, lead("US", "DE")));
        assertEquals("Länder, auf die ein größerer Teil der Seiten mit Django entfällt als bei Flask:"
                + " Vereinigte Staaten, Deutschland und Japan.",
                german.countryBullet(django, flask, lead("US", "DE", "JP")));
    }

    @Test
    void bothSidesOfTheCountrySentenceNameTheirOwnCountries() {
        assertEquals("Länder, auf die ein größerer Teil der Seiten mit Django entfällt als bei Flask: Japan;"
                + " Länder, auf die ein größerer Teil der Seiten mit Flask entfällt als bei Django:"
                + " Deutschland und Frankreich.",
                german.countries(Fixtures.withCountries(200, 100, lead("JP"), lead("DE", "FR"))));
        assertEquals("Weder bei Django noch bei Flask entfällt auf ein Land mit ausreichenden Daten ein größerer"
                + " Teil der Seiten als bei der anderen Technologie.",
                german.countries(Fixtures.withCountries(200, 100, lead(), lead())));
    }

    @Test
    void kindsOfSiteAreQuotedSoThatNamesWithUndStayApart() {
        Wording withKinds = new Wording(Unit.PAGES, german.countryNames(), Map.of("web-frameworks", WEB_FRAMEWORKS),
                Map.of("arts-entertainment", "Arts and entertainment", "shopping", "Shopping",
                        "education-reference", "Education and reference"), german.words());
        assertEquals("Arten von Websites, auf die ein größerer Teil der Seiten mit Django entfällt als bei Flask:"
                + " „Kunst und Unterhaltung“ und „Shopping“; bei Flask ist dieser Anteil auf keiner Art von"
                + " Website größer.",
                withKinds.siteCategories(Fixtures.withSiteCategories(List.of("arts-entertainment", "shopping"),
                        List.of())));
    }

    @Test
    void unitsTakeTheGermanSingularOnlyForOne() {
        assertEquals("0 Seiten", german.units(0));
        assertEquals("1 Seite", german.units(1));
        assertEquals("2 Seiten", german.units(2));
        assertEquals("5 Seiten", german.units(5));
        assertEquals("67.300 Seiten", german.units(67_300));
        assertEquals("1 Website", germanOnWebsites.units(1));
        assertEquals("5 Websites", germanOnWebsites.units(5));
    }
}
