package dev.versus.docs;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.versus.load.InvalidSnapshotException;
import dev.versus.load.SnapshotError;
import dev.versus.load.SnapshotReader;
import dev.versus.load.Slugs;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/snapshot-format.md and the schema cannot drift from the reader: the fields each object
 * accepts, the limits, and the example error messages, which must be the reader's real output
 * for the fixture they name.
 */
class SnapshotFormatDocTest {
    private static final Path DOC = Path.of("docs/snapshot-format.md");
    private static final List<Path> FIXTURE_FOLDERS = List.of(Path.of("src/test/resources/snapshots"),
            Path.of("src/test/resources/dev/versus/load/SnapshotReaderFuzzTestInputs/readsPlainOrGzipBytes"));
    /** An example line: {@code file:line:col: $path: message}. */
    private static final Pattern EXAMPLE = Pattern.compile("(?m)^([a-z0-9.-]+\\.json(?:\\.gz)?):\\d+:\\d+: \\$.*$");

    /** Each object of the schema (a JSON pointer to it) and the reader's list of the fields it accepts. */
    private static final Map<String, String> READER_FIELDS_BY_SCHEMA_OBJECT = Map.ofEntries(
            entry("", "SnapshotValidator.FIELDS"),
            entry("/$defs/snapshotHeader", "SnapshotInfoReader.FIELDS"),
            entry("/$defs/provenance", "SnapshotInfoReader.PROVENANCE_FIELDS"),
            entry("/$defs/category", "CategoryReader.CATEGORY_FIELDS"),
            entry("/$defs/siteCategory", "CategoryReader.SITE_CATEGORY_FIELDS"),
            entry("/$defs/countryOverride", "CountryCodes.OVERRIDE_FIELDS"),
            entry("/$defs/technology", "TechnologyReader.FIELDS"),
            entry("/$defs/topSite", "TechnologyReader.TOP_SITE_FIELDS"),
            entry("/$defs/usage", "UsageReader.FIELDS"),
            entry("/$defs/historyPoint", "UsageReader.HISTORY_FIELDS"));

    @Test
    void schemaObjectsHaveExactlyTheFieldsTheReaderAccepts() throws ReflectiveOperationException {
        JsonNode schema = SnapshotSchemaTest.readTree(SnapshotSchemaTest.SCHEMA_FILE);
        for (Map.Entry<String, String> object : READER_FIELDS_BY_SCHEMA_OBJECT.entrySet()) {
            JsonNode properties = schema.at(object.getKey() + "/properties");
            Set<String> inSchema = new TreeSet<>();
            properties.fieldNames().forEachRemaining(inSchema::add);
            assertEquals(new TreeSet<>(readerFields(object.getValue())), inSchema, object.getValue());
            assertTrue(schema.at(object.getKey() + "/additionalProperties").isBoolean()
                    && !schema.at(object.getKey() + "/additionalProperties").booleanValue(), object.getKey());
        }
        assertEquals(READER_FIELDS_BY_SCHEMA_OBJECT.size(), objectsWithProperties(schema, "").size(),
                "a schema object the reader has no field list for: " + objectsWithProperties(schema, ""));
    }

    @Test
    void docNamesEveryFieldTheReaderAccepts() throws IOException, ReflectiveOperationException {
        String doc = Files.readString(DOC);
        Set<String> missing = new TreeSet<>();
        for (String list : READER_FIELDS_BY_SCHEMA_OBJECT.values()) {
            for (String field : readerFields(list)) {
                if (!doc.contains("`" + field + "`")) {
                    missing.add(field);
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void docExamplesAreTheReadersRealMessages() throws IOException {
        Matcher example = EXAMPLE.matcher(Files.readString(DOC));
        List<String> checked = new ArrayList<>();
        Set<String> madeUp = new TreeSet<>();
        while (example.find()) {
            String file = example.group(1);
            Path fixture = fixture(file);
            List<String> real = fixture == null ? madeUpFileErrors(file) : reallyReported(fixture);
            if (fixture == null) {
                madeUp.add(file);
            }
            assertTrue(real.contains(example.group()), () -> "not what validate prints:\n" + example.group()
                    + "\nit prints:\n" + String.join("\n", real));
            checked.add(file);
        }
        // Two files are not fixtures: an empty one and a gzip bomb too large to keep in the project.
        assertEquals(Set.of("empty.json", "big.json.gz"), madeUp);
        assertTrue(checked.size() >= 50, "examples checked: " + checked.size());
    }

    @Test
    void docAndSchemaStateTheReadersLimits() throws IOException, ReflectiveOperationException {
        String doc = Files.readString(DOC);
        JsonNode schema = SnapshotSchemaTest.readTree(SnapshotSchemaTest.SCHEMA_FILE);
        int name = (int) constant("ShownText", "MAX_NAME_LENGTH");
        int markdown = (int) constant("ShownText", "MAX_MARKDOWN_LENGTH");
        int url = (int) constant("ShownText", "MAX_URL_LENGTH");
        int domain = (int) constant("ShownText", "MAX_DOMAIN_LENGTH");
        long count = (long) constant("Expect", "MAX_COUNT");
        Map<String, String> docPhrases = Map.of(
                "1 to " + name + " characters", "names",
                String.format("up to **%,d**", markdown), "Markdown",
                String.format("at most %,d characters whose scheme", url), "website",
                "1–" + domain + " characters", "domain",
                "at most " + Slugs.MAX_LENGTH + " characters", "slug",
                "from **" + constant("Dates", "EARLIEST") + "** on", "dates",
                String.format("(%,d,", count), "counts",
                String.format("(%,d bytes)", (int) constant("SnapshotReader", "MAX_DECOMPRESSED_BYTES")), "gzip",
                "At most " + constant("ErrorCollector", "LIMIT") + " errors", "errors",
                String.format("(%,d bytes)", (long) constant("ContentReader", "MAX_FILE_BYTES")), "content pages");
        docPhrases.forEach((phrase, what) -> assertTrue(doc.contains(phrase), what + ": " + phrase));

        assertEquals(name, schema.at("/$defs/nameText/maxLength").intValue());
        assertEquals(markdown, schema.at("/$defs/markdownText/maxLength").intValue());
        assertEquals(url, schema.at("/$defs/technology/properties/website/maxLength").intValue());
        assertEquals(domain, schema.at("/$defs/topSite/properties/domain/maxLength").intValue());
        assertEquals(Slugs.MAX_LENGTH, schema.at("/$defs/slug/maxLength").intValue());
        assertEquals(Slugs.PATTERN, schema.at("/$defs/slug/pattern").textValue());
        assertEquals(count, schema.at("/$defs/count/maximum").longValue());
        assertEquals(count, schema.at("/$defs/topSite/properties/rank/maximum").longValue());
    }

    private static Path fixture(String file) {
        return FIXTURE_FOLDERS.stream().map(folder -> folder.resolve(file)).filter(Files::isRegularFile)
                .findFirst().orElse(null);
    }

    private static List<String> reallyReported(Path fixture) throws IOException {
        byte[] bytes = Files.readAllBytes(fixture);
        String name = fixture.getFileName().toString();
        return assertThrows(InvalidSnapshotException.class, () -> SnapshotReader.read(name, bytes), name)
                .errors().stream().map(SnapshotError::format).toList();
    }

    /** What the reader says for the two files the doc makes up; the bomb's by its limit, not by reading 512 MiB. */
    private static List<String> madeUpFileErrors(String file) {
        if (file.equals("empty.json")) {
            return assertThrows(InvalidSnapshotException.class, () -> SnapshotReader.read(file, new byte[0]))
                    .errors().stream().map(SnapshotError::format).toList();
        }
        try {
            return List.of(file + ":1:1: $: the file decompresses to more than "
                    + constant("SnapshotReader", "MAX_DECOMPRESSED_BYTES") + " bytes, more than a snapshot may hold");
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> readerFields(String classAndField) throws ReflectiveOperationException {
        String[] parts = classAndField.split("\\.");
        return (List<String>) constant(parts[0], parts[1]);
    }

    /** A package-private constant of dev.versus.load, the reader's own value rather than a copy. */
    private static Object constant(String className, String fieldName) throws ReflectiveOperationException {
        Field field = Class.forName("dev.versus.load." + className).getDeclaredField(fieldName);
        field.setAccessible(true);
        return field.get(null);
    }

    /** Pointers to every object in the schema that has {@code properties}. */
    private static Set<String> objectsWithProperties(JsonNode node, String pointer) {
        Set<String> found = new HashSet<>();
        if (node.has("properties") && node.get("properties").isObject()) {
            found.add(pointer);
        }
        node.fields().forEachRemaining(child -> {
            if (child.getValue().isObject()) {
                found.addAll(objectsWithProperties(child.getValue(), pointer + "/" + child.getKey()));
            }
        });
        return found;
    }
}
