package dev.versus.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Markdown pages of the fixture build, and what the methodology page adds. */
class ContentPageTest {
    @TempDir
    static Path dir;
    static Document methodology;

    @BeforeAll
    static void build() throws Exception {
        FixtureSite.build(dir.resolve("site"));
        methodology = Jsoup.parse(Files.readString(dir.resolve("site/methodology/index.html")));
    }

    @Test
    void methodologyStatesTheThresholdsInForce() {
        List<String> thresholds = methodology.select("h3:matchesOwn(Thresholds) + ul li").eachText();
        assertEquals(3, thresholds.size());
        assertTrue(thresholds.get(0).contains("at least 20 there"), thresholds.get(0));
        assertTrue(thresholds.get(1).contains("at least 50 there"), thresholds.get(1));
        assertTrue(thresholds.get(2).contains("fewer than 100"), thresholds.get(2));
    }

    @Test
    void methodologySaysWhichFiguresAreModeled() {
        assertEquals(List.of("Totals: measured", "By country: modeled", "By kind of site: modeled",
                "Earlier totals: measured", "Top sites: measured"),
                methodology.select("h3:matchesOwn(Measured or modeled) + ul li").eachText());
    }

    @Test
    void methodologyRendersTheSnapshotNotesAsMarkdown() {
        assertEquals("detected", methodology.expectFirst("h3:matchesOwn(Notes from the snapshot) ~ p strong").text());
    }

    @Test
    void methodologyDescribesTheSnapshotAsADataset() throws Exception {
        JsonNode dataset = null;
        for (var script : methodology.select("script[type=application/ld+json]")) {
            JsonNode node = new ObjectMapper().readTree(script.data());
            if ("Dataset".equals(node.get("@type").asText())) {
                dataset = node;
            }
        }
        assertEquals("Web technology usage, January 2023", dataset.get("name").asText());
        assertEquals("2023-01-01", dataset.get("dateModified").asText());
        assertEquals("https://example.org/tech/methodology/", dataset.get("url").asText());
    }

    @Test
    void markdownPagesHaveTheirFrontMatterTitleAndDescription() throws Exception {
        Document about = Jsoup.parse(Files.readString(dir.resolve("site/about/index.html")));
        assertEquals("About this site | Versus", about.title());
        assertEquals("About this site", about.expectFirst("h1").text());
        assertEquals("What this site compares, where its figures come from and how it is built.",
                about.expectFirst("meta[name=description]").attr("content"));
        assertEquals("https://example.org/tech/about/", about.expectFirst("link[rel=canonical]").attr("href"));
    }
}
