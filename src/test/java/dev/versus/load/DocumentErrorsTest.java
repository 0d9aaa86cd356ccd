package dev.versus.load;

import static dev.versus.load.Fixtures.assertError;
import static dev.versus.load.Fixtures.assertOnlyError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Errors about the file as a whole, and how errors are gathered, ordered and capped. */
class DocumentErrorsTest {

    private static List<SnapshotError> errorsOf(String json) {
        return Fixtures.errors("inline.json", json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void malformedJsonGivesOneErrorAtTheParsersPositionWithoutJacksonNoise() {
        SnapshotError error = Fixtures.onlyError("invalid-malformed.json");
        assertOnlyError("invalid-malformed.json", 7, 48, "\"categories\"", "$.technologies[0].name",
                "malformed JSON: Unexpected character");
        assertFalse(error.message().contains("Source"), error.message());
    }

    @Test
    void unexpectedEndOfFileIsMalformedJson() {
        SnapshotError error = errorsOf("{\n  \"schemaVersion\": 1,\n").get(0);
        assertTrue(error.message().startsWith("malformed JSON: Unexpected end-of-input"), error.message());
        assertFalse(error.message().contains("Source"), error.message());
    }

    @Test
    void nonStandardTokensAreMalformedWithoutAdviceAboutJacksonSettings() {
        SnapshotError error = errorsOf("{\"a\": NaN}").get(0);
        assertEquals("malformed JSON: Non-standard token 'NaN'", error.message());
        assertEquals(1, error.line());
        assertEquals(10, error.column());
    }

    @Test
    void anEmptyFileIsRefused() {
        SnapshotError error = errorsOf("  \n").get(0);
        assertEquals("the file is empty; expected a JSON object", error.message());
    }

    @Test
    void contentAfterTheTopLevelObjectIsRefused() {
        SnapshotError error = errorsOf("{}\n{}").get(0);
        assertEquals(2, error.line());
        assertEquals(1, error.column());
        assertTrue(error.message().startsWith("unexpected content after the top-level value"), error.message());
    }

    @Test
    void theTopLevelMustBeAnObject() {
        SnapshotError error = errorsOf("[1]").get(0);
        assertEquals("$", error.path());
        assertEquals("expected an object, found an array", error.message());
    }

    @Test
    void anEmptyObjectReportsEveryMissingTopLevelFieldAtItsBrace() {
        List<SnapshotError> errors = errorsOf("{}");
        assertEquals(List.of("missing required field \"schemaVersion\"", "missing required field \"snapshot\"",
                "missing required field \"categories\"", "missing required field \"technologies\""),
                errors.stream().map(SnapshotError::message).toList());
        assertTrue(errors.stream().allMatch(e -> e.line() == 1 && e.column() == 1 && e.path().equals("$")));
    }

    @Test
    void anIntegerBeyondLongIsACountTooLargeNotACrash() {
        String json = new String(Fixtures.bytes("valid-minimal.json"), StandardCharsets.UTF_8)
                .replace("\"total\": 100", "\"total\": 123456789012345678901234567890");
        SnapshotError error = errorsOf(json).get(0);
        assertEquals("$.technologies[0].usage.total", error.path());
        assertTrue(error.message().contains("above the largest allowed value"), error.message());
    }

    @Test
    void severalErrorsAreReportedTogetherInFileOrder() {
        List<SnapshotError> errors = Fixtures.errors("invalid-several-errors.json");
        assertEquals(5, errors.size());
        assertError(errors.get(0), 4, 64, "\"blogs\"", "$.technologies[0].categories[0]", "unknown category");
        assertError(errors.get(1), 4, 94, "-5", "$.technologies[0].usage.total", "at least 0");
        assertError(errors.get(2), 6, 85, "\"extra\"", "$.snapshot.extra", "unknown field \"extra\"");
        assertError(errors.get(3), 7, 19, "{", "$.categories[0]", "missing required field \"singular\"");
        assertError(errors.get(4), 7, 29, "\"CMS\"", "$.categories[0].slug", "does not match");
    }

    @Test
    void moreThanFiftyErrorsAreCappedAtTheFirstFiftyInFileOrder() {
        StringBuilder json = new StringBuilder("{\n");
        for (int i = 0; i < 70; i++) {
            json.append("  \"unknown").append(i).append("\": 0,\n");
        }
        json.append("  \"schemaVersion\": 1\n}\n");
        InvalidSnapshotException e = assertThrows(InvalidSnapshotException.class,
                () -> SnapshotReader.read("many.json", json.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals(50, e.errors().size());
        assertEquals(73, e.totalErrors()); // 70 unknown fields, 3 missing fields at line 1
        assertTrue(e.truncated());
        assertEquals(1, e.errors().get(0).line());
        assertEquals(48, e.errors().get(49).line()); // after the 3 at line 1, unknown0 to unknown46
        assertTrue(e.getMessage().endsWith("... and 23 more, not shown"), e.getMessage());
    }

    @Test
    void theExceptionMessageListsOneErrorPerLine() {
        InvalidSnapshotException e = assertThrows(InvalidSnapshotException.class,
                () -> Fixtures.read("invalid-unknown-field.json"));
        assertEquals(List.of("invalid-unknown-field.json is not a valid snapshot (1 error):",
                "invalid-unknown-field.json:7:49: $.technologies[0].colour: unknown field \"colour\"; expected one of:"
                        + " slug, name, categories, website, headquarters, openSource, pricing, about, usage, topSites"),
                e.getMessage().lines().toList());
        assertFalse(e.truncated());
    }
}
