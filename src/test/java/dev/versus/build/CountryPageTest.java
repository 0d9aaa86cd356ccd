package dev.versus.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Country pages and the country list of the fixture build. Worldwide ranks from valid-small.json:
 * Web frameworks react 812,000, django 67,300, ruby-on-rails 52,900, flask 41,800, web2py 0;
 * CMS wordpress 4,380,000, squarespace 151,000, drupal 98,200; JavaScript libraries jquery, react.
 */
class CountryPageTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws Exception {
        FixtureSite.build(dir.resolve("site"));
    }

    static Document parse(String file) throws Exception {
        return Jsoup.parse(Files.readString(dir.resolve("site").resolve(file)), FixtureSite.BASE + file);
    }

    private static Element category(Document page, String slug) {
        return page.expectFirst("section.country-category[aria-labelledby=c-" + slug + "]");
    }

    @Test
    void headBreadcrumbsAndModeledNote() throws Exception {
        Document us = parse("countries/us/index.html");
        assertEquals("Web technologies in the United States — leaders by category | Versus", us.title());
        assertEquals("https://example.org/tech/countries/us/", us.expectFirst("link[rel=canonical]").attr("href"));
        // 8 of the 9 technologies have a US count above 0 (web2py has none); all 3 categories reach 50.
        assertEquals("The leading technologies of 3 categories in the United States, each beside its worldwide "
                + "rank; 8 technologies detected there, from modeled counts of pages.",
                us.expectFirst("meta[name=description]").attr("content"));
        assertEquals(List.of("Home", "Countries", "United States"), us.select("nav.crumbs li").eachText());
        assertEquals("../../countries/", us.expectFirst("nav.crumbs a:matchesOwn(^Countries$)").attr("href"));
        JsonNode crumbs = new ObjectMapper().readTree(us.select("script[type=application/ld+json]").get(0).data());
        assertEquals("BreadcrumbList", crumbs.get("@type").asText());
        assertEquals("https://example.org/tech/countries/us/", crumbs.at("/itemListElement/2/item").asText());
        assertEquals("These country figures are modeled, not measured; the methodology page explains how.",
                us.expectFirst("article p.modeled").text());
    }

    @Test
    void leadersAreRankedByTheCountThereBesideTheirWorldwideRank() throws Exception {
        Document us = parse("countries/us/index.html");
        // US web frameworks: react 260,000, ruby-on-rails 24,000, django 21,000, flask 15,000 = 320,000.
        Element frameworks = category(us, "web-frameworks");
        assertEquals("320,000 pages here", frameworks.expectFirst("p.detail").text());
        assertEquals(List.of(
                "React #1 here, #1 worldwide · 260,000 pages",
                "Ruby on Rails #2 here, #3 worldwide · 24,000 pages",
                "Django #3 here, #2 worldwide · 21,000 pages",
                "Flask #4 here, #4 worldwide · 15,000 pages"), frameworks.select("ol.leaders li").eachText());
        assertEquals("../../technologies/ruby-on-rails/", frameworks.select("ol.leaders a").get(1).attr("href"));
        assertEquals("../../categories/web-frameworks/", frameworks.expectFirst("h3 a").attr("href"));
        // No shift of 3 places within 4 detected technologies; web2py, detected nowhere, is no fall.
        assertNull(frameworks.selectFirst("p.shift"));
        // FR CMS: wordpress 220,000, drupal 5,900, squarespace 3,000: drupal and squarespace swap.
        assertEquals(List.of("WordPress #1 here, #1 worldwide · 220,000 pages",
                "Drupal #2 here, #3 worldwide · 5,900 pages", "Squarespace #3 here, #2 worldwide · 3,000 pages"),
                category(parse("countries/fr/index.html"), "cms").select("ol.leaders li").eachText());
    }

    @Test
    void worldwideLeadersNotDetectedThereRankLowerAndThinCategoriesAreOnlyNamed() throws Exception {
        Document xk = parse("countries/xk/index.html");
        assertEquals("Web technologies in Kosovo", xk.expectFirst("h1").text());
        // Kosovo: wordpress 2,100 (CMS), django 40 (web frameworks, under the 50 minimum); no JavaScript library.
        assertEquals(List.of("c-cms"), xk.select("section.country-category").eachAttr("aria-labelledby"));
        Element cms = category(xk, "cms");
        assertEquals(List.of("WordPress #1 here, #1 worldwide · 2,100 pages"), cms.select("ol.leaders li").eachText());
        assertEquals("Lower here: Squarespace (not detected here, #2 worldwide); Drupal (not detected here, "
                + "#3 worldwide)", cms.expectFirst("p.shift.lower").text());
        Element thin = xk.expectFirst("h2#thin + p");
        assertEquals("Too little data to rank here (under 50 pages in the category): Web frameworks.", thin.text());
        assertEquals("../../categories/web-frameworks/", thin.expectFirst("a").attr("href"));
    }

    @Test
    void theCountryListNamesEveryCountryByNameWithItsDetectedTechnologies() throws Exception {
        Document list = parse("countries/index.html");
        assertEquals("Web technologies by country | Versus", list.title());
        assertEquals(List.of(
                "France 8 technologies detected", "Germany 8 technologies detected",
                "Kosovo 2 technologies detected", "United States 8 technologies detected"),
                list.select("ul.country-list li").eachText());
        assertEquals(List.of("../countries/fr/", "../countries/de/", "../countries/xk/", "../countries/us/"), list.select("ul.country-list a").eachAttr("href"));
        JsonNode items = new ObjectMapper().readTree(list.select("script[type=application/ld+json]").get(2).data());
        assertEquals("ItemList", items.get("@type").asText());
        assertEquals(4, items.get("numberOfItems").asInt());
        assertEquals("https://example.org/tech/countries/xk/", items.at("/itemListElement/2/url").asText());
    }

    @Test
    void comparisonCountryRowsLinkToCountryPagesThatExist() throws Exception {
        Document page = parse("compare/django-vs-flask/index.html");
        List<String> hrefs = page.select("section[aria-labelledby=countries] tbody th a").eachAttr("href");
        // Combined counts: US 36,000, DE 6,700, FR 4,200, XK 40.
        assertEquals(List.of("../../countries/us/", "../../countries/de/", "../../countries/fr/",
                "../../countries/xk/"), hrefs);
        Path folder = dir.resolve("site/compare/django-vs-flask");
        for (String href : hrefs) {
            assertTrue(Files.isRegularFile(folder.resolve(href).resolve("index.html").normalize()), href);
        }
    }
}
