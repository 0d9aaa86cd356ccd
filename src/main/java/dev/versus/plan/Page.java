package dev.versus.plan;

import dev.versus.compare.CategoryPairs;
import dev.versus.compare.Pair;
import dev.versus.model.ContentPage;

/**
 * One file of the site: what it is made from and the route it is written to. Each kind of page
 * is a record; the render stage has one renderer per kind.
 */
public interface Page {

    /** The route, relative to the site root: "compare/a-vs-b/" or "assets/site.css". */
    String route();

    /** What a message about this page names as its source. */
    String source();

    /**
     * Whether search engines may index the page and the sitemap lists it: every HTML page unless
     * its kind says otherwise (the 404 page, for one).
     */
    default boolean indexable() {
        return route().endsWith("/");
    }

    /**
     * A page comparing two technologies.
     *
     * @param indexable false for a thin pair (see Catalog.isThin), whose page says noindex
     */
    record Comparison(Pair pair, String route, boolean indexable) implements Page {
        public Comparison(Pair pair, boolean indexable) {
            this(pair, Routes.comparison(pair.first(), pair.second()), indexable);
        }

        @Override
        public String source() {
            return "comparison of " + pair.first().slug() + " and " + pair.second().slug();
        }
    }

    /** A technology's page: its figures, its standing in each of its categories and its comparisons. */
    record Technology(dev.versus.model.Technology technology, String route) implements Page {
        public Technology(dev.versus.model.Technology technology) {
            this(technology, Routes.technology(technology.slug()));
        }

        @Override
        public String source() {
            return "technology " + technology.slug();
        }
    }

    /** A category's page: its ranking, its share chart and the first page of its comparisons. */
    record Category(dev.versus.model.Category category, CategoryPairs pairs, Paging paging, String route)
            implements Page {
        public Category(dev.versus.model.Category category, CategoryPairs pairs, Paging paging) {
            this(category, pairs, paging, Routes.category(category.slug()));
        }

        @Override
        public String source() {
            return "category " + category.slug();
        }
    }

    /** Page {@code number} (2 or more) of a category's comparisons; page 1 is the category page. */
    record CategoryComparisons(dev.versus.model.Category category, CategoryPairs pairs, Paging paging, int number,
            String route) implements Page {
        public CategoryComparisons(dev.versus.model.Category category, CategoryPairs pairs, Paging paging,
                int number) {
            this(category, pairs, paging, number, Routes.categoryComparisons(category.slug(), number));
        }

        @Override
        public String source() {
            return "page " + number + " of the comparisons of category " + category.slug();
        }
    }

    /** The list of every category. */
    record Categories(String route) implements Page {
        public Categories() {
            this(Routes.categories());
        }

        @Override
        public String source() {
            return "the list of categories";
        }
    }

    /** A page made from a Markdown file in content/pages. */
    record Content(ContentPage page, String route) implements Page {
        public Content(ContentPage page) {
            this(page, Routes.contentPage(page.slug()));
        }

        @Override
        public String source() {
            return page.file();
        }
    }

    /** A file copied as it is, such as the stylesheet. */
    record Asset(String route, byte[] bytes, String source) implements Page {
    }

    /**
     * A country's page: the leading technologies of each category there.
     *
     * @param indexable false when no category reaches the minimum sample there: the page then
     *     ranks nothing, says noindex and is left out of the sitemaps
     */
    record Country(String code, String route, boolean indexable) implements Page {
        public Country(String code, boolean indexable) {
            this(code, Routes.country(code), indexable);
        }

        @Override
        public String source() {
            return "country page of " + code;
        }
    }

    /** The list of every country with a page. */
    record Countries(String route) implements Page {
        public Countries() {
            this(Routes.countries());
        }

        @Override
        public String source() {
            return "country list";
        }
    }

    /** The home page, at the site root. */
    record Home(String route) implements Page {
        public Home() {
            this(Routes.home());
        }

        @Override
        public String source() {
            return "home page";
        }

        /** Its route is "", the root folder, which is as indexable as any. */
        @Override
        public boolean indexable() {
            return true;
        }
    }

    /** The search page: the search box with room for its results. */
    record Search(String route) implements Page {
        public Search() {
            this(Routes.search());
        }

        @Override
        public String source() {
            return "search page";
        }
    }

    /** The compact index the search box loads: technologies with their categories, no pairs. */
    record SearchIndex(String route) implements Page {
        public SearchIndex() {
            this(Routes.searchIndex());
        }

        @Override
        public String source() {
            return "search index";
        }
    }

    /**
     * A page in one of the site's languages other than the first: the same page, written under the
     * language's folder ("de/compare/a-vs-b/"). Pages of the first language are not wrapped, so a
     * single-language site plans exactly the pages it did before it had languages.
     *
     * @param language the language's code, also its folder
     */
    record InLanguage(String language, Page page) implements Page {
        @Override
        public String route() {
            return language + "/" + page.route();
        }

        @Override
        public String source() {
            return page.source() + " in " + language;
        }

        @Override
        public boolean indexable() {
            return page.indexable();
        }
    }

    /** The page of the site's first language under this one: the page itself when it is not wrapped. */
    static Page unwrapped(Page page) {
        return page instanceof InLanguage in ? in.page() : page;
    }
}
