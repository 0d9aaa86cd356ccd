package dev.versus.write;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads and writes {@link Manifest} as JSON: {@code {"inputs": {...}, "comparisons": n, "files":
 * {"path": {"size": n, "sha256": "...", "inputs": "..."}}}}, keys sorted, so that the same build
 * writes the same bytes. The inputs come first, so that a build can compare them without reading
 * the list of files ({@link #readInputsIfPresent}). A manifest that cannot be read is treated as
 * absent: the next build is then a full one.
 */
public final class ManifestFile {
    /**
     * Field names are the 225,731 paths of the default site, each seen once: keeping them in
     * the factory's symbol table (and interning them) cost time on every read and memory for as
     * long as the process lives.
     */
    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES).build();
    private static final HexFormat HEX = HexFormat.of();

    private ManifestFile() {
    }

    /** The manifest of the output folder, or null when there is none or it cannot be read. */
    public static Manifest readIfPresent(Path outputFolder) {
        return readFileIfPresent(outputFolder.resolve(Manifest.PATH));
    }

    /** A manifest kept elsewhere (a CI cache, say), or null when there is none or it cannot be read. */
    public static Manifest readFileIfPresent(Path file) {
        return parseIfPresent(file, ManifestFile::read);
    }

    /** What {@code reading} makes of the file, or null when there is none or it cannot be read. */
    private static <T> T parseIfPresent(Path file, Reading<T> reading) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (JsonParser parser = JSON.createParser(file.toFile())) {
            return reading.read(parser);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private interface Reading<T> {
        T read(JsonParser parser) throws IOException;
    }

    /** What to do with each file's entry, given its path. */
    private interface FileEntries {
        void add(String path, Manifest.Entry entry);
    }

    private static Manifest read(JsonParser parser) throws IOException {
        Map<String, String> inputs = new TreeMap<>();
        // Sorted as it is written, so that the manifest takes the map over in one linear pass
        // instead of sorting a copy of 225,731 entries.
        Map<String, Manifest.Entry> files = new TreeMap<>();
        long comparisons = sections(parser, inputs, files::put);
        return new Manifest(inputs, files, comparisons);
    }

    /**
     * Reads the manifest's sections: the inputs into {@code inputs}, each file's entry to
     * {@code files}; returns the comparison count, -1 when the manifest has none.
     */
    private static long sections(JsonParser parser, Map<String, String> inputs, FileEntries files) throws IOException {
        long comparisons = -1;
        expect(parser.nextToken(), JsonToken.START_OBJECT);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String section = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (section) {
                case "inputs" -> readInputs(parser, value, inputs);
                case "comparisons" -> {
                    expect(value, JsonToken.VALUE_NUMBER_INT);
                    comparisons = parser.getLongValue();
                }
                case "files" -> {
                    expect(value, JsonToken.START_OBJECT);
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String path = parser.currentName();
                        files.add(path, entry(parser));
                    }
                }
                default -> parser.skipChildren();
            }
        }
        return comparisons;
    }

    private static void readInputs(JsonParser parser, JsonToken value, Map<String, String> inputs) throws IOException {
        expect(value, JsonToken.START_OBJECT);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            expect(parser.nextToken(), JsonToken.VALUE_STRING);
            inputs.put(name, parser.getText());
        }
    }

    /**
     * Only the build inputs of the manifest at {@code manifestPath} in the output folder, read
     * from the start of the file without the list of files; null when there is no manifest or its
     * opening cannot be read.
     */
    public static Map<String, String> readInputsIfPresent(Path outputFolder, String manifestPath) {
        return parseIfPresent(outputFolder.resolve(manifestPath), parser -> {
            expect(parser.nextToken(), JsonToken.START_OBJECT);
            expect(parser.nextToken(), JsonToken.FIELD_NAME);
            if (!parser.currentName().equals("inputs")) {
                return null;
            }
            Map<String, String> inputs = new TreeMap<>();
            readInputs(parser, parser.nextToken(), inputs);
            return inputs;
        });
    }

    private static Manifest.Entry entry(JsonParser parser) throws IOException {
        expect(parser.nextToken(), JsonToken.START_OBJECT);
        long size = -1;
        byte[] sha = null;
        byte[] key = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "size" -> size = parser.getLongValue();
                case "sha256" -> sha = hex(parser);
                case "inputs" -> key = hex(parser);
                default -> parser.skipChildren();
            }
        }
        if (size < 0 || sha == null) {
            throw new IOException("manifest entry without size or sha256");
        }
        return new Manifest.Entry(size, sha, key);
    }

    /**
     * The bytes of a hex string value, read from the parser's buffer without a String in between;
     * HexFormat refuses odd lengths and non-hex digits, which makes the manifest unreadable.
     */
    private static byte[] hex(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw new IOException("manifest: expected a hex string, found " + parser.currentToken());
        }
        return HEX.parseHex(java.nio.CharBuffer.wrap(parser.getTextCharacters(), parser.getTextOffset(),
                parser.getTextLength()));
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("manifest: expected " + expected + ", found " + actual);
        }
    }

    /**
     * What a build that finds its inputs unchanged needs of the manifest: each file's path and
     * size, and the comparison count, read as {@link #readIfPresent} reads them (and refused
     * when it would refuse them) but without the map of 225,731 entries the default site has.
     */
    public record Listing(String[] paths, long[] sizes, long comparisons) {
    }

    /** The listing of the manifest at {@code manifestPath} in the output folder, or null as above. */
    public static Listing listingIfPresent(Path outputFolder, String manifestPath) {
        return parseIfPresent(outputFolder.resolve(manifestPath), parser -> {
            java.util.List<String> paths = new java.util.ArrayList<>();
            long[][] sizes = {new long[1024]};
            long comparisons = sections(parser, new TreeMap<>(), (path, entry) -> {
                if (paths.size() == sizes[0].length) {
                    sizes[0] = java.util.Arrays.copyOf(sizes[0], sizes[0].length * 2);
                }
                sizes[0][paths.size()] = entry.size();
                paths.add(path);
            });
            return new Listing(paths.toArray(String[]::new), java.util.Arrays.copyOf(sizes[0], paths.size()), comparisons);
        });
    }

    /** The manifest at {@code manifestPath} (one shard's, say) in the output folder, or null as above. */
    public static Manifest readIfPresent(Path outputFolder, String manifestPath) {
        return readFileIfPresent(outputFolder.resolve(manifestPath));
    }

    public static void write(Manifest manifest, OutputStream out) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeObjectFieldStart("inputs");
            for (Map.Entry<String, String> input : manifest.inputs().entrySet()) {
                json.writeStringField(input.getKey(), input.getValue());
            }
            json.writeEndObject();
            if (manifest.comparisons() >= 0) {
                json.writeNumberField("comparisons", manifest.comparisons());
            }
            json.writeObjectFieldStart("files");
            for (Map.Entry<String, Manifest.Entry> file : manifest.files().entrySet()) {
                json.writeRaw('\n');
                json.writeObjectFieldStart(file.getKey());
                json.writeNumberField("size", file.getValue().size());
                json.writeStringField("sha256", HEX.formatHex(file.getValue().sha256()));
                if (file.getValue().inputKey() != null) {
                    json.writeStringField("inputs", HEX.formatHex(file.getValue().inputKey()));
                }
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }
}
