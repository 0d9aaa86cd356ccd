package dev.versus.plan;

import dev.versus.compare.Catalog;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every page of the site. Comparison pages are streamed from the catalog when asked for, never
 * held; the other pages are few and kept in a list, in a fixed order.
 */
public final class SitePlan {
    private final Catalog catalog;
    private final List<Page> fixedPages;

    private SitePlan(Catalog catalog, List<Page> fixedPages) {
        this.catalog = catalog;
        this.fixedPages = List.copyOf(fixedPages);
    }

    /**
     * Plans the site, refusing two pages that would write the same file.
     *
     * @throws PlanException naming both sources when two pages claim one route
     */
    public static SitePlan of(Catalog catalog, List<ContentPage> contentPages, List<Page.Asset> assets)
            throws PlanException {
        Map<String, Page> byRoute = new HashMap<>();
        List<Page> fixed = new java.util.ArrayList<>();
        for (Page.Asset asset : assets) {
            claim(byRoute, asset);
            fixed.add(asset);
        }
        for (ContentPage content : contentPages) {
            Page page = new Page.Content(content);
            if (page.route().startsWith("compare/")) {
                throw new PlanException(content.file() + ": slug \"" + content.slug()
                        + "\" would write into compare/, which belongs to comparison pages");
            }
            claim(byRoute, page);
            fixed.add(page);
        }
        return new SitePlan(catalog, fixed);
    }

    private static void claim(Map<String, Page> byRoute, Page page) throws PlanException {
        Page earlier = byRoute.putIfAbsent(page.route(), page);
        if (earlier != null) {
            throw new PlanException("two pages would write " + Routes.file(page.route()) + ": "
                    + earlier.source() + " and " + page.source());
        }
    }

    public List<Page> fixedPages() {
        return fixedPages;
    }

    /** The comparison pages, made one by one as the stream is consumed. */
    public Stream<Page> comparisonPages() {
        return catalog.pairs().map(Page.Comparison::new);
    }

    public long comparisonCount() {
        return catalog.pairCount();
    }

    public long pageCount() {
        return fixedPages.size() + comparisonCount();
    }
}
