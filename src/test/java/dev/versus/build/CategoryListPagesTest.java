package dev.versus.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

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
 * A category with more comparisons than one page holds, from many-pairs.json: t00 to t20 are
 * beta tools (totals 21,000 down to 1,000), t00 to t02 and a-only are also alpha tools. Beta
 * lists C(21,2) = 210 pairs less the 3 among t00-t02, which alpha lists: 207, on two pages.
 */
class CategoryListPagesTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws Exception {
        SiteBuild.run(FixtureSite.options(Path.of("src/test/resources/snapshots/many-pairs.json"), dir.resolve("site")));
    }

    static Document parse(String file) throws Exception {
        return Jsoup.parse(Files.readString(dir.resolve("site").resolve(file)), FixtureSite.BASE + file);
    }

    @Test
    void theCategoryPageHoldsTheFirst200AndLinksToTheSecondPage() throws Exception {
        Document page = parse("categories/beta/index.html");
        Element section = page.expectFirst("section[aria-labelledby=comparisons]");
        List<String> links = section.select("ul.link-columns a").eachText();
        assertEquals(200, links.size());
        assertEquals("Tech 00 vs Tech 03", links.get(0));
        assertEquals("Tech 16 vs Tech 19", links.get(199));
        assertEquals("Comparisons 1 to 200 of 207, in alphabetical order.", section.expectFirst("p").text());
        assertEquals("3 comparisons of two technologies that share another category are listed under the first"
                + " category they share.", section.expectFirst("p.note").text());
        Element pager = section.expectFirst("nav.pager");
        assertEquals("1", pager.expectFirst("[aria-current=page]").text());
        assertEquals(List.of("../../categories/beta/page/2/", "../../categories/beta/page/2/"),
                pager.select("a").eachAttr("href"));
        assertEquals("next", pager.expectFirst("a:contains(Next page)").attr("rel"));
        assertNull(pager.selectFirst("a:contains(Previous page)"));
    }

    @Test
    void theSecondPageHoldsTheRestWithItsOwnCanonicalAndItemList() throws Exception {
        Document page = parse("categories/beta/page/2/index.html");
        assertEquals("https://example.org/tech/categories/beta/page/2/", page.expectFirst("link[rel=canonical]").attr("href"));
        assertEquals("Beta tools comparisons, page 2 of 2 | Versus", page.title());
        assertEquals("Beta tools comparisons 201 to 207 of 207, from Tech 16 vs Tech 20 to Tech 19 vs Tech 20.",
                page.expectFirst("meta[name=description]").attr("content"));
        assertEquals(List.of("Home", "Categories", "Beta tools", "Page 2"), page.select("nav.crumbs li").eachText());
        assertEquals(List.of("Tech 16 vs Tech 20", "Tech 17 vs Tech 18", "Tech 17 vs Tech 19", "Tech 17 vs Tech 20",
                "Tech 18 vs Tech 19", "Tech 18 vs Tech 20", "Tech 19 vs Tech 20"),
                page.select("section[aria-labelledby=comparisons] ul.link-columns a").eachText());
        assertEquals("../../../../compare/t16-vs-t20/", page.expectFirst("ul.link-columns a").attr("href"));
        Element pager = page.expectFirst("nav.pager");
        assertEquals(List.of("../../../../categories/beta/", "../../../../categories/beta/"),
                pager.select("a").eachAttr("href"));
        assertEquals("prev", pager.expectFirst("a:contains(Previous page)").attr("rel"));
        JsonNode list = null;
        for (Element script : page.select("script[type=application/ld+json]")) {
            JsonNode json = new ObjectMapper().readTree(script.data());
            if (json.path("@type").asText().equals("ItemList")) {
                list = json;
            }
        }
        assertEquals(207, list.path("numberOfItems").asInt());
        assertEquals(201, list.path("itemListElement").get(0).path("position").asInt());
        assertEquals("https://example.org/tech/compare/t16-vs-t20/", list.path("itemListElement").get(0).path("url").asText());
    }

    @Test
    void noThirdPageIsBuiltAndTheSmallCategoryHasNoSecondPage() {
        assertFalse(Files.exists(dir.resolve("site/categories/beta/page/3/index.html")));
        assertFalse(Files.exists(dir.resolve("site/categories/beta/page/1/index.html")), "page 1 is the category page");
        assertFalse(Files.exists(dir.resolve("site/categories/alpha/page")));
    }

    @Test
    void aLargeCategoryLinksTheComparisonsAmongItsTenLeaders() throws Exception {
        Document page = parse("categories/beta/index.html");
        List<String> links = page.select("section[aria-labelledby=top-comparisons] a").eachText();
        // C(10,2) = 45, the better-ranked named first: t00 leads with 21,000
        assertEquals(45, links.size());
        assertEquals("Tech 00 vs Tech 01", links.get(0));
        assertEquals("Tech 08 vs Tech 09", links.get(44));
        // eleven more than ten: the chart has the ten and "Other" (t10..t20: 11,000 + ... + 1,000 = 66,000)
        List<String> labels = page.select("svg text.label").eachText();
        assertEquals(11, labels.size());
        assertEquals("Other", labels.get(10));
        // beta total: 1,000 * (1 + ... + 21) = 231,000; 66,000 / 231,000 = 28.57%
        assertEquals("28.6%", page.select("svg text.value").get(10).text());
    }

    @Test
    void aTechnologyInTwoCategoriesGroupsItsComparisonsWhereTheyAreListed() throws Exception {
        Document page = parse("technologies/t01/index.html");
        Element section = page.expectFirst("section[aria-labelledby=comparisons]");
        assertEquals(List.of("Alpha tools 3 comparisons", "Beta tools 18 comparisons"), section.select("h3").eachText());
        assertEquals(List.of("Tech 01 vs Tech 00", "Tech 01 vs Tech 02", "Tech 01 vs Alpha only"),
                section.select("ul.link-columns").get(0).select("a").eachText());
        assertEquals("Tech 01 vs Tech 03", section.select("ul.link-columns").get(1).expectFirst("a").text());
    }
}
