package dev.versus.text;

import static dev.versus.text.Fixtures.lead;
import static dev.versus.text.Fixtures.relativeLead;
import static dev.versus.text.Fixtures.withCountries;
import static dev.versus.text.Fixtures.withSiteCategories;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.versus.model.Unit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeadWordingTest {

    private final Wording wording = new Wording(Unit.PAGES, new CountryNames(Map.of()), Map.of(), Map.of(
            "business", "Business",
            "education-reference", "Education/Reference",
            "marketing", "Marketing/Merchandising",
            "technical-information", "Technical Information",
            "non-profit", "Non-Profit/Advocacy/NGO"));

    @Test
    void bothSidesNameTheirCountriesWithArticlesAndTheSerialComma() {
        assertEquals("Django is more popular in the United States, Germany, and the United Kingdom, "
                        + "while Flask is more popular in Norway and the Netherlands.",
                wording.countries(withCountries(100, 50, lead("US", "DE", "GB"), lead("NO", "NL"))));
    }

    @Test
    void theRelativeFallbackSaysRelativelyMorePopular() {
        assertEquals("Django is more popular in Germany, while Flask is relatively more popular in Norway.",
                wording.countries(withCountries(100, 50, lead("DE"), relativeLead("NO"))));
    }

    @Test
    void aSideWithNoCountryIsSaidToBeFavoredNowhere() {
        assertEquals("Django is more popular in Germany, while no country with enough data favors Flask.",
                wording.countries(withCountries(100, 0, lead("DE"), lead())));
        assertEquals("Flask is relatively more popular in the Philippines, while no country with enough data favors Django.",
                wording.countries(withCountries(0, 100, lead(), relativeLead("PH"))));
    }

    @Test
    void noCountryOnEitherSideIsOneSentence() {
        assertEquals("No country with enough data favors Django or Flask.",
                wording.countries(withCountries(10, 5, lead(), lead())));
    }

    @Test
    void aCountryBulletNamesOneSideOrNothing() {
        assertEquals("Django is more popular in the United States.",
                wording.countryBullet(Fixtures.technology("django", "Django", 1), lead("US")));
        assertNull(wording.countryBullet(Fixtures.technology("django", "Django", 1), lead()));
    }

    @Test
    void siteCategoriesAreLowerCasedWithSlashesReadAsAnd() {
        assertEquals("Django is more popular among sites focused on business, education and reference, "
                        + "and marketing and merchandising, while Flask is more popular among sites focused on "
                        + "technical information.",
                wording.siteCategories(withSiteCategories(
                        List.of("business", "education-reference", "marketing"), List.of("technical-information"))));
    }

    @Test
    void acronymsInSiteCategoryNamesKeepTheirCapitals() {
        assertEquals("non-profit and advocacy and NGO", wording.siteCategoryInSentence("non-profit"));
    }

    @Test
    void aSiteCategoryWithoutANameIsShownByItsSlug() {
        assertEquals("travel", wording.siteCategoryInSentence("travel"));
    }

    @Test
    void emptySiteCategorySidesAreSaidPlainly() {
        assertEquals("Django is more popular among sites focused on business, while no kind of site favors Flask.",
                wording.siteCategories(withSiteCategories(List.of("business"), List.of())));
        assertEquals("Flask is more popular among sites focused on business, while no kind of site favors Django.",
                wording.siteCategories(withSiteCategories(List.of(), List.of("business"))));
        assertEquals("No kind of site favors Django or Flask.",
                wording.siteCategories(withSiteCategories(List.of(), List.of())));
    }
}
