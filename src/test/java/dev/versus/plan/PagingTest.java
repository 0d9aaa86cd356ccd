package dev.versus.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PagingTest {

    @Test
    void pagesHoldAtMostTheirSizeAndTheLastHoldsTheRest() {
        Paging paging = new Paging(207, 200);
        assertEquals(2, paging.pageCount());
        assertEquals(0, paging.from(1));
        assertEquals(200, paging.to(1));
        assertEquals(200, paging.from(2));
        assertEquals(207, paging.to(2));
    }

    @Test
    void anExactMultipleHasNoEmptyPageAfterIt() {
        Paging paging = new Paging(400, 200);
        assertEquals(2, paging.pageCount());
        assertEquals(400, paging.to(2));
        assertEquals("page 3 of 2", assertThrows(IllegalArgumentException.class, () -> paging.from(3)).getMessage());
    }

    @Test
    void anEmptyListHasOneEmptyPage() {
        Paging paging = new Paging(0, 200);
        assertEquals(1, paging.pageCount());
        assertEquals(0, paging.from(1));
        assertEquals(0, paging.to(1));
    }

    @Test
    void largeCountsDoNotOverflow() {
        // 54,000 pairs (the largest category of the default snapshot has 329 technologies: 53,956)
        Paging paging = new Paging(53_956, 200);
        assertEquals(270, paging.pageCount());
        assertEquals(53_800, paging.from(270));
        assertEquals(53_956, paging.to(270));
    }

    @Test
    void routesPutPageOneOnTheCategoryPage() {
        assertEquals("categories/cms/", Routes.categoryComparisons("cms", 1));
        assertEquals("categories/cms/page/2/", Routes.categoryComparisons("cms", 2));
        assertEquals("categories/", Routes.categories());
    }
}
