package dev.versus.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Django vs Flask page of the fixture build, read with jsoup selectors. Expected figures are
 * worked out by hand from valid-small.json in the comments.
 */
class ComparisonPageTest {
    @TempDir
    static Path dir;
    static Document page;
    static JsonNode twin;

    @BeforeAll
    static void build() throws Exception {
        FixtureSite.build(dir.resolve("site"));
        page = parse("compare/django-vs-flask/index.html");
        twin = new ObjectMapper().readTree(page.expectFirst("script#comparison-data").data());
    }

    static Document parse(String file) throws Exception {
        Path path = dir.resolve("site").resolve(file);
        return Jsoup.parse(Files.readString(path), FixtureSite.BASE + file);
    }

    @Test
    void headHasTitleDescriptionLanguageAndCanonical() {
        assertEquals("en", page.expectFirst("html").attr("lang"));
        assertEquals("Django vs Flask — usage compared | Versus", page.title());
        assertEquals("https://example.org/tech/compare/django-vs-flask/",
                page.expectFirst("link[rel=canonical]").attr("href"));
        String description = page.expectFirst("meta[name=description]").attr("content");
        assertTrue(description.contains("61% more popular"), description);
        assertNull(page.selectFirst("meta[name=robots]"), "a pair with enough data is indexable");
    }

    @Test
    void popularitySentenceUsesTheRoundedRatio() {
        // r = 67,300 / 41,800 = 1.61004...; 1.1 <= r < 2, so p = round(61.004) = 61.
        assertEquals("The Django web framework is 61% more popular than Flask.",
                page.expectFirst("section[aria-labelledby=popularity] p.lede").text());
        assertEquals("Django is more popular than Flask.", page.expectFirst("ul.summary li").text());
    }

    @Test
    void totalsAndMarketSharesAreShownRounded() {
        List<String> totals = cells("section[aria-labelledby=popularity] tbody tr:eq(0) td");
        assertEquals(List.of("67,300 pages", "41,800 pages"), totals);
        // Web frameworks sum: 812,000 + 67,300 + 52,900 + 41,800 + 0 = 974,000.
        // 67,300 / 974,000 = 6.9096%; 41,800 / 974,000 = 4.2916%.
        assertEquals(List.of("6.9%", "4.3%"), cells("section[aria-labelledby=popularity] tbody tr:eq(1) td"));
    }

    @Test
    void factsShowRanksWebsitesAndBadges() {
        // Ranking: react 812,000; django 67,300; ruby-on-rails 52,900; flask 41,800; web2py 0.
        Element rank = page.expectFirst("table.facts tr:has(th:matchesOwn(^Rank$))");
        assertEquals("#2 of 5 in Web frameworks", rank.child(1).text());
        assertEquals("#4 of 5 in Web frameworks", rank.child(2).text());
        Element website = page.expectFirst("table.facts a[href=https://www.djangoproject.com]");
        assertEquals("nofollow noopener", website.attr("rel"));
        assertEquals("djangoproject.com", website.text());
        assertEquals("Open source Free", page.expectFirst("table.facts tr:has(th:matchesOwn(^Pricing$)) td").text());
        assertEquals("Django is a high-level Python web framework.",
                page.expectFirst("table.facts tr:has(th:matchesOwn(^About$)) td").text());
        assertNotNull(page.selectFirst("table.facts tr:has(th:matchesOwn(^About$)) td strong"));
    }

    @Test
    void countrySentencesSpeakOfTheSharesTheChartDraws() {
        // Each side's share of its own total, with the minimum of 20 combined:
        // US  Django 21,000/67,300 = .3120, Flask 15,000/41,800 = .3589: Flask +.0468
        // FR  Django  2,300/67,300 = .0342, Flask  1,900/41,800 = .0455: Flask +.0113
        // DE  Django  4,100/67,300 = .0609, Flask  2,600/41,800 = .0622: Flask +.0013
        // XK  Django     40/67,300 = .0006, Flask      0:               Django
        // Django has more pages in US, DE and FR, but the bars (shares) show Flask ahead there.
        assertEquals("Django has a larger share of its pages in Kosovo than Flask.",
                page.select("ul.summary li").get(1).text());
        assertEquals("Flask has a larger share of its pages in the United States, France, and Germany than Django.",
                page.select("ul.summary li").get(2).text());
        assertEquals("Django has a larger share of its pages in Kosovo than Flask; Flask has a larger share of its "
                        + "pages in the United States, France, and Germany than Django.",
                page.expectFirst("section[aria-labelledby=countries] p.lede").text());
        assertEquals(List.of("US", "FR", "DE"), List.of(twin.at("/moreCountries/flask/countries/0").asText(),
                twin.at("/moreCountries/flask/countries/1").asText(), twin.at("/moreCountries/flask/countries/2").asText()));
        assertTrue(twin.at("/moreCountries/flask/relative").isMissingNode(), "one rule, nothing to flag");
        List<String> firstRow = cells("section[aria-labelledby=countries] tbody tr:eq(0) td");
        // 21,000 / 67,300 = 31.20%; 15,000 / 41,800 = 35.89%.
        assertEquals(List.of("21,000", "31.2%", "15,000", "35.9%"), firstRow);
        assertEquals("Kosovo", page.select("section[aria-labelledby=countries] tbody tr th").get(3).text(),
                "the snapshot's override names XK");
        assertEquals("These country figures are modeled, not measured; the methodology page explains how.",
                page.expectFirst("section[aria-labelledby=countries] p.modeled").text());
        // Bars scale to the table's largest share, Flask's 15,000/41,800 in the US, rounded half up:
        // Django US 21,000*41,800 / (67,300*15,000) = .8695 -> 87; DE 4,100/.. = .1698 -> 17;
        // FR 2,300/.. = .0952 -> 10; XK 40/.. = .0017 -> 0. Flask DE 2,600/15,000 = .1733 -> 17; FR .1267 -> 13.
        assertEquals(List.of("United States", "Germany", "France", "Kosovo"),
                page.select("section[aria-labelledby=countries] tbody th").eachText(), "rows by combined count");
        assertEquals(List.of("87%", "17%", "10%", "0%"), bars("countries", "a"));
        assertEquals(List.of("100%", "17%", "13%", "0%"), bars("countries", "b"));
        assertEquals("Share of each technology's pages by country",
                page.expectFirst("section[aria-labelledby=countries] table.breakdown caption").text());
    }

    /** Each row's bar widths for one technology (class a or b) in a breakdown table, top row first. */
    private List<String> bars(String section, String side) {
        Elements bars = page.select("section[aria-labelledby=" + section + "] table.breakdown td > svg.share-bar." + side);
        for (Element bar : bars) {
            assertEquals("true", bar.attr("aria-hidden"), "the cell's figure is the data; the bar is decoration");
        }
        return bars.stream().map(bar -> bar.expectFirst("rect").attr("width")).toList();
    }

    @Test
    void kindOfSiteSentencesSpeakOfTheSharesTheChartDraws() {
        // business: Django 9,000/67,300 = .1337, Flask 5,200/41,800 = .1244: Django;
        // Education & reference: Django 6,100/67,300 = .0906, Flask 7,400/41,800 = .1770: Flask.
        assertEquals("Django has a larger share of its pages on sites focused on business than Flask; Flask has a "
                        + "larger share of its pages on sites focused on education & reference than Django.",
                page.expectFirst("section[aria-labelledby=site-kinds] p.lede").text());
        // The largest share is Flask's education & reference, 7,400/41,800: Django business
        // 9,000*41,800 / (67,300*7,400) = .7554 -> 76, education 6,100*41,800 / (67,300*7,400) = .5120 -> 51;
        // Flask business 5,200/7,400 = .7027 -> 70, education 100.
        assertEquals(List.of("76%", "51%"), bars("site-kinds", "a"));
        assertEquals(List.of("70%", "100%"), bars("site-kinds", "b"));
    }

    @Test
    void awardsAreRankedBestFirstWithCorrectOrdinals() {
        // Web frameworks in DE: react 41,000, django 4,100 -> 2nd; FR: react 36,000, django 2,300 -> 2nd;
        // US: react 260,000, rails 24,000, django 21,000 -> 3rd; XK: category total 40 < 50, none.
        List<String> awards = page.select("section[aria-labelledby=awards] div:eq(0) li").eachText();
        assertEquals(List.of(
                "⭐ 2nd most popular in Germany in the Web frameworks category",
                "⭐ 2nd most popular in France in the Web frameworks category",
                "⭐ 3rd most popular in the United States in the Web frameworks category"), awards);
    }

    @Test
    void changeUsesTheMostRecentCommonDate() {
        // Common dates 2022-02-01 and 2022-07-01: 67,300/64,200 - 1 = +4.83%; 41,800/40,100 - 1 = +4.24%.
        assertEquals("Change since 1 July 2022", page.expectFirst("#change").text());
        assertEquals(List.of("+4.8%", "+4.2%"), page.select("section[aria-labelledby=change] dd").eachText(),
                "the heading gives the date once");
        // Both technologies' own latest earlier count is also 1 July 2022, so no page measures otherwise.
        assertEquals("Both are measured from their counts on 1 July 2022, the latest earlier date with a count "
                + "of each.", page.expectFirst("section[aria-labelledby=change] p.lede").text());
        assertEquals("2022-07-01", twin.at("/change/date").asText());
    }

    @Test
    void alternativesLinkToComparisonsWithTheSameTechnology() {
        // Nearest to django (#2): react (#1) and ruby-on-rails (#3) at 1, flask at 2, web2py at 3;
        // flask is on the page, so it is left out.
        List<String> hrefs = page.select("section[aria-labelledby=alternatives] div:eq(0) a").eachAttr("href");
        assertEquals(List.of("../../compare/django-vs-react/", "../../compare/django-vs-ruby-on-rails/",
                "../../compare/django-vs-web2py/"), hrefs);
    }

    @Test
    void topSitesAreShownOnlyFromTheSnapshot() {
        assertEquals(List.of("example.org (#1,234)", "example.net (#5,678)"),
                page.select("section[aria-labelledby=top-sites] div:eq(0) li").eachText());
        assertEquals("None listed in this snapshot.",
                page.expectFirst("section[aria-labelledby=top-sites] div:eq(1) p").text());
    }

    @Test
    void pageLinksToBothTechnologiesAndTheSharedCategory() {
        List<String> hrefs = page.select("section[aria-labelledby=see-also] a").eachAttr("href");
        assertTrue(hrefs.containsAll(List.of("../../technologies/django/", "../../technologies/flask/",
                "../../categories/web-frameworks/")), hrefs.toString());
        assertEquals("../../methodology/", page.expectFirst("p.disclaimer a").attr("href"));
        assertTrue(page.expectFirst("footer").text().contains("Data updated 1 January 2023."));
    }

    @Test
    void aPairWithAnUndetectedTechnologyIsWordedAndKeptOutOfSearch() throws Exception {
        Document web2py = parse("compare/django-vs-web2py/index.html");
        assertEquals("Only Django is detected; web2py was found on no pages.",
                web2py.expectFirst("section[aria-labelledby=popularity] p.lede").text());
        assertEquals("noindex", web2py.expectFirst("meta[name=robots]").attr("content"));
        JsonNode data = new ObjectMapper().readTree(web2py.expectFirst("script#comparison-data").data());
        assertTrue(data.get("ratio").isNull());
        assertTrue(data.get("noindex").asBoolean());
    }

    private static List<String> cells(String selector) {
        return page.select(selector).eachText();
    }
}
