package dev.versus.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages as a reader checks them (issue 10, item 7), on valid-small.json with two changes made
 * here: Flask gets 30 pages in Iceland (IS), where no category reaches the minimum of 50, and the
 * kind of site "business" gets a name longer than a chart's label column.
 */
class PagesThatReadRightTest {
    private static final String LONG_KIND = "Computers Electronics and Technology Services";

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode snapshot = (ObjectNode) json.readTree(FixtureSite.SNAPSHOT.toFile());
        for (JsonNode tech : snapshot.get("technologies")) {
            if (tech.get("slug").asText().equals("flask")) {
                ((ObjectNode) tech.get("usage").get("byCountry")).put("IS", 30);
            }
        }
        for (JsonNode kind : (ArrayNode) snapshot.get("siteCategories")) {
            if (kind.get("slug").asText().equals("business")) {
                ((ObjectNode) kind).put("name", LONG_KIND);
            }
        }
        Path file = dir.resolve("snapshot.json");
        json.writeValue(file.toFile(), snapshot);
        SiteBuild.run(FixtureSite.options(file, dir.resolve("site")));
    }

    static Document parse(String file) throws Exception {
        return Jsoup.parse(Files.readString(dir.resolve("site").resolve(file)), FixtureSite.BASE + file);
    }

    @Test
    void aCountryPageThatRanksNothingSaysSoIsNoindexUnlistedAndUnlinked() throws Exception {
        Document iceland = parse("countries/is/index.html");
        assertEquals("noindex", iceland.expectFirst("meta[name=robots]").attr("content"));
        // Flask is the only technology counted there; Web frameworks 30 < 50.
        assertEquals("1 technology was detected in Iceland. No category has the 50 pages here that a ranking "
                + "needs, so none is ranked.", iceland.expectFirst("main p").text());
        assertFalse(iceland.text().contains("0 categories"), iceland.text());
        String sitemap = Files.readString(dir.resolve("site/sitemaps/sitemap-1.xml"));
        assertFalse(sitemap.contains("/countries/is/"), "left out of the sitemap");
        assertTrue(sitemap.contains("/countries/xk/"), "Kosovo ranks CMS (2,100 pages), so it stays");

        // Django vs Flask: IS 0 + 30 = 30 reaches the comparison minimum of 20, so it is a row and named.
        Document pair = parse("compare/django-vs-flask/index.html");
        Element row = pair.expectFirst("section[aria-labelledby=countries] tbody tr:has(th:matchesOwn(^Iceland$))");
        assertNull(row.selectFirst("a"), "no link to a page that ranks nothing");
        assertEquals("../../countries/xk/", pair.expectFirst(
                "section[aria-labelledby=countries] tbody th:matchesOwn(^Kosovo$) a, "
                        + "section[aria-labelledby=countries] tbody th a:matchesOwn(^Kosovo$)").attr("href"));
    }

    @Test
    void aLongKindOfSiteIsWrittenWholeInTheBreakdownTable() throws Exception {
        // The bars are in the table's cells, so no label column cuts it (BarChartsTest covers the
        // cut in the chart view, for templates that draw one).
        Document pair = parse("compare/django-vs-flask/index.html");
        assertEquals(List.of(LONG_KIND, "Education & reference"),
                pair.select("section[aria-labelledby=site-kinds] tbody th").eachText());
    }

    @Test
    void theHomePageNamesPairsInTheOrderOfTheirPages() throws Exception {
        Document home = parse("index.html");
        for (Element link : home.select("section[aria-labelledby=top-comparisons] li a")) {
            Document target = parse(link.attr("href") + "index.html");
            assertTrue(target.expectFirst("h1").text().startsWith(link.text()),
                    link.text() + " links to a page headed " + target.expectFirst("h1").text());
        }
    }

    @Test
    void missingFactsReadNotKnownAndNoRowIsRepeated() throws Exception {
        Document pair = parse("compare/django-vs-flask/index.html");
        // Flask has no about text and no headquarters; Django has neither headquarters.
        assertEquals("Not known", pair.expectFirst("table.facts tr:has(th:matchesOwn(^About$)) td:eq(2)").text());
        assertEquals(0, pair.select("table.facts th:matchesOwn(^Detected on$)").size(),
                "the count is in the Popularity table, once");
        assertEquals(1, pair.select("th:matchesOwn(^Detected on$)").size());
    }

    @Test
    void aComparisonSaysWhichBaselineItsChangeIsMeasuredFromAndUsesARealMinus() throws Exception {
        // jQuery's history ends 2022-02-01, React's 2022-07-01: the common date is 1 February 2022.
        // jQuery 6,020,000 / 6,110,000 - 1 = -1.47%.
        Document pair = parse("compare/jquery-vs-react/index.html");
        assertEquals("Change since 1 February 2022", pair.expectFirst("#change").text());
        assertEquals("Both are measured from their counts on 1 February 2022, the latest earlier date with a count "
                        + "of each. React's own page measures from 1 July 2022, its latest earlier count.",
                pair.expectFirst("section[aria-labelledby=change] p.lede").text());
        String jquery = pair.select("section[aria-labelledby=change] dd").get(0).text();
        assertEquals("\u22121.5%", jquery, "U+2212, and no date: the heading has it");
        Document react = parse("technologies/react/index.html");
        assertEquals("Change since 1 July 2022", react.expectFirst("h2#change").text());
    }

    @Test
    void everyPageHeadHasSiteNameLocaleAndTheSnapshotDateAsDateModified() throws Exception {
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(dir.resolve("site"))) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        ObjectMapper json = new ObjectMapper();
        List<String> wrong = new ArrayList<>();
        for (Path file : pages) {
            Document page = Jsoup.parse(Files.readString(file));
            boolean dated = false;
            for (Element script : page.select("head script[type=application/ld+json]")) {
                JsonNode node = json.readTree(script.data());
                dated |= node.path("@type").asText().equals("WebPage")
                        && node.path("dateModified").asText().equals("2023-01-01");
            }
            if (!page.expectFirst("meta[property=og:site_name]").attr("content").equals("Versus")
                    || !page.expectFirst("meta[property=og:locale]").attr("content").equals("en_US") || !dated) {
                wrong.add(dir.resolve("site").relativize(file).toString());
            }
        }
        assertTrue(pages.size() > 30, "pages checked: " + pages.size());
        assertEquals(List.of(), wrong);
    }

    @Test
    void theMethodologyPageNamesTheRuleThePagesApplyAndTheKindsTheyShow() throws Exception {
        String text = parse("methodology/index.html").expectFirst("main").text();
        assertTrue(text.contains("larger share of its own total"), "the rule of the country and kind-of-site sentences");
        assertFalse(text.contains("relatively more popular"), "the old fallback is gone");
        assertTrue(text.contains("Each count is a number of pages"), text);
    }
}
