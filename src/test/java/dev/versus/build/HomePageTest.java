package dev.versus.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The home page, the search page and the search index of the fixture build. */
class HomePageTest {
    @TempDir
    static Path dir;
    static Document home;

    @BeforeAll
    static void build() throws Exception {
        FixtureSite.build(dir.resolve("site"));
        home = parse("index.html");
    }

    static Document parse(String file) throws Exception {
        return Jsoup.parse(Files.readString(dir.resolve("site").resolve(file)), FixtureSite.BASE + file);
    }

    @Test
    void headSaysWhatTheSiteHoldsWithoutABreadcrumbTrail() {
        assertEquals("Versus — 9 web technologies compared by usage", home.title());
        assertEquals("https://example.org/tech/", home.expectFirst("link[rel=canonical]").attr("href"));
        assertEquals("Compare how widely 9 web technologies are used: 14 side-by-side comparisons in 3 categories, "
                + "from counts of pages as of 1 January 2023.", home.expectFirst("meta[name=description]").attr("content"));
        assertNull(home.selectFirst("nav.crumbs"), "the home page is the trail's start");
        assertNull(home.selectFirst("meta[name=robots]"));
    }

    @Test
    void everyCategoryHasAPlainLinkThatWorksWithoutScripts() {
        List<Element> links = home.select("section[aria-labelledby=categories] ul.category-list a");
        assertEquals(List.of("categories/web-frameworks/", "categories/cms/", "categories/javascript-libraries/"),
                links.stream().map(a -> a.attr("href")).toList());
        assertEquals(List.of("Web frameworks 5 technologies", "Content management systems 3 technologies",
                "JavaScript libraries 2 technologies"),
                home.select("section[aria-labelledby=categories] ul.category-list li").eachText());
        assertEquals("countries/", home.expectFirst("section[aria-labelledby=categories] a[href=countries/]").attr("href"));
    }

    @Test
    void popularTechnologiesAndTheTopPairOfTheBiggestCategories() {
        // Totals descending; web2py (0) is left out.
        assertEquals(List.of("jQuery", "WordPress", "React", "Squarespace", "Drupal", "Django", "Ruby on Rails",
                "Flask"), home.select("section[aria-labelledby=popular] li a").eachText());
        assertEquals("technologies/jquery/", home.expectFirst("section[aria-labelledby=popular] li a").attr("href"));
        // Category totals: JavaScript libraries 6,832,000 > CMS 4,629,200 > Web frameworks 974,000.
        Elements pairs = new Elements(home.select("section[aria-labelledby=top-comparisons] li a"));
        // Named in the order of the pages they link to: each page's heading is "first vs second" by slug.
        assertEquals(List.of("jQuery vs React", "Squarespace vs WordPress", "Django vs React"), pairs.texts());
        assertEquals(List.of("compare/jquery-vs-react/", "compare/squarespace-vs-wordpress/", "compare/django-vs-react/"),
                pairs.hrefs());
        for (String href : pairs.hrefs()) {
            assertTrue(Files.isRegularFile(dir.resolve("site").resolve(href).resolve("index.html")), href);
        }
    }

    private record Elements(List<Element> list) {
        List<String> texts() {
            return list.stream().map(Element::text).toList();
        }

        List<String> hrefs() {
            return list.stream().map(e -> e.attr("href")).toList();
        }
    }

    @Test
    void jsonLdDescribesTheWebsiteAndListsTheCategories() throws Exception {
        List<Element> scripts = home.select("script[type=application/ld+json]");
        // The page's own WebPage (dateModified) and the site's graph; no breadcrumb list on the home page.
        assertEquals(2, scripts.size());
        assertEquals("WebPage", new ObjectMapper().readTree(scripts.get(0).data()).get("@type").asText());
        assertFalse(scripts.get(0).data().contains("BreadcrumbList") || scripts.get(1).data().contains("BreadcrumbList"));
        JsonNode graph = new ObjectMapper().readTree(scripts.get(1).data()).get("@graph");
        assertEquals("WebSite", graph.at("/0/@type").asText());
        assertEquals("https://example.org/tech/", graph.at("/0/url").asText());
        assertFalse(graph.get(0).has("potentialAction"), "no SearchAction");
        assertEquals("ItemList", graph.at("/1/@type").asText());
        assertEquals(3, graph.at("/1/numberOfItems").asInt());
        assertEquals("https://example.org/tech/categories/cms/", graph.at("/1/itemListElement/1/url").asText());
    }

    @Test
    void theSearchBoxIsAPlainFormToTheSearchPageWithItsIndexAndScript() throws Exception {
        Element form = home.expectFirst("form.search[role=search]");
        assertEquals("search/", form.attr("action"));
        assertEquals("get", form.attr("method"));
        assertEquals("search-index.json", form.attr("data-index"));
        assertEquals("./", form.attr("data-root"));
        assertEquals("q", form.expectFirst("input[type=search]").attr("name"));
        assertEquals("e.g. jQuery vs React", form.expectFirst("input").attr("placeholder"));
        assertEquals(form.expectFirst("input").id(), form.expectFirst("label").attr("for"));
        assertEquals("assets/search.js", home.expectFirst("script[src$=search.js]").attr("src"));

        Document search = parse("search/index.html");
        assertEquals("Search technologies and comparisons | Versus", search.title());
        assertEquals(List.of("Home", "Search"), search.select("nav.crumbs li").eachText());
        Element searchForm = search.expectFirst("form.search");
        assertEquals("../search/", searchForm.attr("action"));
        assertEquals("../search-index.json", searchForm.attr("data-index"));
        assertEquals("../", searchForm.attr("data-root"));
        assertEquals("../assets/search.js", search.expectFirst("script[src$=search.js]").attr("src"));
        // Without scripts: links to every category and to the country pages.
        Document fallback = Jsoup.parse(search.expectFirst("noscript").html(), FixtureSite.BASE + "search/");
        assertEquals(List.of("../categories/", "../#categories", "../countries/"), fallback.select("a").eachAttr("href"));
    }

    @Test
    void theSearchIndexListsTechnologiesWithCategoryIdsFromWhichEveryComparisonFollows() throws Exception {
        JsonNode index = new ObjectMapper().readTree(dir.resolve("site/search-index.json").toFile());
        assertEquals(1, index.get("version").asInt());
        List<String> categories = new ArrayList<>();
        index.get("categories").forEach(c -> categories.add(c.get(0).asText() + "=" + c.get(1).asText()));
        assertEquals(List.of("web-frameworks=Web frameworks", "cms=Content management systems",
                "javascript-libraries=JavaScript libraries"), categories);
        List<String> techs = new ArrayList<>();
        index.get("technologies").forEach(t -> techs.add(t.get(1).asText()));
        assertEquals(List.of("jquery", "wordpress", "react", "squarespace", "drupal", "django", "ruby-on-rails",
                "flask", "web2py"), techs, "most used first");
        JsonNode react = index.get("technologies").get(2);
        assertEquals("React", react.get(0).asText());
        assertEquals("[2,0]", react.get(2).toString(), "javascript-libraries and web-frameworks");

        // What the script does: two technologies sharing a category id, slugs in code-point order.
        Set<String> derived = new TreeSet<>();
        JsonNode all = index.get("technologies");
        for (JsonNode a : all) {
            for (JsonNode b : all) {
                String x = a.get(1).asText();
                String y = b.get(1).asText();
                if (x.compareTo(y) < 0 && shareAnId(a.get(2), b.get(2))) {
                    derived.add("compare/" + x + "-vs-" + y + "/index.html");
                }
            }
        }
        Set<String> built = new TreeSet<>(FixtureSite.files(dir.resolve("site")).keySet().stream()
                .filter(path -> path.startsWith("compare/")).toList());
        assertEquals(built, derived);
    }

    private static boolean shareAnId(JsonNode a, JsonNode b) {
        for (JsonNode id : a) {
            for (JsonNode other : b) {
                if (id.asInt() == other.asInt()) {
                    return true;
                }
            }
        }
        return false;
    }
}
