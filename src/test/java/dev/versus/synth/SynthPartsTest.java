package dev.versus.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SynthPartsTest {

    @Test
    void theGeneratorIsSplitMix64AsInTheJdk() {
        SynthRandom mine = SynthRandom.withState(12345);
        SplittableRandom jdk = new SplittableRandom(12345);
        for (int i = 0; i < 5; i++) {
            assertEquals(jdk.nextLong(), mine.nextLong());
        }
    }

    @Test
    void streamsDependOnSeedPurposeAndIndex() {
        long base = SynthRandom.of(1, "technology", 0).nextLong();
        assertEquals(base, SynthRandom.of(1, "technology", 0).nextLong());
        assertNotEquals(base, SynthRandom.of(2, "technology", 0).nextLong());
        assertNotEquals(base, SynthRandom.of(1, "categories", 0).nextLong());
        assertNotEquals(base, SynthRandom.of(1, "technology", 1).nextLong());
    }

    @Test
    void nextIntStaysInItsBound() {
        SynthRandom random = SynthRandom.of(1, "test", 0);
        int[] seen = new int[3];
        for (int i = 0; i < 300; i++) {
            seen[random.nextInt(3)]++;
        }
        for (int count : seen) {
            assertTrue(count > 50, java.util.Arrays.toString(seen));
        }
    }

    @Test
    void thePairCounterAgreesWithCountingEveryPair() {
        SynthRandom random = SynthRandom.of(3, "test", 0);
        List<int[]> technologies = new ArrayList<>();
        PairCounter counter = new PairCounter(5);
        for (int i = 0; i < 200; i++) {
            int a = random.nextInt(5);
            int[] categories = random.chance(0.3) ? new int[] {a, (a + 1 + random.nextInt(4)) % 5} : new int[] {a};
            technologies.add(categories);
            counter.add(categories);
            assertEquals(bruteForce(technologies), counter.pairs(), "after " + (i + 1));
        }
    }

    @Test
    void categorySlugsAreValidAndDistinctBeyondTheBaseList() {
        SyntheticCategories categories = SyntheticCategories.of(85, 1);
        assertEquals("a-b-testing", categories.list().get(33).slug());
        assertEquals("web-frameworks-2", categories.list().get(40).slug());
        assertEquals("Web frameworks 3", categories.list().get(80).name());
        assertEquals(85, categories.list().stream().map(c -> c.slug()).distinct().count());
    }

    @Test
    void productNamesGiveValidSlugs() {
        assertEquals("zanitra-js", NameMaker.slug("Zanitra JS"));
        assertEquals("zanitra.js", NameMaker.slug("Zanitra.js"));
        assertEquals("korvex-2", NameMaker.slug("Korvex 2"));
    }

    @Test
    void countriesAreLargestFirstThenTheOtherIsoCodes() {
        List<String> codes = SyntheticCountries.codes(SyntheticCountries.available());
        assertEquals(List.of("US", "DE", "GB"), codes.subList(0, 3));
        assertEquals(codes.size(), codes.stream().distinct().count());
        assertEquals(dev.versus.text.CldrCountryNames.codes().size(), codes.size());
    }

    private static long bruteForce(List<int[]> technologies) {
        long pairs = 0;
        for (int i = 0; i < technologies.size(); i++) {
            for (int j = i + 1; j < technologies.size(); j++) {
                if (share(technologies.get(i), technologies.get(j))) {
                    pairs++;
                }
            }
        }
        return pairs;
    }

    private static boolean share(int[] one, int[] other) {
        for (int a : one) {
            for (int b : other) {
                if (a == b) {
                    return true;
                }
            }
        }
        return false;
    }
}
