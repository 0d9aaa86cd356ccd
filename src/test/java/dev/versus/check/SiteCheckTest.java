package dev.versus.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteCheckTest {
    @TempDir
    Path dir;

    /**
     * Two pages, a noindex 404 page, a stylesheet and an image, every kind of good link, and a
     * sitemap index listing a urlset with both indexable pages.
     */
    private TestSite cleanSite(String... moreSitemapPaths) {
        TestSite site = new TestSite(dir)
                .write("assets/site.css", "body { margin: 0; }\n")
                .write("assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><symbol id=\"icon\"/></svg>\n")
                .page("index.html", "Home",
                        "<p><a href=\"a/\">A</a> <a href=\"a/#facts\">facts</a> <a href=\"#main\">skip</a> <a href=\"#\">top</a></p>",
                        "<main id=\"main\"></main>")
                .page("a/index.html", "A",
                        "<h2 id=\"facts\">Facts</h2>",
                        "<p><a href=\"../\">home</a> <a href=\"https://other.example/x\">out</a> <a href=\"mailto:x@example.org\">mail</a></p>",
                        "<img src=\"../assets/logo.svg\" srcset=\"../assets/logo.svg 1x, ../assets/logo.svg 2x\" alt=\"\">",
                        "<svg><use href=\"../assets/logo.svg#icon\"></use></svg>")
                .write("404.html", """
                        <!DOCTYPE html>
                        <html lang="en"><head><title>Not found</title><meta name="robots" content="noindex">
                        <link rel="stylesheet" href="/tech/assets/site.css"></head><body><p>Not found</p></body></html>
                        """)
                .write("sitemap.xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                        <sitemap><loc>https://example.org/tech/sitemaps/pages.xml</loc></sitemap>
                        </sitemapindex>
                        """);
        List<String> listed = new java.util.ArrayList<>(List.of("", "a/"));
        listed.addAll(List.of(moreSitemapPaths));
        return site.write("sitemaps/pages.xml", TestSite.urlset(listed.toArray(String[]::new)));
    }

    @Test
    void aCleanSiteHasNoProblemsAndEveryLinkIsCounted() {
        CheckReport report = cleanSite().check(TestSite.BASE);
        assertEquals(List.of(), report.problems());
        assertEquals(3, report.pages());
        // index: canonical, stylesheet, 4 links; a: canonical, stylesheet, 2 links (not mailto:),
        // img src, 2 srcset candidates, use; 404: stylesheet.
        assertEquals(15, report.links());
        assertEquals(1, report.externalLinks());
        assertEquals("checked 3 pages and 15 links (1 external, not fetched) as served from https://example.org/tech/: 0 problems",
                report.summary());
    }

    @Test
    void aBrokenLinkIsReportedAtItsAttribute() {
        TestSite site = cleanSite("b/").page("b/index.html", "B", "<p><a href=\"../missing/\">gone</a></p>");
        assertEquals(List.of("b/index.html:11:7: broken link \"../missing/\": no file missing/index.html"), site.problems());
    }

    @Test
    void brokenAnchorsOnTheSamePageAndOnAnotherAreReported() {
        TestSite site = cleanSite("b/").page("b/index.html", "B",
                "<p><a href=\"../a/#nope\">x</a> <a href=\"#gone\">y</a> <a href=\"../a/#facts\">z</a></p>",
                "<a name=\"old\"></a><a href=\"#old\">old</a> <a href=\"#top\">top</a>");
        assertEquals(List.of(
                "b/index.html:11:7: broken anchor \"../a/#nope\": no id \"nope\" in a/index.html",
                "b/index.html:11:34: broken anchor \"#gone\": no id \"gone\" in b/index.html"), site.problems());
    }

    @Test
    void missingAssetsAreReportedByKind() {
        TestSite site = cleanSite("b/").page("b/index.html", "B",
                "<img src=\"../assets/none.png\" alt=\"\">",
                "<script src=\"../assets/app.js\"></script>");
        assertEquals(List.of(
                "b/index.html:11:6: missing image \"../assets/none.png\": no file assets/none.png",
                "b/index.html:12:9: missing script \"../assets/app.js\": no file assets/app.js"), site.problems());
    }

    @Test
    void aMissingStylesheetIsReportedOnEveryPageThatUsesIt() {
        TestSite site = cleanSite();
        assertEquals(true, dir.resolve("assets/site.css").toFile().delete());
        assertEquals(List.of(
                "404.html:3:24: missing stylesheet \"/tech/assets/site.css\": no file assets/site.css",
                "a/index.html:8:24: missing stylesheet \"../assets/site.css\": no file assets/site.css",
                "index.html:8:24: missing stylesheet \"assets/site.css\": no file assets/site.css"), site.problems());
    }

    @Test
    void aDuplicateTitleNamesTheFirstPageThatUsedIt() {
        TestSite site = cleanSite("b/", "c/").page("b/index.html", "A").page("c/index.html", "A");
        assertEquals(List.of(
                "b/index.html:5:1: duplicate title \"A\" (first used by a/index.html)",
                "c/index.html:5:1: duplicate title \"A\" (first used by a/index.html)"), site.problems());
    }

    @Test
    void missingLangCanonicalTitleAndDescriptionAreReported() {
        TestSite site = cleanSite("bare/", "untitled/")
                .write("bare/index.html", """
                        <!DOCTYPE html>
                        <html>
                        <head>
                        <meta charset="utf-8">
                        <title>Bare</title>
                        <meta name="description" content=" ">
                        </head>
                        <body><p>Bare</p></body>
                        </html>
                        """)
                .write("untitled/index.html", """
                        <!DOCTYPE html>
                        <html lang="en">
                          <head>
                        <link rel="canonical" href="https://example.org/tech/untitled/">
                        </head>
                        <body><p>Untitled</p></body>
                        </html>
                        """);
        assertEquals(List.of(
                "bare/index.html:2:1: missing lang attribute on <html>",
                "bare/index.html:3:1: missing canonical link",
                "bare/index.html:6:1: empty meta description",
                "untitled/index.html:3:3: missing <title>",
                "untitled/index.html:3:3: missing meta description"), site.problems());
    }

    @Test
    void aNoindexPageNeedsNoCanonicalLinkNorDescription() {
        TestSite site = cleanSite().write("private.html", """
                <!DOCTYPE html>
                <html lang="en"><head><title>Private</title><meta name="robots" content="noindex, nofollow"></head>
                <body></body></html>
                """);
        assertEquals(List.of(), site.problems());
    }

    @Test
    void aCanonicalLinkToAMissingPageIsBroken() {
        TestSite site = cleanSite().write("a/index.html", dir.resolve("a/index.html").toFile().exists()
                ? read("a/index.html").replace("https://example.org/tech/a/", "https://example.org/tech/b/") : "");
        assertEquals(List.of("a/index.html:7:23: broken canonical link \"https://example.org/tech/b/\": no file b/index.html"),
                site.problems());
    }

    @Test
    void sitemapUrlsMustBeFilesOfTheSiteAndIndexable() {
        TestSite site = cleanSite("gone/", "404.html", "https://elsewhere.example/");
        assertEquals(List.of(
                "sitemaps/pages.xml:5:6: sitemap URL https://example.org/tech/gone/: no file gone/index.html",
                "sitemaps/pages.xml:6:6: sitemap URL https://example.org/tech/404.html is a noindex page"),
                site.problems().subList(0, 2));
    }

    @Test
    void anIndexablePageLeftOutOfTheSitemapsIsReported() {
        TestSite site = cleanSite().page("b/index.html", "B");
        assertEquals(List.of("b/index.html:1:1: indexable page is missing from the sitemaps"), site.problems());
    }

    @Test
    void aSitemapIndexEntryToAMissingSitemapIsReported() {
        TestSite site = cleanSite().write("sitemap.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                <sitemap><loc>https://example.org/tech/sitemaps/pages.xml</loc></sitemap>
                <sitemap><loc>https://example.org/tech/sitemaps/more.xml</loc></sitemap>
                </sitemapindex>
                """);
        assertEquals(List.of("sitemap.xml:4:10: sitemap sitemap https://example.org/tech/sitemaps/more.xml: no file sitemaps/more.xml"),
                site.problems());
    }

    @Test
    void aSiteWithoutSitemapGetsOneProblem() {
        TestSite site = cleanSite();
        assertEquals(true, dir.resolve("sitemap.xml").toFile().delete());
        assertEquals(List.of("sitemap.xml:1:1: no sitemap.xml in the site"), site.problems());
    }

    @Test
    void theBuildFolderIsNotPartOfTheSite() {
        TestSite site = cleanSite()
                .write(".versus/manifest.json", "{}\n")
                .write(".versus/old.html", "<p><a href=\"nowhere/\">nowhere</a></p>\n")
                .page("b/index.html", "B", "<p><a href=\"../.versus/manifest.json\">manifest</a></p>");
        assertEquals(List.of(
                "b/index.html:1:1: indexable page is missing from the sitemaps",
                "b/index.html:11:7: broken link \"../.versus/manifest.json\": no file .versus/manifest.json"), site.problems());
        assertEquals(4, site.check(TestSite.BASE).pages());
    }

    @Test
    void rootRelativeLinksResolveAgainstTheBasePath() {
        TestSite site = cleanSite("b/").page("b/index.html", "B",
                "<p><a href=\"/tech/a/#facts\">in</a> <a href=\"/a/\">outside</a> <a href=\"../../../x/\">above</a></p>");
        assertEquals(List.of(
                "b/index.html:11:39: broken link \"/a/\": /a/ is outside the site https://example.org/tech/",
                "b/index.html:11:65: broken link \"../../../x/\": /../x/ is outside the site https://example.org/tech/"),
                site.problems());
    }

    @Test
    void theBaseUrlComesFromTheHomePageCanonicalLinkWhenNotGiven() throws Exception {
        cleanSite();
        assertEquals(TestSite.BASE, SiteCheck.run(dir, null, 1).base());
        assertEquals(List.of(), SiteCheck.run(dir, null, 1).problems());
    }

    @Test
    void onAnotherHostTheSitesOwnAbsoluteUrlsAreExternalAndTheSitemapIsNotOnTheSite() {
        // The listed sitemap cannot be read, so pages left out of the sitemaps are not reported.
        CheckReport report = cleanSite().check(URI.create("http://localhost:8080/"));
        assertEquals(3, report.externalLinks(), "the link to other.example and two canonical links");
        // A root-relative link is under the host's root, so it leaves the site's path with the site.
        assertEquals(List.of(
                "404.html:3:24: missing stylesheet \"/tech/assets/site.css\": no file tech/assets/site.css",
                "sitemap.xml:3:10: sitemap sitemap https://example.org/tech/sitemaps/pages.xml: not on the site http://localhost:8080/"),
                report.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void underTheHostsRootTheSubPathIsPartOfEveryPath() {
        CheckReport report = cleanSite().check(URI.create("https://example.org/"));
        assertEquals(List.of(
                "404.html:3:24: missing stylesheet \"/tech/assets/site.css\": no file tech/assets/site.css",
                "a/index.html:7:23: broken canonical link \"https://example.org/tech/a/\": no file tech/a/index.html",
                "index.html:7:23: broken canonical link \"https://example.org/tech/\": no file tech/index.html",
                "sitemap.xml:3:10: sitemap sitemap https://example.org/tech/sitemaps/pages.xml: no file tech/sitemaps/pages.xml"),
                report.problems().stream().map(Problem::toString).toList());
    }

    private String read(String file) {
        try {
            return java.nio.file.Files.readString(dir.resolve(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
