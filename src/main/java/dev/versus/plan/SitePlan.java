package dev.versus.plan;

import dev.versus.compare.Catalog;
import dev.versus.load.AssetFile;
import dev.versus.model.ContentPage;
import dev.versus.model.PageKind;
import dev.versus.model.RedirectFormat;
import dev.versus.model.SiteContent;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every page of the site. Comparison pages are streamed from the catalog when asked for, never
 * held; the other pages are few (thousands at most) and kept in a list, in a fixed order.
 */
public final class SitePlan {
    private final Catalog catalog;
    private final List<Page> fixedPages;
    /** The site's languages' codes, the first at the root. */
    private final List<String> languages;

    private SitePlan(Catalog catalog, List<Page> fixedPages, List<String> languages) {
        this.catalog = catalog;
        this.fixedPages = List.copyOf(fixedPages);
        this.languages = List.copyOf(languages);
    }

    /**
     * Plans the site, refusing two pages that would write the same file.
     *
     * @throws PlanException naming both sources when two pages claim one route
     */
    public static SitePlan of(Catalog catalog, SiteContent content, List<AssetFile> assets) throws PlanException {
        return of(catalog, content, assets, EnumSet.allOf(PageKind.class), EnumSet.allOf(RedirectFormat.class));
    }

    /**
     * Plans the site with only the page kinds and redirect maps versus.toml asks for; the sitemaps
     * list only the pages planned.
     */
    public static SitePlan of(Catalog catalog, SiteContent content, List<AssetFile> assets, Set<PageKind> kinds,
            Set<RedirectFormat> redirects) throws PlanException {
        return of(catalog, content, assets, kinds, redirects, List.of("en"));
    }

    /**
     * Plans the site in {@code languages}: the assets and host files once, every other page once
     * per language, the first language's at the root and each other's under its code.
     */
    public static SitePlan of(Catalog catalog, SiteContent content, List<AssetFile> assets, Set<PageKind> kinds,
            Set<RedirectFormat> redirects, List<String> languages) throws PlanException {
        for (PageKind kind : List.of(PageKind.COMPARISONS, PageKind.TECHNOLOGIES, PageKind.CATEGORIES)) {
            if (!kinds.contains(kind)) {
                // Every page links to these: a site without them would be a site of broken links.
                throw new PlanException("versus.toml: [build] pages: leaving out \"" + kind.key()
                        + "\" is not supported; only \"countries\" and \"search\" can be left out");
            }
        }
        checkTexts(catalog, content);
        List<Page> fixed = new ArrayList<>();
        assets.forEach(asset -> fixed.add(new Page.Asset(asset.route(), asset.bytes(), asset.source())));
        List<List<Page>> byLanguage = new ArrayList<>();
        for (String language : languages) {
            List<Page> pages = languagePages(catalog, content.pagesIn(language, language.equals(languages.get(0))),
                    kinds);
            boolean first = language.equals(languages.get(0));
            byLanguage.add(first ? pages : pages.stream().map(page -> (Page) new Page.InLanguage(language, page))
                    .toList());
        }
        byLanguage.forEach(fixed::addAll);

        // Files for hosts and crawlers: 404, robots.txt, sitemaps (a set per language), redirect maps.
        fixed.addAll(HostFiles.plan(byLanguage, languages, () -> comparisonPages(catalog),
                () -> catalog.pairs().filter(pair -> !catalog.isThin(pair)).count(), HostFiles.MAX_URLS_PER_SITEMAP).stream()
                .filter(file -> !(file instanceof HostFiles.Redirects) || redirects.contains(RedirectFormat.NETLIFY))
                .filter(file -> !(file instanceof HostFiles.NginxRedirects) || redirects.contains(RedirectFormat.NGINX))
                .toList());

        checkRoutes(fixed);
        return new SitePlan(catalog, fixed, languages);
    }

    /** The pages of one language but its comparisons: content, technology, category, country, home and search pages. */
    private static List<Page> languagePages(Catalog catalog, List<ContentPage> contentPages, Set<PageKind> kinds) {
        List<Page> fixed = new ArrayList<>();
        for (ContentPage page : contentPages) {
            fixed.add(new Page.Content(page));
        }

        // Technology and category pages.
        fixed.addAll(TechnologyAndCategoryPages.of(catalog));

        // Country pages, the home page and the search index.
        fixed.add(new Page.Home());
        if (kinds.contains(PageKind.SEARCH)) {
            fixed.add(new Page.Search());
            fixed.add(new Page.SearchIndex());
        }
        if (kinds.contains(PageKind.COUNTRIES)) {
            fixed.add(new Page.Countries());
            java.util.Set<String> worthIndexing = catalog.countriesWithRanking();
            dev.versus.compare.CountryRankings.codes(catalog.snapshot())
                    .forEach(code -> fixed.add(new Page.Country(code, worthIndexing.contains(code))));
        }
        return fixed;
    }

    /** An editor's text for a technology or category the snapshot lacks is a mistake, not a no-op. */
    private static void checkTexts(Catalog catalog, SiteContent content) throws PlanException {
        for (String slug : content.technologyTexts().keySet()) {
            if (catalog.technology(slug) == null) {
                throw new PlanException("content/technologies/" + slug + ".md: the snapshot has no technology \""
                        + slug + "\"");
            }
        }
        for (String slug : content.categoryTexts().keySet()) {
            if (catalog.category(slug) == null) {
                throw new PlanException("content/categories/" + slug + ".md: the snapshot has no category \""
                        + slug + "\"");
            }
        }
    }

    private static void checkRoutes(List<Page> pages) throws PlanException {
        Map<String, Page> byRoute = new HashMap<>();
        for (Page page : pages) {
            if (Page.unwrapped(page).route().startsWith("compare/")) {
                throw new PlanException(page.source() + " would write " + Routes.file(page.route())
                        + ", inside compare/, which belongs to comparison pages");
            }
            Page earlier = byRoute.putIfAbsent(page.route(), page);
            if (earlier != null) {
                throw new PlanException("two pages would write " + Routes.file(page.route()) + ": "
                        + earlier.source() + " and " + page.source());
            }
        }
    }

    public Catalog catalog() {
        return catalog;
    }

    public List<Page> fixedPages() {
        return fixedPages;
    }

    /**
     * The comparison pages, made one by one as the stream is consumed: each pair's page in every
     * language, one after the other, so that its figures are computed once for all of them.
     */
    public Stream<Page> comparisonPages() {
        if (languages.size() == 1) {
            return comparisonPages(catalog);
        }
        List<String> others = languages.subList(1, languages.size());
        return comparisonPages(catalog).flatMap(page -> Stream.concat(Stream.of(page),
                others.stream().map(language -> new Page.InLanguage(language, page))));
    }

    /** The site's languages' codes, the first at the root. */
    public List<String> languages() {
        return languages;
    }

    private static Stream<Page> comparisonPages(Catalog catalog) {
        return catalog.pairs().map(pair -> new Page.Comparison(pair, !catalog.isThin(pair)));
    }

    /** Every page: the fixed ones first, then the comparisons, lazily. */
    public Stream<Page> allPages() {
        return Stream.concat(fixedPages.stream(), comparisonPages());
    }

    /** The comparison pages of every language. */
    public long comparisonCount() {
        return catalog.pairCount() * languages.size();
    }

    public long pageCount() {
        return fixedPages.size() + comparisonCount();
    }
}
