package dev.versus.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.build.FixtureSite;
import dev.versus.check.CheckReport;
import dev.versus.check.SiteCheck;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** versus.toml as the build command reads it: its values, the flags over them, its errors. */
class SiteConfigCommandTest {
    private static final String BASE = "https://example.org/tech/";

    @TempDir
    Path dir;
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private Path config(String text) throws Exception {
        Path file = dir.resolve("versus.toml");
        Files.writeString(file, text);
        return file;
    }

    private int build(String... more) {
        String[] common = {"build", "--snapshot", FixtureSite.SNAPSHOT.toString(), "--content", "content",
            "--templates", "templates", "--quiet"};
        String[] args = java.util.Arrays.copyOf(common, common.length + more.length);
        System.arraycopy(more, 0, args, common.length, more.length);
        return Main.execute(args);
    }

    private static Document html(byte[] bytes) {
        return Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
    }

    @Test
    void theRepositorysVersusTomlGivesTheSiteOfNoConfiguration() throws Exception {
        assertEquals(0, build("--config", "versus.toml", "--base-url", BASE, "--out", dir.resolve("with").toString()));
        Path empty = config("");
        assertEquals(0, build("--config", empty.toString(), "--base-url", BASE, "--out",
                dir.resolve("without").toString()));
        Map<String, byte[]> with = FixtureSite.files(dir.resolve("with"));
        Map<String, byte[]> without = FixtureSite.files(dir.resolve("without"));
        // The manifest records the options, which name the configured folders; every page is the same.
        with.remove(".versus/manifest.json");
        without.remove(".versus/manifest.json");
        assertEquals(without.keySet(), with.keySet());
        for (String path : with.keySet()) {
            assertArrayEquals(without.get(path), with.get(path), path);
        }
    }

    @Test
    void theFileSetsTheSiteAndFlagsOverrideIt() throws Exception {
        Path file = config("""
                [site]
                title = "Stacks"
                tagline = "Frameworks & <tools> side by side"
                baseUrl = "https://stacks.example/"
                dataSource = "Our own crawl"

                [build]
                output = "public"

                [[nav]]
                label = "About us"
                url = "/about/"

                [[footer]]
                label = "Blog"
                url = "https://blog.example/"
                """);
        assertEquals(0, build("--config", file.toString()));
        Map<String, byte[]> site = FixtureSite.files(dir.resolve("public"));
        Document home = html(site.get("index.html"));
        assertEquals("Stacks", home.selectFirst("meta[property=og:site_name]").attr("content"));
        assertEquals("Stacks", home.selectFirst("a.brand").text());
        assertEquals("Frameworks & <tools> side by side", home.selectFirst("h1").text());
        assertEquals("https://stacks.example/", home.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("About us", home.select("header nav.bar li a").text());
        assertEquals("about/", home.selectFirst("header nav.bar li a").attr("href"));
        Document comparison = html(site.get("compare/django-vs-flask/index.html"));
        assertEquals("../../about/", comparison.selectFirst("header nav.bar li a").attr("href"));
        assertEquals("https://blog.example/", comparison.selectFirst("footer a").attr("href"));
        assertTrue(comparison.selectFirst("footer p").text().endsWith("Source: Our own crawl."),
                comparison.selectFirst("footer p").text());
        assertTrue(comparison.title().endsWith(" | Stacks"), comparison.title());

        // Flags win over the file.
        Path out = dir.resolve("flagged");
        assertEquals(0, build("--config", file.toString(), "--out", out.toString(), "--base-url", BASE));
        assertEquals(BASE, html(Files.readAllBytes(out.resolve("index.html")))
                .selectFirst("link[rel=canonical]").attr("href"));
    }

    @Test
    void pagesWithoutCountriesBuildNoCountryPageAndLinkToNone() throws Exception {
        Path file = config("""
                [build]
                pages = ["comparisons", "technologies", "categories", "search"]
                redirects = ["nginx"]
                """);
        Path out = dir.resolve("site");
        assertEquals(0, build("--config", file.toString(), "--out", out.toString(), "--base-url", BASE));
        Map<String, byte[]> site = FixtureSite.files(out);
        assertFalse(site.keySet().stream().anyMatch(path -> path.startsWith("countries/")), site.keySet().toString());
        assertFalse(site.containsKey("_redirects"));
        assertTrue(site.containsKey("redirects.nginx.conf"));
        int links = 0;
        for (Map.Entry<String, byte[]> page : site.entrySet()) {
            String text = new String(page.getValue(), StandardCharsets.UTF_8);
            if (page.getKey().endsWith(".html")) {
                for (Element link : html(page.getValue()).select("a[href]")) {
                    assertFalse(link.attr("href").contains("countries/"), page.getKey() + ": " + link);
                    links++;
                }
            } else {
                assertFalse(text.contains("countries/"), page.getKey());
            }
        }
        assertTrue(links > 500, "links checked: " + links);
        // The comparison still shows its by-country table, without links.
        assertEquals(0, html(site.get("compare/django-vs-flask/index.html")).select("#countries a, table a[href*=countr]").size());
        CheckReport report = SiteCheck.run(out, URI.create(BASE), 2);
        assertTrue(report.clean(), report.problems().toString());
    }

    @Test
    void pagesWithoutSearchBuildNoSearchPageAndLinkToNone() throws Exception {
        Path file = config("[build]\npages = [\"comparisons\", \"technologies\", \"categories\", \"countries\"]\n");
        Path out = dir.resolve("site");
        assertEquals(0, build("--config", file.toString(), "--out", out.toString(), "--base-url", BASE));
        Map<String, byte[]> site = FixtureSite.files(out);
        assertFalse(site.containsKey("search/index.html"));
        assertFalse(site.containsKey("search-index.json"));
        for (Map.Entry<String, byte[]> page : site.entrySet()) {
            if (page.getKey().endsWith(".html")) {
                assertEquals(0, html(page.getValue()).select("a[href*=search/], form[action*=search]").size(),
                        page.getKey());
            }
        }
        assertEquals("Categories Methodology", html(site.get("index.html")).select("header nav.bar li a").text());
        CheckReport report = SiteCheck.run(out, URI.create(BASE), 2);
        assertTrue(report.clean(), report.problems().toString());
    }

    @Test
    void anInvalidFileIsInvalidInputAtItsPosition() throws Exception {
        Path file = config("[site]\ntitle = 42\n");
        Path out = dir.resolve("site");
        assertEquals(ExitCodes.INVALID_INPUT, build("--config", file.toString(), "--out", out.toString()));
        assertEquals(file + ":2:9: title must be a string, got an integer\n", console.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aMissingConfigFileIsAUsageError() {
        assertEquals(ExitCodes.USAGE, build("--config", dir.resolve("nope.toml").toString()));
        assertEquals("versus build: --config: no such file: " + dir.resolve("nope.toml") + "\n", console.err());
    }
}
