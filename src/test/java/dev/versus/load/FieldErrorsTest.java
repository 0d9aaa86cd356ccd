package dev.versus.load;

import static dev.versus.load.Fixtures.assertError;
import static dev.versus.load.Fixtures.assertOnlyError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Errors about the shape of objects and the types of values. */
class FieldErrorsTest {

    @Test
    void unknownFieldPointsAtTheKeyAndListsTheKnownOnes() {
        assertOnlyError("invalid-unknown-field.json", 7, 49, "\"colour\"", "$.technologies[0].colour",
                "unknown field \"colour\"; expected one of: slug, name, categories, website,");
    }

    @Test
    void missingFieldPointsAtTheBraceOfTheObjectThatLacksIt() {
        assertOnlyError("invalid-missing-field.json", 7, 5, "{ \"slug\"", "$.technologies[0]",
                "missing required field \"name\"");
    }

    @Test
    void aStringIsNotANumber() {
        assertOnlyError("invalid-string-for-integer.json", 7, 92, "\"12\"", "$.technologies[0].usage.total",
                "expected an integer, found the string \"12\"");
    }

    @Test
    void numbersWithAFractionOrExponentAreNotIntegers() {
        List<SnapshotError> errors = Fixtures.errors("invalid-non-integer-numbers.json");
        assertEquals(3, errors.size());
        assertError(errors.get(0), 7, 76, "1.5", "$.technologies[0].usage.total", "expected an integer, found the number 1.5");
        assertError(errors.get(1), 8, 76, "1870.0", "$.technologies[1].usage.total", "found the number 1870.0");
        assertError(errors.get(2), 9, 76, "1.87e3", "$.technologies[2].usage.total", "found the number 1.87e3");
    }

    @Test
    void nullIsRefusedWhereTheTableDoesNotAllowIt() {
        assertOnlyError("invalid-null-not-allowed.json", 7, 36, "null", "$.technologies[0].name",
                "expected a string, found null");
    }

    @Test
    void repeatedKeyPointsAtTheSecondKey() {
        assertOnlyError("invalid-repeated-key.json", 7, 72, "\"name\": \"WP\"", "$.technologies[0].name",
                "key \"name\" is repeated in this object (first at line 7, column 28)");
    }

    @Test
    void schemaVersionOtherThanOneNamesTheVersionThisBuildReadsAndNothingElse() {
        assertOnlyError("invalid-schema-version-2.json", 2, 20, "2", "$.schemaVersion",
                "unsupported schemaVersion 2; this build reads schemaVersion 1");
    }

    @Test
    void snapshotDateMustBeARealCalendarDate() {
        assertOnlyError("invalid-bad-date.json", 3, 25, "\"2023-02-30\"", "$.snapshot.date",
                "expected a date written YYYY-MM-DD, found the string \"2023-02-30\"");
    }

    @Test
    void unitMustBeOneOfTheThreeWords() {
        assertOnlyError("invalid-bad-unit.json", 3, 76, "\"sites\"", "$.snapshot.unit",
                "expected \"websites\", \"pages\" or \"domains\", found the string \"sites\"");
    }

    @Test
    void provenanceValuesAreMeasuredOrModeled() {
        assertOnlyError("invalid-bad-provenance.json", 4, 55, "\"estimated\"", "$.snapshot.provenance.byCountry",
                "expected \"measured\" or \"modeled\", found the string \"estimated\"");
    }

    @Test
    void pricingValuesComeFromTheList() {
        assertOnlyError("invalid-bad-pricing.json", 7, 92, "\"cheap\"", "$.technologies[0].pricing[1]",
                "unknown pricing \"cheap\"; expected one of: free, freemium, low");
    }

    @Test
    void historyItemsHaveExactlyDateAndTotal() {
        List<SnapshotError> errors = Fixtures.errors("invalid-bad-history-item.json");
        assertEquals(2, errors.size());
        assertError(errors.get(0), 7, 110, "{ \"date\"", "$.technologies[0].usage.history[0]",
                "missing required field \"total\"");
        assertError(errors.get(1), 7, 134, "\"count\"", "$.technologies[0].usage.history[0].count",
                "unknown field \"count\"; expected one of: date, total");
    }

    @Test
    void topSitesNeedADomainAndARankOfAtLeastOne() {
        List<SnapshotError> errors = Fixtures.errors("invalid-bad-top-site.json");
        assertEquals(2, errors.size());
        assertError(errors.get(0), 7, 125, "\"\"", "$.technologies[0].topSites[0].domain",
                "expected a non-empty domain, found an empty string");
        assertError(errors.get(1), 7, 137, "0", "$.technologies[0].topSites[0].rank",
                "expected a rank of at least 1, found 0");
    }

    @Test
    void anEmptyCategoriesListIsRefused() {
        assertOnlyError("invalid-empty-categories.json", 4, 17, "[]", "$.categories",
                "expected at least one category, found an empty array");
    }

    @Test
    void aTechnologyWithoutCategoriesIsRefused() {
        assertOnlyError("invalid-empty-technology-categories.json", 7, 63, "[]", "$.technologies[0].categories",
                "expected at least one category, found an empty array");
    }

    @Test
    void countryOverrideArticleIsTheOrNull() {
        assertOnlyError("invalid-bad-article.json", 6, 62, "\"The\"", "$.countries.US.article",
                "expected \"the\" or null, found the string \"The\"");
    }
}
