package dev.versus.derive;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Derives from the tiny hand-made data folder in the test resources; nothing outside the project. */
class SnapshotDerivationTest {
    @TempDir
    static Path out;
    static Path data;
    static Map<String, Object> snapshot;
    static String summary;

    @BeforeAll
    static void derive() throws IOException, URISyntaxException {
        data = Path.of(SnapshotDerivationTest.class.getResource("/derive-data").toURI());
        summary = SnapshotDerivation.run(data, out.resolve("snapshot.json"));
        snapshot = PlainJson.asObject(PlainJson.read(out.resolve("snapshot.json")));
    }

    private static List<Map<String, Object>> technologies() {
        List<Map<String, Object>> list = new ArrayList<>();
        PlainJson.asArray(snapshot.get("technologies")).forEach(t -> list.add(PlainJson.asObject(t)));
        return list;
    }

    private static Map<String, Object> technology(String slug) {
        return technologies().stream().filter(t -> slug.equals(t.get("slug"))).findFirst().orElseThrow();
    }

    private static long sum(Object counts) {
        return counts == null ? 0 : PlainJson.asObject(counts).values().stream().mapToLong(v -> (Long) v).sum();
    }

    @Test
    @DisplayName("Every technology with usage and a known category is kept, sorted by slug")
    void technologiesKeptAndSorted() {
        assertEquals(List.of("alpha-cms", "beta-press", "delta-versus-epsilon", "gamma"),
                technologies().stream().map(t -> t.get("slug")).toList());
        assertTrue(summary.contains("[ghost]"), "not in the catalog");
        assertTrue(summary.contains("[orphan]"), "no known category");
    }

    @Test
    @DisplayName("A slug with a part equal to vs is remapped and reported")
    void slugRemapped() {
        assertTrue(summary.contains("{delta-vs-epsilon=delta-versus-epsilon}"), summary);
        assertEquals(List.of("web-frameworks"), technology("delta-versus-epsilon").get("categories"));
    }

    @Test
    @DisplayName("Only acceptable websites are kept and pricing holds only the catalog's known tags")
    void websitesAndPricing() {
        assertNull(technology("beta-press").get("website"));
        assertNull(technology("delta-versus-epsilon").get("website"));
        assertEquals("https://gamma.example.org/", technology("gamma").get("website"));
        assertEquals(List.of("low", "recurring"), technology("beta-press").get("pricing"));
        assertNull(technology("alpha-cms").get("pricing"));
        assertTrue(summary.contains("websites dropped:          2"), summary);
        assertTrue(summary.contains("pricing tags dropped:      1"), summary);
    }

    @Test
    @DisplayName("Categories keep the catalog order without repeats, and only used categories are listed")
    void categories() {
        assertEquals(List.of("cms", "blogs"), technology("alpha-cms").get("categories"));
        List<String> slugs = PlainJson.asArray(snapshot.get("categories")).stream()
                .map(c -> (String) PlainJson.asObject(c).get("slug")).toList();
        assertEquals(List.of("blogs", "cms", "web-frameworks"), slugs);
    }

    @Test
    @DisplayName("Modeled breakdowns sum to the rounded known share, never above the total")
    void breakdownsSumToTheKnownShare() {
        CountryModel countries = new CountryModel(Map.of(), Set.of());
        SiteKindModel siteKinds = new SiteKindModel();
        for (Map<String, Object> t : technologies()) {
            String slug = (String) t.get("slug");
            long total = (Long) PlainJson.asObject(t.get("usage")).get("total");
            Object byCountry = PlainJson.asObject(t.get("usage")).get("byCountry");
            Object byKind = PlainJson.asObject(t.get("usage")).get("bySiteCategory");
            assertEquals(BreakdownModel.knownAmount(total, countries.model().knownPermille(slug)), sum(byCountry));
            assertEquals(BreakdownModel.knownAmount(total, siteKinds.model().knownPermille(slug)), sum(byKind));
            assertTrue(sum(byCountry) <= total && sum(byKind) <= total);
        }
    }

    @Test
    @DisplayName("Countries come from ccTLDs with enough domains, leaving out domain hacks such as .is")
    void countriesFromCcTlds() {
        Object byCountry = PlainJson.asObject(technology("gamma").get("usage")).get("byCountry");
        assertEquals(Set.of("DE", "FR", "GB"), PlainJson.asObject(byCountry).keySet());
    }

    @Test
    @DisplayName("History holds the earlier count only where the earlier dataset has the technology")
    void history() {
        Map<String, Object> alpha = PlainJson.asObject(technology("alpha-cms").get("usage"));
        assertEquals(List.of(Map.of("date", "2022-02-01", "total", 800L)), alpha.get("history"));
        assertNull(PlainJson.asObject(technology("beta-press").get("usage")).get("history"));
    }

    @Test
    @DisplayName("Deriving twice gives the same bytes, gzip-compressed with a zero modification time")
    void deterministicBytes() throws IOException {
        SnapshotDerivation.derive(data, out.resolve("a.json.gz"));
        SnapshotDerivation.derive(data, out.resolve("b.json.gz"));
        byte[] first = Files.readAllBytes(out.resolve("a.json.gz"));
        assertArrayEquals(first, Files.readAllBytes(out.resolve("b.json.gz")));
        assertArrayEquals(new byte[] {0, 0, 0, 0}, Arrays.copyOfRange(first, 4, 8));
        try (InputStream in = new GZIPInputStream(Files.newInputStream(out.resolve("a.json.gz")))) {
            assertArrayEquals(Files.readAllBytes(out.resolve("snapshot.json")), in.readAllBytes());
        }
    }
}
