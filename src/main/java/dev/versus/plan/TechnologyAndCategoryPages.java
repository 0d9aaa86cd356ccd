package dev.versus.plan;

import dev.versus.compare.Catalog;
import dev.versus.compare.CategoryPairs;
import dev.versus.model.Category;
import dev.versus.model.Technology;
import java.util.ArrayList;
import java.util.List;

/**
 * The technology pages, the category pages with their further pages of comparisons, and the
 * list of categories. Each category's comparisons are listed on pages of at most
 * {@link #COMPARISONS_PER_PAGE} links: page 1 is the category page itself, pages 2 onward are
 * {@code categories/<slug>/page/<n>/}.
 */
public final class TechnologyAndCategoryPages {
    /** Few enough links that a page stays light, many enough that a large category needs few pages. */
    public static final int COMPARISONS_PER_PAGE = 200;

    private TechnologyAndCategoryPages() {
    }

    /** The list of categories, then each category in the snapshot's order, then each technology. */
    public static List<Page> of(Catalog catalog) {
        List<Page> pages = new ArrayList<>();
        pages.add(new Page.Categories());
        for (Category category : catalog.snapshot().categories()) {
            CategoryPairs pairs = CategoryPairs.of(catalog, category.slug());
            Paging paging = new Paging(pairs.count(), COMPARISONS_PER_PAGE);
            pages.add(new Page.Category(category, pairs, paging));
            for (int number = 2; number <= paging.pageCount(); number++) {
                pages.add(new Page.CategoryComparisons(category, pairs, paging, number));
            }
        }
        for (Technology technology : catalog.snapshot().technologies()) {
            pages.add(new Page.Technology(technology));
        }
        return pages;
    }
}
