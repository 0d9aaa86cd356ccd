package dev.versus.compare;

import static dev.versus.compare.Fixtures.catalog;
import static dev.versus.compare.Fixtures.compare;
import static dev.versus.compare.Fixtures.slugs;
import static dev.versus.compare.Fixtures.tech;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AlternativesTest {

    /** web ranks t1 (800) to t8 (100); blog ranks t3 (600), t4 (500), t5 (400), t9 (50). */
    private static Catalog eightAndABlog() {
        return catalog(tech("t1", 800), tech("t2", 700), tech("t3", 600).in("web", "blog"),
                tech("t4", 500).in("web", "blog"), tech("t5", 400).in("web", "blog"), tech("t6", 300),
                tech("t7", 200), tech("t8", 100), tech("t9", 50).in("blog"));
    }

    @Test
    void theFiveNearestInRankComeNearestFirstWithTheBetterRankedFirstAtEqualDistance() {
        // t4 is 4th: distance 1 gives t3 (3rd) then t5 (5th), distance 2 t2 then t6, distance 3 t1
        assertEquals(List.of("t3", "t5", "t2", "t6", "t1"), slugs(eightAndABlog().alternatives("t4", "web")));
    }

    @Test
    void atTheEdgesOfTheRankingTheAlternativesComeFromOneSide() {
        Catalog catalog = eightAndABlog();
        assertEquals(List.of("t2", "t3", "t4", "t5", "t6"), slugs(catalog.alternatives("t1", "web")));
        assertEquals(List.of("t7", "t6", "t5", "t4", "t3"), slugs(catalog.alternatives("t8", "web")));
    }

    @Test
    void aSmallCategoryGivesFewerThanFive() {
        assertEquals(List.of("a"), slugs(catalog(tech("a", 2), tech("b", 1)).alternatives("b", "web")));
    }

    @Test
    void aPagesAlternativesExcludeBothTechnologiesOfThePair() {
        Comparison c = compare(eightAndABlog(), "t4", "t6");
        // t6 is not in blog, so only web is shared: t4 in web: t3, t5, t2, t6, t1 → minus t6
        assertEquals(List.of("t3", "t5", "t2", "t1"), slugs(c.firstAlternatives()));
        // t6 (6th) in web: t5, t7, t4, t8, t3 → minus t4
        assertEquals(List.of("t5", "t7", "t8", "t3"), slugs(c.secondAlternatives()));
    }

    @Test
    void alternativesRepeatedAcrossSharedCategoriesAreListedOnceInSharedSlugOrder() {
        Comparison c = compare(eightAndABlog(), "t4", "t5");
        // shared categories in slug order: blog, web
        // t4 in blog: t3, t5, t9 → minus t5: t3, t9; t4 in web: t3, t5, t2, t6, t1 → new: t2, t6, t1
        assertEquals(List.of("t3", "t9", "t2", "t6", "t1"), slugs(c.firstAlternatives()));
        // t5 in blog (3rd): t4, t9, t3 → minus t4: t9, t3; t5 in web (5th): t4, t6, t3, t7, t2 → new: t6, t7, t2
        assertEquals(List.of("t9", "t3", "t6", "t7", "t2"), slugs(c.secondAlternatives()));
    }
}
