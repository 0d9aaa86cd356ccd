package dev.versus.load;

import static dev.versus.load.Fixtures.assertError;
import static dev.versus.load.Fixtures.assertOnlyError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.versus.model.Snapshot;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Text a page would show badly, and dates before the web, are refused like any other error. */
class ShownTextErrorsTest {

    @Test
    void anEmptyTechnologyNameIsRefused() {
        assertOnlyError("invalid-empty-name.json", 7, 36, "\"\"", "$.technologies[0].name",
                "expected a non-empty name, found an empty string");
    }

    @Test
    void aNameOfOnlyWhiteSpaceAndInvisibleCharactersIsRefused() {
        // A space, a no-break space and a zero-width space: String.isBlank() alone would let the last two by.
        assertOnlyError("invalid-blank-category-name.json", 4, 44, "\" \\u00a0", "$.categories[0].name",
                "expected a name with a visible character, found only white space or invisible characters");
    }

    @Test
    void aNameOverTwoHundredCodePointsIsRefusedCountingCodePointsNotChars() {
        // 201 emoji: 402 UTF-16 units, but 201 characters as a reader counts them.
        assertOnlyError("invalid-name-too-long.json", 7, 36, "\"\uD83D\uDE00", "$.technologies[0].name",
                "expected a name of at most 200 characters, found 201 characters");
    }

    @Test
    void twoHundredCodePointsOutsideTheBmpAreAccepted() throws InvalidSnapshotException {
        String name = "\uD83D\uDE00".repeat(200);
        Snapshot snapshot = read(Fixtures.text("valid-minimal.json").replace("\"WordPress\"", "\"" + name + "\""));
        assertEquals(name, snapshot.technologies().get(0).name());
    }

    @Test
    void aTabInACountryNameIsRefused() {
        assertOnlyError("invalid-control-in-name.json", 5, 34, "\"Kosovo", "$.countries.XK.name",
                "name contains the control character U+0009 (character 7); it is one line of plain text");
    }

    @Test
    void aBidiOverrideInHeadquartersIsRefused() {
        assertOnlyError("invalid-bidi-in-name.json", 7, 88, "\"Oslo", "$.technologies[0].headquarters",
                "headquarters contains U+202E RIGHT-TO-LEFT OVERRIDE (character 6), which would reorder the text");
    }

    @Test
    void bidiMarksAreAcceptedInNames() throws InvalidSnapshotException {
        String name = "\u05D5\u05D5\u05E8\u05D3\u05E4\u05E8\u05E1 \u200F\u200E\u061C2";
        Snapshot snapshot = read(Fixtures.text("valid-minimal.json").replace("\"WordPress\"", "\"" + name + "\""));
        assertEquals(name, snapshot.technologies().get(0).name());
    }

    @Test
    void anUnpairedSurrogateEscapeIsRefused() {
        assertOnlyError("invalid-unpaired-surrogate.json", 4, 63, "\"content \\ud800", "$.categories[0].singular",
                "singular contains an unpaired surrogate U+D800 (character 9)");
    }

    @Test
    void aHistoryDateBeforeNineteenNinetyIsRefused() {
        assertOnlyError("invalid-date-before-1990.json", 7, 120, "\"0000-01-01\"",
                "$.technologies[0].usage.history[0].date",
                "date 0000-01-01 is before 1990-01-01, the earliest a snapshot may describe");
    }

    @Test
    void aSnapshotDateBeforeNineteenNinetyIsRefused() {
        assertOnlyError("invalid-snapshot-date-before-1990.json", 3, 25, "\"1989-12-31\"", "$.snapshot.date",
                "date 1989-12-31 is before 1990-01-01");
    }

    @Test
    void theFirstDayOfNineteenNinetyAndTheLastOfYear9999AreAccepted() throws InvalidSnapshotException {
        String json = Fixtures.text("valid-minimal.json").replace("\"2023-01-01\"", "\"9999-12-31\"")
                .replace("{ \"total\": 100 }", "{ \"total\": 100, \"history\": [ { \"date\": \"1990-01-01\", \"total\": 1 } ] }");
        Snapshot snapshot = read(json);
        assertEquals("9999-12-31", snapshot.info().date().toString());
        assertEquals("1990-01-01", snapshot.technologies().get(0).usage().history().get(0).date().toString());
    }

    @Test
    void openSourceGivenAsAStringIsAWrongType() {
        assertOnlyError("invalid-open-source-string.json", 7, 86, "\"yes\"", "$.technologies[0].openSource",
                "expected a boolean, found the string \"yes\"");
    }

    @Test
    void titlesNotesAboutWebsitesAndDomainsHaveTheirOwnLimits() {
        List<SnapshotError> errors = Fixtures.errors("invalid-bad-texts.json");
        assertEquals(5, errors.size(), errors::toString);
        assertError(errors.get(0), 3, 48, "\"Line one", "$.snapshot.title",
                "title contains the control character U+000A (character 9)");
        assertError(errors.get(1), 3, 111, "\" \\n\\t \"", "$.snapshot.notes",
                "expected a notes text with a visible character");
        assertError(errors.get(2), 7, 81, "\"Bell", "$.technologies[0].about",
                "about text contains the control character U+0007 (character 6)");
        assertError(errors.get(3), 8, 18, "\"https://example.org/", "$.technologies[0].website",
                "expected a website of at most 2000 characters, found 2010 characters");
        assertError(errors.get(4), 9, 60, "\"dddd", "$.technologies[0].topSites[0].domain",
                "expected a domain of at most 253 characters, found 254 characters");
    }

    private static Snapshot read(String json) throws InvalidSnapshotException {
        return SnapshotReader.read("inline.json", json.getBytes(StandardCharsets.UTF_8));
    }
}
