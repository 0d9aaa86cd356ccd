package dev.versus.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.model.ContentPage;
import dev.versus.model.SiteContent;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void rawHtmlIsDroppedNotPassedThrough() {
        Document html = Jsoup.parseBodyFragment(Markdown.toSafeHtml(
                "Hello <script>alert(1)</script> world\n\n<div onclick=\"x()\">block</div>\n\n<img src=x onerror=y>"));
        assertTrue(html.select("script, div, img, [onclick], [onerror]").isEmpty(), html.body().html());
        assertEquals("Hello alert(1) world", html.selectFirst("p").text());
    }

    @Test
    void javascriptLinksAreRemovedKeepingTheirText() {
        Document html = Jsoup.parseBodyFragment(Markdown.toSafeHtml("[click](javascript:alert(1)) and [ok](https://example.org/)"));
        assertEquals(1, html.select("a").size());
        assertEquals("https://example.org/", html.selectFirst("a").attr("href"));
        assertEquals("click and ok", html.selectFirst("p").text());
    }

    @Test
    void tablesAndHeadingAnchorsAreRendered() {
        Document html = Jsoup.parseBodyFragment(Markdown.toSafeHtml("## Data source\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n"));
        assertEquals("data-source", html.selectFirst("h2").id());
        assertEquals("2", html.select("table td").get(1).text());
    }

    @Test
    void relativeLinksSurviveCleaning() {
        Document html = Jsoup.parseBodyFragment(Markdown.toSafeHtml("[method](../methodology/)"));
        assertEquals("../methodology/", html.selectFirst("a").attr("href"));
    }

    @Test
    void siteContentHasEditorsTextsRenderedAndPagesKept() {
        SiteContent markdown = new SiteContent(
                List.of(new ContentPage("about.md", "about", "About", "What this is", "page", "# Us\n\n*hi*", "about.md:4:1")),
                Map.of("django", "**web**"), Map.of("cms", "<b>raw</b> text"));
        SiteContent html = Markdown.toSafeHtml(markdown);
        assertEquals(markdown.pages(), html.pages());
        assertEquals(Map.of("django", "<p><strong>web</strong></p>\n"), html.technologyTexts());
        assertEquals(Map.of("cms", "<p>raw text</p>\n"), html.categoryTexts());
    }
}
