package dev.versus.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class PagersTest {
    private static final int GAP = Pagers.GAP;

    @Test
    void theFirstLastAndNearbyPagesAreShownWithGapsBetween() {
        assertEquals(List.of(1, 2, 3, GAP, 10), Pagers.numbers(1, 10));
        assertEquals(List.of(1, GAP, 4, 5, 6, 7, 8, 9, 10), Pagers.numbers(6, 10));
        assertEquals(List.of(1, GAP, 8, 9, 10), Pagers.numbers(10, 10));
        assertEquals(List.of(1, GAP, 48, 49, 50, 51, 52, GAP, 270), Pagers.numbers(50, 270));
    }

    @Test
    void aGapNeverHidesASinglePage() {
        // 1 and 3..7 leave out only 2: it is shown rather than a gap
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, GAP, 10), Pagers.numbers(5, 10));
        assertEquals(List.of(1, 2, 3), Pagers.numbers(2, 3));
    }

    @Test
    void previousAndNextAreLeftOutAtTheEnds() {
        CategoryView.Pager first = Pagers.of(1, 2, n -> "p" + n, BuiltInWords.english());
        assertNull(first.previous());
        assertEquals(new Link("Next page", "p2"), first.next());
        assertEquals(new CategoryView.PagerItem("1", null, true, false), first.items().get(0));
        assertEquals(new CategoryView.PagerItem("2", "p2", false, false), first.items().get(1));
        CategoryView.Pager last = Pagers.of(2, 2, n -> "p" + n, BuiltInWords.english());
        assertEquals(new Link("Previous page", "p1"), last.previous());
        assertNull(last.next());
        assertNull(Pagers.of(1, 1, n -> "p" + n, BuiltInWords.english()), "one page needs no pager");
    }
}
