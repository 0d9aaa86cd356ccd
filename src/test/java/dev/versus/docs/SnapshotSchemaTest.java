package dev.versus.docs;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.versus.load.InvalidSnapshotException;
import dev.versus.load.SnapshotError;
import dev.versus.load.SnapshotReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * docs/snapshot.schema.json against the snapshot fixtures: it accepts every valid one, rejects
 * the invalid ones a schema can express for the expected keyword at the expected place, and
 * accepts the ones only {@code versus validate} can refuse, which pins the split the format
 * documentation describes. Every invalid fixture must be in exactly one of those lists.
 */
class SnapshotSchemaTest {
    static final Path SCHEMA_FILE = Path.of("docs/snapshot.schema.json");
    private static final Path FIXTURES = Path.of("src/test/resources/snapshots");
    private static final Path DEFAULT_SNAPSHOT = Path.of("content/data/snapshot.json.gz");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SCHEMA = loadSchema();

    /** What the schema reports for each fixture it can reject, as "keyword /instance/pointer", read off each file. */
    private static final Map<String, Set<String>> SCHEMA_REJECTS = Map.ofEntries(
            entry("invalid-bad-article.json", Set.of("enum /countries/US/article")),
            entry("invalid-bad-countries-key.json", Set.of("propertyNames /countries")),
            entry("invalid-bad-history-item.json", Set.of(
                    "additionalProperties /technologies/0/usage/history/0",
                    "required /technologies/0/usage/history/0")),
            entry("invalid-bad-pricing.json", Set.of("enum /technologies/0/pricing/1")),
            entry("invalid-bad-provenance.json", Set.of("enum /snapshot/provenance/byCountry")),
            entry("invalid-bad-texts.json", Set.of(
                    "pattern /snapshot/title", // a line break
                    "pattern /snapshot/notes", // no visible character
                    "pattern /technologies/0/about", // U+0007
                    "maxLength /technologies/0/website", // 2,010 characters
                    "maxLength /technologies/0/topSites/0/domain")), // 254 characters
            entry("invalid-bad-top-site.json", Set.of(
                    "minLength /technologies/0/topSites/0/domain",
                    "pattern /technologies/0/topSites/0/domain", // "" has no visible character either
                    "minimum /technologies/0/topSites/0/rank")),
            entry("invalid-bad-unit.json", Set.of("enum /snapshot/unit")),
            entry("invalid-bidi-in-name.json", Set.of("pattern /technologies/0/headquarters")),
            entry("invalid-blank-category-name.json", Set.of("pattern /categories/0/name")),
            entry("invalid-category-listed-twice.json", Set.of("uniqueItems /technologies/0/categories")),
            entry("invalid-control-in-name.json", Set.of("pattern /countries/XK/name")),
            entry("invalid-count-too-large.json", Set.of("maximum /technologies/0/usage/total")),
            entry("invalid-date-before-1990.json", Set.of("pattern /technologies/0/usage/history/0/date")),
            entry("invalid-empty-categories.json", Set.of("minItems /categories")),
            entry("invalid-empty-name.json", Set.of("minLength /technologies/0/name", "pattern /technologies/0/name")),
            entry("invalid-empty-technology-categories.json", Set.of("minItems /technologies/0/categories")),
            entry("invalid-lower-case-country.json", Set.of("propertyNames /technologies/0/usage/byCountry")),
            entry("invalid-missing-field.json", Set.of("required /technologies/0")),
            entry("invalid-name-too-long.json", Set.of("maxLength /technologies/0/name")), // 201 emoji, 402 UTF-16 units
            entry("invalid-negative-count.json", Set.of("minimum /technologies/0/usage/total")),
            entry("invalid-non-bmp.json", Set.of("additionalProperties /technologies/0")),
            // 1870.0 and 1.87e3 are integers to JSON Schema; only 1.5 fails "integer" (the reader refuses all three).
            entry("invalid-non-integer-numbers.json", Set.of("type /technologies/0/usage/total")),
            entry("invalid-null-not-allowed.json", Set.of("type /technologies/0/name")),
            entry("invalid-open-source-string.json", Set.of("type /technologies/0/openSource")),
            entry("invalid-schema-version-2.json", Set.of("const /schemaVersion", "additionalProperties /snapshot")),
            // The reader's fifth error, the unknown category "blogs", is a reference: not the schema's.
            entry("invalid-several-errors.json", Set.of(
                    "additionalProperties /snapshot",
                    "pattern /categories/0/slug",
                    "required /categories/0",
                    "minimum /technologies/0/usage/total")),
            entry("invalid-slug-pattern.json", Set.of("pattern /technologies/0/slug")),
            entry("invalid-slug-too-long.json", Set.of("maxLength /technologies/0/slug")),
            entry("invalid-slug-vs-part.json", Set.of("not /siteCategories/0/slug")),
            entry("invalid-snapshot-date-before-1990.json", Set.of("pattern /snapshot/date")),
            entry("invalid-string-for-integer.json", Set.of("type /technologies/0/usage/total")),
            entry("invalid-unknown-field.json", Set.of("additionalProperties /technologies/0")),
            entry("invalid-website-not-http.json", Set.of("pattern /technologies/0/website")),
            entry("invalid-website-relative.json", Set.of("pattern /technologies/0/website")),
            entry("invalid-website-user-info.json", Set.of("pattern /technologies/0/website")));

    /**
     * Fixtures the schema accepts and only the reader refuses (docs/snapshot-format.md, "What only
     * versus validate checks"), each with a piece of the reader's message.
     */
    private static final Map<String, String> ONLY_VALIDATE_REJECTS = Map.ofEntries(
            entry("invalid-duplicate-slug.json", "duplicate slug \"wordpress\""),
            entry("invalid-repeated-key.json", "key \"name\" is repeated in this object"),
            entry("invalid-unknown-category.json", "unknown category \"blogs\""),
            entry("invalid-unknown-site-category.json", "unknown site category \"travel-leisure\""),
            entry("invalid-unknown-country.json", "unknown country code \"ZZ\""),
            entry("invalid-breakdown-above-total.json", "byCountry sums to 110, more than usage.total (100)"),
            entry("invalid-history-not-ascending.json", "history must be in strictly ascending date order"),
            entry("invalid-history-not-before-snapshot.json", "is not before the snapshot date (2023-01-01)"),
            entry("invalid-bad-date.json", "expected a date written YYYY-MM-DD, found the string \"2023-02-30\""),
            entry("invalid-unpaired-surrogate.json", "unpaired surrogate U+D800"));

    /** Not JSON at all, so there is nothing for a schema to look at. */
    private static final String MALFORMED = "invalid-malformed.json";

    private static JsonSchema loadSchema() {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(readTree(SCHEMA_FILE), config);
    }

    /** The schema's findings as "keyword /instance/pointer". */
    private static Set<String> schemaErrors(JsonNode instance) {
        Set<String> found = new TreeSet<>();
        for (ValidationMessage message : SCHEMA.validate(instance)) {
            found.add(message.getType() + " " + message.getInstanceLocation());
        }
        return found;
    }

    @Test
    void schemaIsValidAgainstTheDraft2020_12MetaSchema() {
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of(SchemaId.V202012));
        assertEquals(Set.of(), meta.validate(readTree(SCHEMA_FILE)));
    }

    @Test
    void acceptsTheDefaultSnapshot() throws IOException, InvalidSnapshotException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(DEFAULT_SNAPSHOT))) {
            assertEquals(Set.of(), schemaErrors(JSON.readTree(in)));
        }
        SnapshotReader.read(DEFAULT_SNAPSHOT); // and the reader agrees that it is valid
    }

    static Stream<String> validFixtures() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> !name.startsWith("invalid-"))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validFixtures")
    void acceptsEveryValidFixture(String name) throws IOException, InvalidSnapshotException {
        assertEquals(Set.of(), schemaErrors(readTree(FIXTURES.resolve(name))));
        SnapshotReader.read(FIXTURES.resolve(name));
    }

    static Stream<String> schemaRejected() {
        return SCHEMA_REJECTS.keySet().stream().sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemaRejected")
    void rejectsWhatASchemaCanExpress(String name) {
        assertEquals(new TreeSet<>(SCHEMA_REJECTS.get(name)), schemaErrors(readTree(FIXTURES.resolve(name))));
        assertThrows(InvalidSnapshotException.class, () -> SnapshotReader.read(FIXTURES.resolve(name)));
    }

    static Stream<String> onlyValidateRejected() {
        return ONLY_VALIDATE_REJECTS.keySet().stream().sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("onlyValidateRejected")
    void acceptsWhatOnlyValidateCanRefuse(String name) {
        assertEquals(Set.of(), schemaErrors(readTree(FIXTURES.resolve(name))));
        InvalidSnapshotException refused =
                assertThrows(InvalidSnapshotException.class, () -> SnapshotReader.read(FIXTURES.resolve(name)));
        Set<String> messages = refused.errors().stream().map(SnapshotError::message).collect(Collectors.toSet());
        assertTrue(messages.stream().anyMatch(message -> message.contains(ONLY_VALIDATE_REJECTS.get(name))),
                () -> name + ": " + messages);
    }

    @Test
    void malformedJsonReachesNoSchema() {
        assertThrows(JsonProcessingException.class, () -> JSON.readTree(FIXTURES.resolve(MALFORMED).toFile()));
        InvalidSnapshotException refused =
                assertThrows(InvalidSnapshotException.class, () -> SnapshotReader.read(FIXTURES.resolve(MALFORMED)));
        assertTrue(refused.errors().get(0).message().startsWith("malformed JSON: "), refused::getMessage);
    }

    @Test
    void everyInvalidFixtureIsInExactlyOneList() throws IOException {
        Set<String> invalid;
        try (Stream<Path> files = Files.list(FIXTURES)) {
            invalid = files.map(file -> file.getFileName().toString()).filter(name -> name.startsWith("invalid-"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> listed = new TreeSet<>(SCHEMA_REJECTS.keySet());
        listed.addAll(ONLY_VALIDATE_REJECTS.keySet());
        listed.add(MALFORMED);
        assertEquals(invalid, listed);
        Set<String> both = new HashSet<>(SCHEMA_REJECTS.keySet());
        both.retainAll(ONLY_VALIDATE_REJECTS.keySet());
        assertEquals(Set.of(), both);
    }

    static JsonNode readTree(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
