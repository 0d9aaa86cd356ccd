package dev.versus.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Technology pages, category pages and the list of categories of the fixture build, read with
 * jsoup selectors. Expected figures are worked out by hand from valid-small.json in the comments.
 */
class TechnologyAndCategoryPagesTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws Exception {
        FixtureSite.build(dir.resolve("site"));
    }

    static Document parse(String file) throws Exception {
        return Jsoup.parse(Files.readString(dir.resolve("site").resolve(file)), FixtureSite.BASE + file);
    }

    static List<String> texts(Element scope, String selector) {
        return scope.select(selector).eachText();
    }

    static List<List<String>> rows(Element table) {
        List<List<String>> rows = new ArrayList<>();
        for (Element row : table.select("tbody tr")) {
            rows.add(row.children().eachText());
        }
        return rows;
    }

    static JsonNode jsonLd(Document page, String type) throws Exception {
        for (Element script : page.select("script[type=application/ld+json]")) {
            JsonNode json = new ObjectMapper().readTree(script.data());
            if (json.path("@type").asText().equals(type)) {
                return json;
            }
        }
        throw new AssertionError("no " + type + " JSON-LD");
    }

    @Test
    void technologyPageHeadNamesItsFigures() throws Exception {
        Document page = parse("technologies/django/index.html");
        assertEquals("Django — web framework usage and market share | Versus", page.title());
        assertEquals("https://example.org/tech/technologies/django/", page.expectFirst("link[rel=canonical]").attr("href"));
        // 67,300 / 974,000 = 6.91%; 67,300 / 64,200 (1 July 2022) - 1 = +4.83%; four others in web frameworks
        assertEquals("Django is detected on 67,300 pages, #2 of 5 in Web frameworks with a 6.9% market share."
                        + " Change: +4.8% since 1 July 2022. Compared with 4 other technologies.",
                page.expectFirst("meta[name=description]").attr("content"));
        assertEquals(List.of("Home", "Web frameworks", "Django"), texts(page, "nav.crumbs li"));
        assertEquals("../../categories/web-frameworks/", page.expectFirst("nav.crumbs a:contains(Web frameworks)").attr("href"));
        JsonNode crumbs = jsonLd(page, "BreadcrumbList").path("itemListElement");
        assertEquals("https://example.org/tech/categories/web-frameworks/", crumbs.get(1).path("item").asText());
        assertEquals("https://example.org/tech/technologies/django/", crumbs.get(2).path("item").asText());
    }

    @Test
    void technologyPageShowsFactsRankShareAndChange() throws Exception {
        Document page = parse("technologies/django/index.html");
        assertEquals("Django is detected on 67,300 pages. It ranks #2 of 5 in Web frameworks.",
                page.expectFirst("article > p.lede").text());
        assertEquals("Django is a high-level Python web framework.", page.expectFirst("div.editor-text").text());
        assertEquals("djangoproject.com", page.expectFirst("table.facts a[rel='nofollow noopener']").text());
        assertEquals(List.of("Open source", "Free"), texts(page, "table.facts .badge"));
        assertNull(page.selectFirst("table.facts th:matchesOwn(Headquarters)"), "Django's headquarters are not known");
        // Web frameworks: 812,000 + 67,300 + 52,900 + 41,800 + 0 = 974,000
        assertEquals(List.of(List.of("Web frameworks", "#2 of 5", "6.9%", "974,000")),
                rows(page.expectFirst("table.standings")));
        assertEquals("Change since 1 July 2022", page.expectFirst("h2#change").text());
        assertEquals("From 64,200 pages on 1 July 2022 to 67,300 pages on 1 January 2023: +4.8%.",
                page.expectFirst("section[aria-labelledby=change] p.lede").text());
        assertEquals(List.of("1 February 2022", "1 July 2022", "1 January 2023"),
                texts(page, "table.history tbody th"));
    }

    @Test
    void technologyPageHasHeadquartersWhenKnownAndEveryCategory() throws Exception {
        Document page = parse("technologies/react/index.html");
        assertEquals("Menlo Park, United States",
                page.expectFirst("table.facts tr:has(th:matchesOwn(Headquarters)) td").text());
        // JavaScript libraries: 6,020,000 + 812,000 = 6,832,000; 812,000 / 6,832,000 = 11.89%
        // Web frameworks: 812,000 / 974,000 = 83.37%
        assertEquals(List.of(List.of("JavaScript libraries", "#2 of 2", "11.9%", "6,832,000"),
                List.of("Web frameworks", "#1 of 5", "83.4%", "974,000")), rows(page.expectFirst("table.standings")));
    }

    @Test
    void technologyPageCountryTableAndChartAreTheTopCountriesAsSharesOfItsTotal() throws Exception {
        Document page = parse("technologies/django/index.html");
        Element section = page.expectFirst("section[aria-labelledby=countries]");
        // 21,000 / 67,300 = 31.20%; 4,100 / 67,300 = 6.09%; 2,300 / 67,300 = 3.42%; 40 / 67,300 = 0.0594%
        assertEquals(List.of(List.of("United States", "21,000", "31.2%"), List.of("Germany", "4,100", "6.1%"),
                List.of("France", "2,300", "3.4%"), List.of("Kosovo", "40", "0.059%")),
                rows(section.expectFirst("table")));
        assertEquals("Django is detected most in the United States, Germany, and France.",
                section.expectFirst("p.lede").text());
        assertEquals("These country figures are modeled, not measured; the methodology page explains how.",
                section.expectFirst("p.modeled").text());
        assertEquals(List.of("United States", "Germany", "France", "Kosovo"), texts(section, "svg text.label"));
        assertEquals(4, section.select("svg rect").size());
        assertEquals("Share of Django's pages by country", section.expectFirst("svg title").text());
    }

    @Test
    void technologyPageListsAwardsBestFirst() throws Exception {
        Document page = parse("technologies/django/index.html");
        // Web frameworks in Germany: react 41,000, django 4,100, flask 2,600, ruby-on-rails 1,800 -> 2nd;
        // France: react 36,000, django 2,300, flask 1,900, rails 1,200 -> 2nd; United States: react
        // 260,000, rails 24,000, django 21,000 -> 3rd. Equal ranks by Django's count: Germany first.
        // Kosovo sums to 40, below the 50 an award needs.
        assertEquals(List.of("⭐ 2nd most popular in Germany in the Web frameworks category",
                "⭐ 2nd most popular in France in the Web frameworks category",
                "⭐ 3rd most popular in the United States in the Web frameworks category"),
                texts(page, "ul.awards li"));
    }

    @Test
    void technologyPageLinksEveryComparisonUnderTheCategoryItIsListedIn() throws Exception {
        Document page = parse("technologies/react/index.html");
        Element section = page.expectFirst("section[aria-labelledby=comparisons]");
        assertEquals(List.of("JavaScript libraries 1 comparison", "Web frameworks 4 comparisons"), texts(section, "h3"));
        // by the other's total: django 67,300, ruby-on-rails 52,900, flask 41,800, web2py 0
        assertEquals(List.of("React vs jQuery", "React vs Django", "React vs Ruby on Rails", "React vs Flask",
                "React vs web2py"), texts(section, "ul.link-columns a"));
        assertEquals(List.of("../../compare/jquery-vs-react/", "../../compare/django-vs-react/",
                "../../compare/react-vs-ruby-on-rails/", "../../compare/flask-vs-react/",
                "../../compare/react-vs-web2py/"), section.select("ul.link-columns a").eachAttr("href"));
    }

    @Test
    void aTechnologyDetectedNowhereSaysSoAndHasNoCountrySection() throws Exception {
        Document page = parse("technologies/web2py/index.html");
        assertEquals("web2py was not detected on any pages. It ranks #5 of 5 in Web frameworks.",
                page.expectFirst("article > p.lede").text());
        assertNull(page.selectFirst("section[aria-labelledby=countries]"));
        assertNull(page.selectFirst("section[aria-labelledby=change]"), "web2py has no earlier total");
        assertNull(page.selectFirst("div.editor-text"), "web2py has no about text");
        assertEquals("No top-30 rank in any country with enough data.",
                page.expectFirst("section[aria-labelledby=awards] p:not(.modeled)").text());
    }

    @Test
    void categoryPageRanksEveryTechnologyWithShareAndChange() throws Exception {
        Document page = parse("categories/web-frameworks/index.html");
        assertEquals("Web frameworks — 5 technologies ranked by usage | Versus", page.title());
        assertEquals(List.of("Home", "Categories", "Web frameworks"), texts(page, "nav.crumbs li"));
        // shares of 974,000; changes since 1 July 2022: 812,000 / 761,000 = +6.70%,
        // 67,300 / 64,200 = +4.83%, 41,800 / 40,100 = +4.24%; rails and web2py have no history
        assertEquals(List.of(
                List.of("1", "React", "812,000", "83.4%", "+6.7%"),
                List.of("2", "Django", "67,300", "6.9%", "+4.8%"),
                List.of("3", "Ruby on Rails", "52,900", "5.4%", "—"),
                List.of("4", "Flask", "41,800", "4.3%", "+4.2%"),
                List.of("5", "web2py", "0", "0.0%", "—")), rows(page.expectFirst("table.ranking")));
        assertEquals("Changes are since 1 July 2022, the date of the previous snapshot.",
                page.expectFirst("section[aria-labelledby=ranking] p.note").text());
        assertEquals("The Web frameworks category has 5 technologies. React leads with a market share of 83.4%.",
                page.expectFirst("article > p.lede").text());
        assertEquals("Web frameworks: 5 technologies ranked by the pages they are detected on. React leads with"
                        + " 83.4%, then Django (6.9%) and Ruby on Rails (5.4%). 10 comparisons.",
                page.expectFirst("meta[name=description]").attr("content"));
    }

    @Test
    void categoryPageNamesEachRowsDateWhenTheyDiffer() throws Exception {
        Document page = parse("categories/javascript-libraries/index.html");
        // jquery's latest earlier total is 6,110,000 on 1 February 2022: 6,020,000 / 6,110,000 - 1 = -1.47%
        assertEquals(List.of(
                List.of("1", "jQuery", "6,020,000", "88.1%", "\u22121.5% since 1 February 2022"),
                List.of("2", "React", "812,000", "11.9%", "+6.7% since 1 July 2022")),
                rows(page.expectFirst("table.ranking")));
        assertNull(page.selectFirst("section[aria-labelledby=ranking] p.note"));
    }

    @Test
    void categoryPageChartsEachShareAndDescribesTheRankingAsAnItemList() throws Exception {
        Document page = parse("categories/cms/index.html");
        // 4,380,000 + 151,000 + 98,200 = 4,629,200: 94.62%, 3.26%, 2.12%
        assertEquals(List.of("94.6%", "3.3%", "2.1%"), texts(page, "svg text.value"));
        assertEquals(List.of("WordPress", "Squarespace", "Drupal"), texts(page, "svg text.label"));
        JsonNode list = jsonLd(page, "ItemList");
        assertEquals(3, list.path("numberOfItems").asInt());
        assertEquals("https://example.org/tech/technologies/squarespace/",
                list.path("itemListElement").get(1).path("url").asText());
        assertEquals(2, list.path("itemListElement").get(1).path("position").asInt());
    }

    @Test
    void categoryPageListsEachComparisonFiledUnderItInAlphabeticalOrderOnOnePage() throws Exception {
        Document page = parse("categories/web-frameworks/index.html");
        Element section = page.expectFirst("section[aria-labelledby=comparisons]");
        assertEquals(List.of("Django vs Flask", "Django vs React", "Django vs Ruby on Rails", "Django vs web2py",
                "Flask vs React", "Flask vs Ruby on Rails", "Flask vs web2py", "React vs Ruby on Rails",
                "React vs web2py", "Ruby on Rails vs web2py"), texts(section, "ul.link-columns a"));
        assertEquals("All 10, in alphabetical order.", section.expectFirst("p").text());
        assertNull(section.selectFirst("nav.pager"), "ten links fit on one page");
        assertNull(page.selectFirst("section[aria-labelledby=top-comparisons]"),
                "with five technologies the list of all comparisons already has every pair of leaders");
        assertEquals(List.of("jQuery vs React"),
                texts(parse("categories/javascript-libraries/index.html"), "section[aria-labelledby=comparisons] a"));
    }

    @Test
    void categoriesIndexListsEveryCategoryByNameWithItsCountAndLeader() throws Exception {
        Document page = parse("categories/index.html");
        assertEquals("https://example.org/tech/categories/", page.expectFirst("link[rel=canonical]").attr("href"));
        assertEquals(List.of(List.of("Content management systems", "3", "WordPress"),
                List.of("JavaScript libraries", "2", "jQuery"), List.of("Web frameworks", "5", "React")),
                rows(page.expectFirst("table.category-list")));
        assertEquals("../categories/cms/", page.expectFirst("table.category-list a").attr("href"));
        assertEquals("../categories/", page.expectFirst("header a:matchesOwn(^Categories$)").attr("href"));
        assertEquals(List.of("Home", "Categories"), texts(page, "nav.crumbs li"));
    }

    @Test
    void everyLinkInTheMainPartOfThesePagesLeadsToABuiltFile() throws Exception {
        Path site = dir.resolve("site");
        List<String> pages = new ArrayList<>();
        try (var walk = Files.walk(site)) {
            walk.filter(file -> file.toString().endsWith("index.html"))
                    .map(file -> site.relativize(file).toString().replace('\\', '/'))
                    .filter(file -> file.startsWith("technologies/") || file.startsWith("categories/"))
                    .forEach(pages::add);
        }
        assertEquals(13, pages.size(), "9 technologies, 3 categories and the list of categories");
        int checked = 0;
        for (String file : pages) {
            for (Element link : parse(file).select("main a[href]")) {
                String href = link.attr("href");
                if (href.startsWith("https://") || href.startsWith("http://")) {
                    continue;
                }
                Path target = site.resolve(file).getParent().resolve(href).normalize();
                Path resolved = href.endsWith("/") ? target.resolve("index.html") : target;
                assertTrue(Files.isRegularFile(resolved), file + " links to " + href + ", which was not built");
                checked++;
            }
        }
        assertTrue(checked > 100, "links were checked: " + checked);
    }
}
