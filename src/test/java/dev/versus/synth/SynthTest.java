package dev.versus.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.compare.Catalog;
import dev.versus.load.SnapshotReader;
import dev.versus.model.Settings;
import dev.versus.model.Snapshot;
import dev.versus.model.Technology;
import dev.versus.model.TopSite;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynthTest {
    private static final SynthSpec SMALL = new SynthSpec(300, 12, 60, 42);

    @TempDir
    Path dir;

    @Test
    void theSameArgumentsWriteTheSameBytesAndAnotherSeedOthers() throws Exception {
        Path one = dir.resolve("one.json");
        Path two = dir.resolve("two.json");
        Synth.write(SMALL, one);
        Synth.write(SMALL, two);
        assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(two));

        Path other = dir.resolve("other.json");
        Synth.write(new SynthSpec(300, 12, 60, 43), other);
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(one), Files.readAllBytes(other)));
    }

    @Test
    void aGzNameIsCompressedWithAFixedHeaderAndHoldsTheSameJson() throws Exception {
        Path plain = dir.resolve("s.json");
        Path packed = dir.resolve("s.json.gz");
        Synth.write(SMALL, plain);
        Synth.write(SMALL, packed);
        byte[] gz = Files.readAllBytes(packed);
        assertEquals(0x1f, gz[0] & 0xFF);
        assertEquals(0x8b, gz[1] & 0xFF);
        assertArrayEquals(new byte[] {0, 0, 0, 0}, java.util.Arrays.copyOfRange(gz, 4, 8), "no modification time");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(packed))) {
            assertArrayEquals(Files.readAllBytes(plain), in.readAllBytes());
        }
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no partial file is left behind");
        }
    }

    @Test
    void theRealReaderAcceptsTheSnapshotWithTheAskedSizes() throws Exception {
        Snapshot snapshot = read(SMALL);
        assertEquals(300, snapshot.technologies().size());
        assertEquals(12, snapshot.categories().size());
        assertEquals(20, snapshot.siteCategories().size());
        Set<String> countries = new HashSet<>();
        snapshot.technologies().forEach(tech -> countries.addAll(tech.usage().byCountry().keySet()));
        assertEquals(Set.copyOf(SyntheticCountries.codes(60)), countries, "the large technologies use every country");
        assertTrue(snapshot.info().provenance().byCountry().isModeled());
        assertTrue(snapshot.info().title().startsWith("Synthetic"));
    }

    @Test
    void everyCategoryHasTechnologiesAndTheirSizesDiffer() throws Exception {
        Snapshot snapshot = read(SMALL);
        int[] sizes = new int[12];
        for (Technology tech : snapshot.technologies()) {
            for (String category : tech.categories()) {
                sizes[indexOf(snapshot, category)]++;
            }
        }
        int smallest = java.util.Arrays.stream(sizes).min().orElseThrow();
        int largest = java.util.Arrays.stream(sizes).max().orElseThrow();
        assertTrue(smallest >= 1, "no empty category");
        assertTrue(largest >= 2 * smallest, "sizes vary: " + java.util.Arrays.toString(sizes));
    }

    @Test
    void theOptionalPartsAppearOnSomeTechnologiesNotAll() throws Exception {
        List<Technology> technologies = read(SMALL).technologies();
        assertSome(technologies.stream().filter(t -> t.categories().size() == 2).count(), "in two categories");
        assertSome(technologies.stream().filter(t -> !t.usage().history().isEmpty()).count(), "with history");
        assertSome(technologies.stream().filter(t -> t.headquarters() != null).count(), "with headquarters");
        assertSome(technologies.stream().filter(t -> !t.topSites().isEmpty()).count(), "with top sites");
        assertSome(technologies.stream().filter(t -> t.about() != null).count(), "with an about text");
        assertSome(technologies.stream().filter(Technology::openSource).count(), "open source");
        assertSome(technologies.stream().filter(t -> !t.pricing().isEmpty()).count(), "with pricing");
        assertSome(technologies.stream().filter(t -> t.website() != null).count(), "with a website");
        assertTrue(technologies.stream().allMatch(t -> t.categories().size() <= 2));
    }

    @Test
    void websitesAndTopSitesAreOnReservedExampleDomainsOnly() throws Exception {
        for (Technology tech : read(SMALL).technologies()) {
            if (tech.website() != null) {
                assertTrue(URI.create(tech.website()).getHost().endsWith(".example"), tech.website());
            }
            for (TopSite site : tech.topSites()) {
                assertTrue(site.domain().matches("[a-z]+-\\d+\\.example\\.(com|org|net)"), site.domain());
            }
        }
    }

    @Test
    void totalsFallWithRankLikeZipfsLaw() throws Exception {
        List<Technology> technologies = read(new SynthSpec(1000, 12, 60, 42)).technologies();
        double head = technologies.subList(0, 10).stream().mapToLong(Technology::total).average().orElseThrow();
        double middle = technologies.subList(90, 110).stream().mapToLong(Technology::total).average().orElseThrow();
        double tail = technologies.subList(900, 1000).stream().mapToLong(Technology::total).average().orElseThrow();
        // Zipf with exponent 1: ranks ~5, ~100 and ~950 stand about 20 : 1 and 10 : 1 apart.
        assertTrue(head > 5 * middle, head + " vs " + middle);
        assertTrue(middle > 5 * tail, middle + " vs " + tail);
    }

    @Test
    void aTechnologyIsTheSameWhateverTheSnapshotsSize() throws Exception {
        List<Technology> few = read(new SynthSpec(40, 12, 60, 42)).technologies();
        List<Technology> many = read(SMALL).technologies();
        assertEquals(few, many.subList(0, 40));
    }

    @Test
    void theCountedPagesAreTheCatalogsPairs() throws Exception {
        Snapshot snapshot = read(SMALL);
        long pairs = Catalog.of(snapshot, Settings.DEFAULTS).pairCount();
        assertEquals(pairs, PageTarget.pagesFor(300, 42, SyntheticCategories.of(12, 42)));
        assertEquals(pairs, Synth.write(SMALL, dir.resolve("again.json")).comparisonPages());
    }

    @Test
    void aPageTargetGivesTheTechnologyCountWhosePairsComeNearest() throws Exception {
        SyntheticCategories categories = SyntheticCategories.of(10, 7);
        PageTarget.Result result = PageTarget.technologiesFor(5000, 7, categories);
        long n = result.technologies();
        long at = PageTarget.pagesFor(n, 7, categories);
        assertEquals(at, result.pages());
        assertTrue(Math.abs(at - 5000) <= Math.abs(PageTarget.pagesFor(n - 1, 7, categories) - 5000));
        assertTrue(Math.abs(at - 5000) <= Math.abs(PageTarget.pagesFor(n + 1, 7, categories) - 5000));
        assertEquals(at, Catalog.of(read(new SynthSpec(n, 10, 60, 7)), Settings.DEFAULTS).pairCount());
    }

    @Test
    void aSmallPageTargetStillGivesEveryCategoryATechnology() {
        PageTarget.Result result = PageTarget.technologiesFor(1, 1, SyntheticCategories.of(40, 1));
        assertEquals(40, result.technologies());
    }

    @Test
    void theEstimateIsNearTheExactCount() {
        SyntheticCategories categories = SyntheticCategories.of(40, 1);
        long exact = PageTarget.technologiesFor(100_000, 1, categories).technologies();
        long estimate = PageTarget.estimate(100_000, categories);
        // Second categories add pairs, so the exact count needs somewhat fewer technologies.
        assertTrue(exact < estimate && exact > 0.7 * estimate, exact + " vs " + estimate);
    }

    private Snapshot read(SynthSpec spec) throws Exception {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        Synth.write(spec, json);
        return SnapshotReader.read("synthetic.json", json.toByteArray());
    }

    private static int indexOf(Snapshot snapshot, String category) {
        for (int c = 0; c < snapshot.categories().size(); c++) {
            if (snapshot.categories().get(c).slug().equals(category)) {
                return c;
            }
        }
        throw new AssertionError(category);
    }

    private static void assertSome(long count, String what) {
        assertTrue(count > 0 && count < 300, count + " of 300 technologies " + what);
    }
}
