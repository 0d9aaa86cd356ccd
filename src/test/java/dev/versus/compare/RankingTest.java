package dev.versus.compare;

import static dev.versus.compare.Fixtures.catalog;
import static dev.versus.compare.Fixtures.compare;
import static dev.versus.compare.Fixtures.slugs;
import static dev.versus.compare.Fixtures.tech;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.versus.model.Category;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTest {

    @Test
    void technologiesRankByTotalDescendingWithEqualTotalsBySlug() {
        Catalog catalog = catalog(tech("x", 50), tech("b", 100), tech("c", 10), tech("a", 100));
        assertEquals(List.of("a", "b", "x", "c"), slugs(catalog.ranking("web")));
        assertEquals(1, catalog.rank("a", "web"));
        assertEquals(2, catalog.rank("b", "web"));
        assertEquals(4, catalog.rank("c", "web"));
    }

    @Test
    void aTechnologyHasOneRankInEachOfItsCategories() {
        Catalog catalog = catalog(tech("a", 10).in("web", "cms"), tech("b", 20).in("web"), tech("c", 5).in("cms"));
        assertEquals(2, catalog.rank("a", "web"));
        assertEquals(1, catalog.rank("a", "cms"));
        assertThrows(IllegalArgumentException.class, () -> catalog.rank("c", "web"));
    }

    @Test
    void marketShareIsTheTotalOverTheSumOfTheCategoryTotals() {
        Catalog catalog = catalog(tech("a", 100), tech("b", 60), tech("c", 40));
        // 100 + 60 + 40 = 200
        assertEquals(200, catalog.categoryTotal("web"));
        assertEquals(new Share(60, 200), catalog.marketShare("b", "web"));
        assertEquals(0.3, catalog.marketShare("b", "web").value());
    }

    @Test
    void marketShareIsNullWhenTheCategoryTotalsSumToZero() {
        Catalog catalog = catalog(tech("a", 0), tech("b", 0));
        assertEquals(0, catalog.categoryTotal("web"));
        assertNull(catalog.marketShare("a", "web"));
        Comparison c = compare(catalog, "a", "b");
        assertNull(c.sharedCategories().get(0).firstShare());
        assertNull(c.sharedCategories().get(0).secondShare());
    }

    @Test
    void standingsListTheSharedCategoriesInSlugOrderWithBothRanksAndShares() {
        Catalog catalog = catalog(tech("a", 30).in("web", "cms"), tech("b", 10).in("web", "cms"),
                tech("c", 60).in("cms"));
        Comparison c = compare(catalog, "a", "b");
        assertEquals(List.of("cms", "web"), c.sharedCategories().stream().map(s -> s.category().slug()).toList());
        // cms: c 60, a 30, b 10 (total 100); web: a 30, b 10 (total 40)
        assertEquals(new CategoryStanding(catalog.category("cms"), 2, 3, new Share(30, 100), new Share(10, 100)),
                c.sharedCategories().get(0));
        assertEquals(new CategoryStanding(catalog.category("web"), 1, 2, new Share(30, 40), new Share(10, 40)),
                c.sharedCategories().get(1));
        assertEquals(List.of("cms", "web"),
                catalog.sharedCategories(c.first(), c.second()).stream().map(Category::slug).toList());
    }

    @Test
    void unknownSlugsGiveNullFromLookupsAndAnErrorElsewhere() {
        Catalog catalog = catalog(tech("a", 1));
        assertNull(catalog.technology("zz"));
        assertNull(catalog.category("zz"));
        assertNull(catalog.siteCategory("zz"));
        assertThrows(IllegalArgumentException.class, () -> catalog.ranking("zz"));
        assertThrows(IllegalArgumentException.class, () -> catalog.awards("zz"));
    }
}
