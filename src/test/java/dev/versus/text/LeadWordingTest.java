package dev.versus.text;

import static dev.versus.text.Fixtures.lead;
import static dev.versus.text.Fixtures.withCountries;
import static dev.versus.text.Fixtures.withSiteCategories;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.versus.model.Unit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeadWordingTest {

    private final Wording wording = TestWords.wording(Unit.PAGES, new CountryNames(Map.of()), Map.of(), Map.of(
            "business", "Business",
            "education-reference", "Education/Reference",
            "marketing", "Marketing/Merchandising",
            "technical-information", "Technical Information",
            "non-profit", "Non-Profit/Advocacy/NGO"));

    @Test
    void bothSidesNameTheirCountriesWithArticlesAndTheSerialComma() {
        assertEquals("Django has a larger share of its pages in the United States, Germany, and the United Kingdom "
                        + "than Flask; Flask has a larger share of its pages in Norway and the Netherlands than Django.",
                wording.countries(withCountries(100, 50, lead("US", "DE", "GB"), lead("NO", "NL"))));
    }

    @Test
    void aSideWithNoCountryIsSaidToHaveTheLargerShareNowhere() {
        assertEquals("Django has a larger share of its pages in Germany than Flask; "
                        + "Flask's share is not larger in any country with enough data.",
                wording.countries(withCountries(100, 0, lead("DE"), lead())));
        assertEquals("Flask has a larger share of its pages in the Philippines than Django; "
                        + "Django's share is not larger in any country with enough data.",
                wording.countries(withCountries(0, 100, lead(), lead("PH"))));
    }

    @Test
    void noCountryOnEitherSideIsOneSentence() {
        assertEquals("Neither Django nor Flask has a larger share of its pages in any country with enough data.",
                wording.countries(withCountries(10, 5, lead(), lead())));
    }

    @Test
    void aCountryBulletNamesOneSideAgainstTheOtherOrNothing() {
        assertEquals("Django has a larger share of its pages in the United States than Flask.",
                wording.countryBullet(Fixtures.technology("django", "Django", 1),
                        Fixtures.technology("flask", "Flask", 1), lead("US")));
        assertNull(wording.countryBullet(Fixtures.technology("django", "Django", 1),
                Fixtures.technology("flask", "Flask", 1), lead()));
    }

    @Test
    void siteCategoriesAreLowerCasedWithSlashesReadAsAnd() {
        assertEquals("Django has a larger share of its pages on sites focused on business, education and reference, "
                        + "and marketing and merchandising than Flask; Flask has a larger share of its pages on sites "
                        + "focused on technical information than Django.",
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
        assertEquals("Django has a larger share of its pages on sites focused on business than Flask; "
                        + "Flask's share is not larger on any kind of site.",
                wording.siteCategories(withSiteCategories(List.of("business"), List.of())));
        assertEquals("Flask has a larger share of its pages on sites focused on business than Django; "
                        + "Django's share is not larger on any kind of site.",
                wording.siteCategories(withSiteCategories(List.of(), List.of("business"))));
        assertEquals("Neither Django nor Flask has a larger share of its pages on any kind of site.",
                wording.siteCategories(withSiteCategories(List.of(), List.of())));
    }
}
