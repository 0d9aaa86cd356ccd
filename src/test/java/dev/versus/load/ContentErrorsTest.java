package dev.versus.load;

import static dev.versus.load.Fixtures.assertOnlyError;

import org.junit.jupiter.api.Test;

/** Errors about values that have the right type but break a rule of the format. */
class ContentErrorsTest {

    @Test
    void duplicateSlugNamesWhereTheFirstOneIs() {
        assertOnlyError("invalid-duplicate-slug.json", 8, 15, "\"wordpress\"", "$.technologies[1].slug",
                "duplicate slug \"wordpress\" (first at line 7, column 15)");
    }

    @Test
    void slugOutsideThePatternIsRefused() {
        assertOnlyError("invalid-slug-pattern.json", 7, 15, "\"Word Press\"", "$.technologies[0].slug",
                "slug \"Word Press\" does not match ^[a-z0-9]+(?:[.-][a-z0-9]+)*$");
    }

    @Test
    void slugLongerThanEightyCharactersIsRefused() {
        assertOnlyError("invalid-slug-too-long.json", 7, 15, "\"aaaa", "$.technologies[0].slug",
                "is too long; at most 80 characters are allowed");
    }

    @Test
    void slugWithAPartVsIsRefused() {
        assertOnlyError("invalid-slug-vs-part.json", 5, 33, "\"b2b-vs-b2c\"", "$.siteCategories[0].slug",
                "slug \"b2b-vs-b2c\" has a part \"vs\"");
    }

    @Test
    void categoryListedTwicePointsAtTheSecondMention() {
        assertOnlyError("invalid-category-listed-twice.json", 7, 71, "\"cms\"", "$.technologies[0].categories[1]",
                "category \"cms\" is listed twice");
    }

    @Test
    void unknownCategoryReferenceIsRefused() {
        assertOnlyError("invalid-unknown-category.json", 7, 71, "\"blogs\"", "$.technologies[0].categories[1]",
                "unknown category \"blogs\"");
    }

    @Test
    void unknownSiteCategoryKeyIsWrittenInBracketsInThePath() {
        assertOnlyError("invalid-unknown-site-category.json", 7, 133, "\"travel-leisure\"",
                "$.technologies[0].usage.bySiteCategory['travel-leisure']", "unknown site category \"travel-leisure\"");
    }

    @Test
    void negativeCountIsRefused() {
        assertOnlyError("invalid-negative-count.json", 7, 92, "-1", "$.technologies[0].usage.total",
                "expected a count of at least 0, found -1");
    }

    @Test
    void countAboveTwoToTheFiftyThreeMinusOneIsRefused() {
        assertOnlyError("invalid-count-too-large.json", 7, 92, "9007199254740992", "$.technologies[0].usage.total",
                "found 9007199254740992, above the largest allowed value, 2^53 - 1 (9007199254740991)");
    }

    @Test
    void breakdownSummingAboveTotalPointsAtTheBreakdown() {
        assertOnlyError("invalid-breakdown-above-total.json", 7, 110, "{ \"US\"", "$.technologies[0].usage.byCountry",
                "byCountry sums to 110, more than usage.total (100)");
    }

    @Test
    void unknownCountryCodeIsRefused() {
        assertOnlyError("invalid-unknown-country.json", 7, 122, "\"ZZ\"", "$.technologies[0].usage.byCountry.ZZ",
                "unknown country code \"ZZ\"");
    }

    @Test
    void lowerCaseCountryCodeIsRefusedWithTheUpperCaseSuggested() {
        assertOnlyError("invalid-lower-case-country.json", 7, 112, "\"us\"", "$.technologies[0].usage.byCountry.us",
                "country code \"us\" must be upper-case: \"US\"");
    }

    @Test
    void countryOverrideKeysAreTwoUpperCaseLetters() {
        assertOnlyError("invalid-bad-countries-key.json", 6, 46, "\"USA\"", "$.countries.USA",
                "country code \"USA\" must be two upper-case letters");
    }

    @Test
    void historyDatesMustAscendStrictly() {
        assertOnlyError("invalid-history-not-ascending.json", 9, 17, "\"2022-06-01\"",
                "$.technologies[0].usage.history[1].date",
                "history date 2022-06-01 is not after the date before it (2022-06-01)");
    }

    @Test
    void historyDatesMustBeBeforeTheSnapshotDate() {
        assertOnlyError("invalid-history-not-before-snapshot.json", 9, 17, "\"2023-01-01\"",
                "$.technologies[0].usage.history[1].date",
                "history date 2023-01-01 is not before the snapshot date (2023-01-01)");
    }

    @Test
    void websiteWithAnotherSchemeIsRefused() {
        assertOnlyError("invalid-website-not-http.json", 7, 83, "\"ftp:", "$.technologies[0].website",
                "expected an absolute http(s) URL, found \"ftp://wordpress.org\": its scheme is \"ftp\"");
    }

    @Test
    void websiteWithUserInfoIsRefusedWhateverTheSchemeCase() {
        assertOnlyError("invalid-website-user-info.json", 7, 83, "\"HTTPS:", "$.technologies[0].website",
                "it contains user info");
    }

    @Test
    void websiteWithoutASchemeIsRefused() {
        assertOnlyError("invalid-website-relative.json", 7, 83, "\"wordpress.org\"", "$.technologies[0].website",
                "it has no scheme");
    }
}
