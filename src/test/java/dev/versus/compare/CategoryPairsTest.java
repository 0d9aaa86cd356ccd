package dev.versus.compare;

import static dev.versus.compare.Fixtures.catalog;
import static dev.versus.compare.Fixtures.tech;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.model.Category;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CategoryPairsTest {

    private static List<String> names(List<Pair> pairs) {
        return pairs.stream().map(p -> p.first().slug() + "|" + p.second().slug()).toList();
    }

    /** t00 to t20 in beta, t00 to t02 also in alpha: the three pairs among those are listed under alpha. */
    private static Catalog twentyOneInBeta() {
        List<Fixtures.Spec> specs = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            specs.add(tech(String.format("t%02d", i), (21 - i) * 1000L).in(i < 3 ? new String[] {"alpha", "beta"}
                    : new String[] {"beta"}));
        }
        specs.add(tech("a-only", 500).in("alpha"));
        return catalog(specs.toArray(Fixtures.Spec[]::new));
    }

    @Test
    void aCategoryListsThePairsThePairWalkFilesUnderIt() {
        Catalog catalog = catalog(tech("a", 1).in("web", "cms"), tech("b", 1).in("web", "cms"),
                tech("c", 1).in("web"));
        // a|b is filed under cms (cms < web); web keeps a|c and b|c
        CategoryPairs web = CategoryPairs.of(catalog, "web");
        assertEquals(2, web.count());
        assertEquals(List.of("a|c", "b|c"), names(web.slice(0, 10)));
        assertEquals(List.of("a|b"), names(CategoryPairs.of(catalog, "cms").slice(0, 10)));
        assertTrue(CategoryPairs.listedHere(catalog, "cms", catalog.technology("b"), catalog.technology("a")));
        assertFalse(CategoryPairs.listedHere(catalog, "web", catalog.technology("a"), catalog.technology("b")));
    }

    @Test
    void slicesStartAndEndWhereTheHandCountedIndexesSay() {
        CategoryPairs beta = CategoryPairs.of(twentyOneInBeta(), "beta");
        // C(21,2) = 210 pairs, less the 3 among t00-t02 listed under alpha: 207. Rows: t00 and t01
        // pair with 18 each, t02 with 18, t03 with 17, ... t_i with 20 - i: t16's row starts at
        // 18 + 18 + (18 + 17 + ... + 5) = 197, so index 199 is t16|t19 and 200 is t16|t20.
        assertEquals(207, beta.count());
        List<Pair> first = beta.slice(0, 200);
        assertEquals(200, first.size());
        assertEquals("t00|t03", names(first).get(0));
        assertEquals("t16|t19", names(first).get(199));
        assertEquals(List.of("t16|t20", "t17|t18", "t17|t19", "t17|t20", "t18|t19", "t18|t20", "t19|t20"),
                names(beta.slice(200, 400)));
        assertEquals(List.of(), beta.slice(207, 400));
        assertEquals(List.of("t01|t03", "t01|t04"), names(beta.slice(18, 20)));
        assertEquals(6, CategoryPairs.of(twentyOneInBeta(), "alpha").count());
    }

    @Test
    void theCategoriesTogetherListEveryPairOfTheWalkOnceInItsOrder() {
        Random random = new Random(7);
        String[] categories = {"a", "b", "c", "d"};
        List<Fixtures.Spec> specs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            List<String> in = new ArrayList<>();
            for (String category : categories) {
                if (random.nextInt(3) == 0) {
                    in.add(category);
                }
            }
            if (in.isEmpty()) {
                in.add(categories[random.nextInt(categories.length)]);
            }
            specs.add(tech(String.format("x%02d", i), random.nextInt(1000)).in(in.toArray(String[]::new)));
        }
        Catalog catalog = catalog(specs.toArray(Fixtures.Spec[]::new));
        List<String> listed = new ArrayList<>();
        for (Category category : catalog.snapshot().categories()) {
            CategoryPairs pairs = CategoryPairs.of(catalog, category.slug());
            // read in uneven slices, so that every slice boundary is crossed somewhere
            for (long from = 0; from < pairs.count(); from += 7) {
                listed.addAll(names(pairs.slice(from, from + 7)));
            }
        }
        assertEquals(names(catalog.pairs().toList()), listed);
    }
}
