package dev.versus.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.compare.Catalog;
import dev.versus.load.SnapshotReader;
import dev.versus.model.Settings;
import dev.versus.model.SiteContent;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plan's country pages, home page, search page and search index, and their files. */
class HomeAndCountryPlanTest {

    @Test
    void theHomePageIsTheRootsIndexAndIndexable() {
        Page home = new Page.Home();
        assertEquals("", home.route());
        assertEquals("index.html", Routes.file(home.route()));
        assertTrue(home.indexable());
        assertEquals("search/index.html", Routes.file(new Page.Search().route()));
        assertEquals("countries/index.html", Routes.file(new Page.Countries().route()));
        assertEquals("countries/xk/index.html", Routes.file(new Page.Country("XK", true).route()));
        Page index = new Page.SearchIndex();
        assertEquals("search-index.json", Routes.file(index.route()));
        assertFalse(index.indexable(), "a data file is not for search engines");
    }

    @Test
    void everyCountryWithACountGetsAPageInCodeOrder() throws Exception {
        Catalog catalog = Catalog.of(SnapshotReader.read(Path.of("src/test/resources/snapshots/valid-small.json")),
                Settings.DEFAULTS);
        SitePlan plan = SitePlan.of(catalog, SiteContent.of(List.of()), List.of());
        // Only this slot's kinds: other kinds of page are planned beside them.
        List<String> routes = plan.fixedPages().stream()
                .filter(page -> page instanceof Page.Home || page instanceof Page.Search
                        || page instanceof Page.SearchIndex || page instanceof Page.Countries
                        || page instanceof Page.Country)
                .map(Page::route)
                .toList();
        assertEquals(List.of("", "search/", "search-index.json", "countries/", "countries/de/", "countries/fr/",
                "countries/us/", "countries/xk/"), routes);
    }
}
