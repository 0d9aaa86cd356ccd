package dev.versus.compare;

import static dev.versus.compare.Fixtures.catalog;
import static dev.versus.compare.Fixtures.tech;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class PairsTest {

    private static List<String> names(Catalog catalog) {
        return catalog.pairs().map(p -> p.first().slug() + "|" + p.second().slug()).toList();
    }

    @Test
    void everyUnorderedPairOfACategoryComesOnceAndNoTechnologyIsPairedWithItself() {
        Catalog catalog = catalog(tech("c", 1), tech("a", 2), tech("b", 3));
        // three technologies in one category: C(3,2) = 3 pairs, each in slug order
        assertEquals(List.of("a|b", "a|c", "b|c"), names(catalog));
        assertEquals(3, catalog.pairCount());
    }

    @Test
    void onlyTechnologiesSharingACategoryArePaired() {
        Catalog catalog = catalog(tech("a", 1).in("web"), tech("b", 1).in("web"), tech("c", 1).in("cms"));
        assertEquals(List.of("a|b"), names(catalog));
        assertEquals(1, catalog.pairCount());
    }

    @Test
    void aPairSharingTwoCategoriesComesOnceFromTheSmallerCategorySlug() {
        Catalog catalog = catalog(tech("a", 1).in("web", "cms"), tech("b", 1).in("web", "cms"),
                tech("c", 1).in("web"));
        // cms gives a|b; web gives a|b again (skipped: cms < web), a|c and b|c
        assertEquals(List.of("a|b", "a|c", "b|c"), names(catalog));
        assertEquals(3, catalog.pairCount());
    }

    @Test
    void theSmallestSharedSlugDecidesEvenWhenNeitherListsItFirst() {
        Catalog catalog = catalog(tech("x", 1).in("web", "cms", "blog"), tech("y", 1).in("web", "blog"),
                tech("z", 1).in("cms"));
        // x and y share blog and web: emitted once, from blog; x and z share cms
        assertEquals(List.of("x|y", "x|z"), names(catalog));
        assertEquals(2, catalog.pairCount());
    }

    @Test
    void theCanonicalOrderIsPlainCodePointOrderOfSlugs() {
        Catalog catalog = catalog(tech("net2", 1), tech("net-core", 1), tech("net", 1), tech("net.js", 1));
        // '-' (45) < '.' (46) < '2' (50): net < net-core < net.js < net2
        assertEquals(List.of("net|net-core", "net|net.js", "net|net2", "net-core|net.js", "net-core|net2",
                "net.js|net2"), names(catalog));
        assertTrue(catalog.pairs().allMatch(p -> p.first().slug().compareTo(p.second().slug()) < 0));
    }

    @Test
    void pairOfPutsTwoTechnologiesInCanonicalOrderAndRefusesOneTechnologyTwice() {
        Catalog catalog = catalog(tech("a", 1), tech("b", 1));
        Pair pair = Pair.of(catalog.technology("b"), catalog.technology("a"));
        assertEquals("a", pair.first().slug());
        assertEquals("b", pair.second().slug());
        assertThrows(IllegalArgumentException.class, () -> Pair.of(catalog.technology("a"), catalog.technology("a")));
    }

    @Test
    void aComparisonOfAPairInReverseOrderIsRefused() {
        Catalog catalog = catalog(tech("a", 1), tech("b", 1));
        Pair reversed = new Pair(catalog.technology("b"), catalog.technology("a"));
        assertThrows(IllegalArgumentException.class, () -> Comparisons.compare(catalog, reversed));
    }

    @Test
    void theWalkMatchesEveryPairFoundByBruteForceOnAMixedSnapshot() {
        Random random = new Random(7);
        String[] categories = {"a", "b", "c", "d", "e"};
        List<Fixtures.Spec> specs = new ArrayList<>();
        List<List<String>> memberships = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            List<String> in = new ArrayList<>(List.of(categories));
            Collections.shuffle(in, random);
            in = in.subList(0, 1 + random.nextInt(3)); // one to three categories, in no particular order
            specs.add(tech("t" + i, i).in(in.toArray(String[]::new)));
            memberships.add(in);
        }
        TreeSet<String> expected = new TreeSet<>();
        for (int i = 0; i < 60; i++) {
            for (int j = 0; j < 60; j++) {
                String first = "t" + i;
                String second = "t" + j;
                if (first.compareTo(second) < 0 && !Collections.disjoint(memberships.get(i), memberships.get(j))) {
                    expected.add(first + "|" + second);
                }
            }
        }
        Catalog catalog = catalog(specs.toArray(Fixtures.Spec[]::new));
        List<String> walked = names(catalog);
        assertEquals(expected.size(), walked.size()); // so no pair came twice
        assertEquals(expected, new TreeSet<>(walked));
        assertEquals(expected.size(), catalog.pairCount());
        assertEquals(walked, names(catalog)); // and the order is the same every time
    }
}
