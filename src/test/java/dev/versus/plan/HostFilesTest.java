package dev.versus.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.versus.compare.Catalog;
import dev.versus.load.SnapshotReader;
import dev.versus.model.ContentPage;
import dev.versus.model.Settings;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** How the host files are planned, and how the indexable pages are split into sitemaps. */
class HostFilesTest {

    private static HostFiles.IndexableRoutes routes(int count) {
        List<String> fixed = IntStream.rangeClosed(1, count).mapToObj(i -> "page-" + i + "/").toList();
        return new HostFiles.IndexableRoutes(fixed, Stream::empty);
    }

    @Test
    void twelveUrlsFiveToAFileMakeTwoFullSitemapsAndOneOfTwo() {
        List<HostFiles.Sitemap> sitemaps = HostFiles.split(routes(12), 5);

        assertEquals(List.of("sitemaps/sitemap-1.xml", "sitemaps/sitemap-2.xml", "sitemaps/sitemap-3.xml"),
                sitemaps.stream().map(Page::route).toList());
        assertEquals(List.of(5L, 5L, 2L), sitemaps.stream().map(HostFiles.Sitemap::count).toList());
        assertEquals(List.of("page-6/", "page-7/", "page-8/", "page-9/", "page-10/"),
                sitemaps.get(1).pageRoutes().toList());
        assertEquals(List.of("page-11/", "page-12/"), sitemaps.get(2).pageRoutes().toList());
    }

    @Test
    void aFullLastFileHasNoEmptyFileAfterIt() {
        assertEquals(List.of(5L, 5L), HostFiles.split(routes(10), 5).stream().map(HostFiles.Sitemap::count).toList());
        assertEquals(List.of(1L), HostFiles.split(routes(1), 5).stream().map(HostFiles.Sitemap::count).toList());
    }

    @Test
    void noIndexablePageMeansNoSitemapAndARobotsFileThatNamesNone() {
        assertEquals(List.of(), HostFiles.split(routes(0), 5));
        List<Page> files = HostFiles.plan(List.of(new Page.Asset("assets/site.css", new byte[0], "x")),
                Stream::empty, 5);
        assertEquals(List.of("404.html", "robots.txt", "_redirects", "redirects.nginx.conf"),
                files.stream().map(Page::route).toList());
        assertFalse(((HostFiles.Robots) files.get(1)).namesSitemap());
    }

    @Test
    void aLimitBelowOneIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HostFiles.split(routes(3), 0));
        assertEquals("a sitemap holds at least one URL: 0", e.getMessage());
    }

    /**
     * The fixture has 3 Markdown pages and 14 pairs; the 4 pairs with web2py (total 0, below
     * the minimum of 100) are thin. 3 + 10 = 13 indexable pages, 5 to a file: 5, 5 and 3.
     */
    @Test
    void theFixtureSitesIndexablePagesFillThreeSitemapsOfFive() throws Exception {
        Catalog catalog = Catalog.of(SnapshotReader.read(Path.of("src/test/resources/snapshots/valid-small.json")),
                Settings.DEFAULTS);
        List<Page> fixed = List.of(new Page.Asset("assets/site.css", new byte[0], "x"), content("about"),
                content("disclaimer"), content("methodology"));
        Stream<Page> comparisons = catalog.pairs().map(pair -> new Page.Comparison(pair, !catalog.isThin(pair)));
        List<Page> files = HostFiles.plan(fixed,
                () -> catalog.pairs().map(pair -> new Page.Comparison(pair, !catalog.isThin(pair))), 5);

        assertEquals(4, comparisons.filter(page -> !page.indexable()).map(Page::route)
                .filter(route -> route.contains("web2py")).count());
        assertEquals(List.of("404.html", "robots.txt", "sitemap.xml", "sitemaps/sitemap-1.xml",
                "sitemaps/sitemap-2.xml", "sitemaps/sitemap-3.xml", "_redirects", "redirects.nginx.conf"),
                files.stream().map(Page::route).toList());
        HostFiles.Sitemap last = (HostFiles.Sitemap) files.get(5);
        assertEquals(List.of("compare/flask-vs-react/", "compare/flask-vs-ruby-on-rails/",
                "compare/react-vs-ruby-on-rails/"), last.pageRoutes().toList());
        assertFalse(files.stream().anyMatch(Page::indexable), "no host file is indexable");
    }

    private static Page content(String slug) {
        return new Page.Content(new ContentPage("content/pages/" + slug + ".md", slug, slug, slug, "page", "",
                "content/pages/" + slug + ".md:1:1"));
    }
}
