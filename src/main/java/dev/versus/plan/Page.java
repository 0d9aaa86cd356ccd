package dev.versus.plan;

import dev.versus.compare.Pair;

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
}
