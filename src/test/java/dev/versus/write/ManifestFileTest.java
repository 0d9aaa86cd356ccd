package dev.versus.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest's JSON read back as written, and read the same way whatever case its hex is in. */
class ManifestFileTest {
    private static final String SHA = "00ff10ab" + "0".repeat(56);

    @TempDir
    Path dir;

    @Test
    void aWrittenManifestReadsBackEntryForEntry() throws Exception {
        byte[] sha = java.util.HexFormat.of().parseHex(SHA);
        byte[] key = new byte[] {1, 2, (byte) 0xfe};
        Manifest manifest = new Manifest(Map.of("snapshot", "abc"), Map.of(
                "b/index.html", new Manifest.Entry(12, sha, key),
                "a/index.html", new Manifest.Entry(0, sha, null)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ManifestFile.write(manifest, out);
        Manifest read = read(out.toString(StandardCharsets.UTF_8));
        assertEquals(Map.of("snapshot", "abc"), read.inputs());
        assertEquals(List.of("a/index.html", "b/index.html"), List.copyOf(read.files().keySet()));
        assertEquals(12, read.files().get("b/index.html").size());
        assertArrayEquals(new byte[] {0, (byte) 0xff, 0x10, (byte) 0xab}, java.util.Arrays.copyOf(
                read.files().get("b/index.html").sha256(), 4));
        assertArrayEquals(key, read.files().get("b/index.html").inputKey());
        assertNull(read.files().get("a/index.html").inputKey());
    }

    @Test
    void theComparisonCountIsWrittenBetweenTheInputsAndTheFiles() throws Exception {
        Manifest manifest = new Manifest(Map.of("snapshot", "abc"),
                Map.of("a/index.html", new Manifest.Entry(0, java.util.HexFormat.of().parseHex(SHA), null)), 7);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ManifestFile.write(manifest, out);
        String json = out.toString(StandardCharsets.UTF_8);

        assertEquals("{\"inputs\":{\"snapshot\":\"abc\"},\"comparisons\":7,\"files\":{", json.substring(0, json.indexOf('{', 50) + 1));
        assertEquals(7, read(json).comparisons());
        assertEquals(1, read(json).files().size());
    }

    @Test
    void aManifestOfAnOlderBuildDoesNotKnowItsComparisons() throws Exception {
        assertEquals(-1, read(json(SHA, "0a")).comparisons());
    }

    @Test
    void theInputsAloneAreReadFromTheStartOfTheFile() throws Exception {
        // The files that follow are not read: a manifest cut off after its inputs still gives them.
        Files.writeString(dir.resolve("manifest.json"),
                "{\"inputs\": {\"content\": \"c\", \"snapshot\": \"s\"}, \"comparisons\": 3, \"files\": {\"x.ht");
        assertEquals(Map.of("content", "c", "snapshot", "s"), ManifestFile.readInputsIfPresent(dir, "manifest.json"));
        assertNull(ManifestFile.readFileIfPresent(dir.resolve("manifest.json")), "the whole manifest is unreadable");
        assertNull(ManifestFile.readInputsIfPresent(dir, "missing.json"));
        Files.writeString(dir.resolve("files-first.json"), "{\"files\": {}, \"inputs\": {\"snapshot\": \"s\"}}");
        assertNull(ManifestFile.readInputsIfPresent(dir, "files-first.json"), "inputs must come first");
    }

    @Test
    void theListingHasEachFilesPathAndSizeInOrder() throws Exception {
        byte[] sha = java.util.HexFormat.of().parseHex(SHA);
        Manifest manifest = new Manifest(Map.of("snapshot", "abc"), Map.of(
                "b/index.html", new Manifest.Entry(12, sha, new byte[] {1}),
                "a/index.html", new Manifest.Entry(0, sha, null),
                "c.xml", new Manifest.Entry(7_000_000_000L, sha, null)), 2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ManifestFile.write(manifest, out);
        Files.write(dir.resolve("manifest.json"), out.toByteArray());

        ManifestFile.Listing listing = ManifestFile.listingIfPresent(dir, "manifest.json");

        assertEquals(List.of("a/index.html", "b/index.html", "c.xml"), List.of(listing.paths()));
        assertArrayEquals(new long[] {0, 12, 7_000_000_000L}, listing.sizes());
        assertEquals(2, listing.comparisons());
        assertNull(ManifestFile.listingIfPresent(dir, "missing.json"));
    }

    @Test
    void aManifestTheFullReadingRefusesHasNoListingEither() throws Exception {
        for (String json : List.of(json(SHA, "0g"), json(SHA, "abc"), json(SHA.substring(1), "0a"),
                "{\"inputs\": {}, \"files\": {\"x.html\": {\"size\": 3, \"sha256\": 7}}}",
                "{\"inputs\": {}, \"files\": {\"x.html\": {\"sha256\": \"" + SHA + "\"}}}",
                "{\"inputs\": {}, \"files\": {\"x.html\": {\"size\": 3, \"sha256\": \"" + SHA + "\"}")) {
            Files.writeString(dir.resolve("manifest.json"), json);
            assertNull(ManifestFile.readFileIfPresent(dir.resolve("manifest.json")), json);
            assertNull(ManifestFile.listingIfPresent(dir, "manifest.json"), json);
        }
        Files.writeString(dir.resolve("manifest.json"), json(SHA.toUpperCase(), "0A0b"));
        assertEquals(List.of("x.html"), List.of(ManifestFile.listingIfPresent(dir, "manifest.json").paths()));
    }

    @Test
    void upperCaseHexReadsAsLowerCase() throws Exception {
        Manifest read = read(json(SHA.toUpperCase(), "0A0b"));
        assertArrayEquals(java.util.HexFormat.of().parseHex(SHA), read.files().get("x.html").sha256());
        assertArrayEquals(new byte[] {10, 11}, read.files().get("x.html").inputKey());
    }

    @Test
    void aManifestWithBrokenHexIsTreatedAsAbsent() throws Exception {
        assertNull(read(json(SHA, "0g")));
        assertNull(read(json(SHA, "abc")));
        assertNull(read("{\"inputs\": {}, \"files\": {\"x.html\": {\"size\": 3, \"sha256\": 7}}}"));
    }

    private static String json(String sha, String inputs) {
        return "{\"inputs\": {\"snapshot\": \"s\"}, \"files\": {\"x.html\": {\"size\": 3, \"sha256\": \"" + sha
                + "\", \"inputs\": \"" + inputs + "\"}}}";
    }

    private Manifest read(String json) throws Exception {
        Path file = dir.resolve("manifest.json");
        Files.writeString(file, json);
        return ManifestFile.readFileIfPresent(file);
    }
}
