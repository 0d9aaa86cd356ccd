package dev.versus.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site in English (at the root), German and French: a home page and a page "a" in each, a 404
 * page without alternates, and a sitemap of the six pages. Every page has the same head, so the
 * alternate links are on lines 8 (en), 9 (de), 10 (fr) and 11 (x-default); an href attribute
 * starts at column 37 (column 44 after hreflang="x-default"), a hreflang attribute at column 23.
 */
class AlternatesCheckTest {
    private static final List<String> LANGUAGES = List.of("en", "de", "fr");

    @TempDir
    Path dir;

    private TestSite site() {
        TestSite site = new TestSite(dir)
                .write("assets/site.css", "body { margin: 0; }\n")
                .write("404.html", """
                        <!DOCTYPE html>
                        <html lang="en"><head><title>Not found</title><meta name="robots" content="noindex"></head>
                        <body><p>Not found</p></body></html>
                        """)
                .sitemap("", "a/", "de/", "de/a/", "fr/", "fr/a/");
        for (String lang : LANGUAGES) {
            site.write(prefix(lang) + "index.html", page(lang, ""));
            site.write(prefix(lang) + "a/index.html", page(lang, "a/"));
        }
        return site;
    }

    private static String prefix(String lang) {
        return lang.equals("en") ? "" : lang + "/";
    }

    private static String url(String lang, String route) {
        return TestSite.BASE + prefix(lang) + route;
    }

    private static String page(String lang, String route) {
        StringBuilder alternates = new StringBuilder();
        for (String code : LANGUAGES) {
            alternates.append("<link rel=\"alternate\" hreflang=\"%s\" href=\"%s\">\n".formatted(code, url(code, route)));
        }
        alternates.append("<link rel=\"alternate\" hreflang=\"x-default\" href=\"%s\">\n".formatted(url("en", route)));
        String title = lang + " " + (route.isEmpty() ? "home" : route);
        return """
                <!DOCTYPE html>
                <html lang="%s">
                <head>
                <meta charset="utf-8">
                <title>%s</title>
                <meta name="description" content="About %s.">
                <link rel="canonical" href="%s">
                %s</head>
                <body><p>%s</p></body>
                </html>
                """.formatted(lang, title, title, url(lang, route), alternates, title);
    }

    /** Replaces text in a page of the site, which must contain it. */
    private void edit(String file, String text, String replacement) {
        try {
            Path path = dir.resolve(file);
            String page = Files.readString(path);
            assertEquals(true, page.contains(text), file + " contains " + text);
            Files.writeString(path, page.replace(text, replacement));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String link(String hreflang, String href) {
        return "<link rel=\"alternate\" hreflang=\"" + hreflang + "\" href=\"" + href + "\">\n";
    }

    @Test
    void aSiteWhosePagesLinkEveryVersionHasNoProblemsAndTheAlternatesAreCountedAsLinks() {
        CheckReport report = site().check(TestSite.BASE);
        assertEquals(List.of(), report.problems());
        assertEquals(7, report.pages());
        // Six pages with a canonical link and four alternates each; the 404 page has no link.
        assertEquals("checked 7 pages and 30 links (0 external, not fetched) as served from https://example.org/tech/: 0 problems",
                report.summary());
    }

    @Test
    void aVersionThatDoesNotLinkBackIsReportedAtTheLinkToIt() {
        TestSite site = site();
        edit("de/a/index.html", link("en", url("en", "a/")), link("en", url("en", "")));
        assertEquals(List.of(
                "a/index.html:9:37: alternate hreflang=\"de\" leads to de/a/index.html, whose hreflang=\"en\" leads to index.html instead of back here",
                "de/a/index.html:8:37: alternate hreflang=\"en\" leads to index.html, whose hreflang=\"de\" leads to de/index.html instead of back here",
                "de/a/index.html:11:44: alternate hreflang=\"x-default\" leads to a/index.html, not to the page's \"en\" version index.html"),
                site.problems());
    }

    @Test
    void aPageMissingOneLanguageIsReportedAtItsHeadAndTheVersionsItDoesNotAnswer() {
        TestSite site = site();
        edit("de/index.html", link("fr", url("fr", "")), "");
        assertEquals(List.of(
                "de/index.html:3:1: missing alternate hreflang=\"fr\": the site's languages are de, en, fr",
                "fr/index.html:9:37: alternate hreflang=\"de\" leads to de/index.html, which has no hreflang=\"fr\" link back"),
                site.problems());
    }

    @Test
    void aSecondLinkForTheSameLanguageIsReportedAtItsHreflang() {
        TestSite site = site();
        edit("a/index.html", link("de", url("de", "a/")), link("de", url("de", "a/")) + link("de", url("de", "a/")));
        assertEquals(List.of("a/index.html:10:23: duplicate alternate hreflang=\"de\": one link per language"), site.problems());
    }

    @Test
    void aRelativeHrefIsReportedEvenWhenItLeadsToTheRightPage() {
        TestSite site = site();
        edit("a/index.html", link("de", url("de", "a/")), link("de", "../de/a/"));
        assertEquals(List.of("a/index.html:9:37: alternate hreflang=\"de\" href \"../de/a/\" is not an absolute URL"),
                site.problems());
    }

    @Test
    void anHrefOnAnotherHostIsReported() {
        TestSite site = site();
        edit("a/index.html", link("de", url("de", "a/")), link("de", "https://other.example/tech/de/a/"));
        CheckReport report = site.check(TestSite.BASE);
        assertEquals(List.of("a/index.html:9:37: alternate hreflang=\"de\" href \"https://other.example/tech/de/a/\" "
                + "is not on the site https://example.org/tech/"), report.problems().stream().map(Problem::toString).toList());
        assertEquals(1, report.externalLinks());
    }

    @Test
    void anAlternateToAMissingPageIsABrokenAlternateLink() {
        TestSite site = site();
        edit("a/index.html", link("de", url("de", "a/")), link("de", url("de", "b/")));
        assertEquals(List.of("a/index.html:9:37: broken alternate link \"https://example.org/tech/de/b/\": no file de/b/index.html"),
                site.problems());
    }

    @Test
    void anAlternateToAFileThatIsNotAPageIsReported() {
        TestSite site = site();
        edit("a/index.html", link("de", url("de", "a/")), link("de", url("en", "assets/site.css")));
        assertEquals(List.of("a/index.html:9:37: alternate hreflang=\"de\" href \"https://example.org/tech/assets/site.css\" is not a page"),
                site.problems());
    }

    @Test
    void anXDefaultOtherThanTheFirstLanguagesVersionIsReported() {
        TestSite site = site();
        edit("de/a/index.html", link("x-default", url("en", "a/")), link("x-default", url("de", "a/")));
        assertEquals(List.of("de/a/index.html:11:44: alternate hreflang=\"x-default\" leads to de/a/index.html, "
                + "not to the page's \"en\" version a/index.html"), site.problems());
    }

    @Test
    void withoutAlternatesOnTheHomePageXDefaultIsComparedWithTheOtherVersions() {
        TestSite site = site();
        for (String lang : LANGUAGES) {
            for (String code : LANGUAGES) {
                edit(prefix(lang) + "index.html", link(code, url(code, "")), "");
            }
            edit(prefix(lang) + "index.html", link("x-default", url("en", "")), "");
        }
        edit("de/a/index.html", link("x-default", url("en", "a/")), link("x-default", url("de", "a/")));
        String noAlternates = ":3:1: no alternate links, though the site's other pages link their versions in de, en, fr";
        assertEquals(List.of(
                "a/index.html:11:44: alternate hreflang=\"x-default\" leads to a/index.html, "
                        + "but the x-default of de/a/index.html leads to de/a/index.html",
                "de/a/index.html:11:44: alternate hreflang=\"x-default\" leads to de/a/index.html, "
                        + "but the x-default of a/index.html leads to a/index.html",
                "de/index.html" + noAlternates,
                "fr/a/index.html:11:44: alternate hreflang=\"x-default\" leads to a/index.html, "
                        + "but the x-default of de/a/index.html leads to de/a/index.html",
                "fr/index.html" + noAlternates,
                "index.html" + noAlternates), site.problems());
    }

    @Test
    void aMissingXDefaultIsReportedAtTheHead() {
        TestSite site = site();
        edit("fr/a/index.html", link("x-default", url("en", "a/")), "");
        assertEquals(List.of("fr/a/index.html:3:1: missing alternate hreflang=\"x-default\""), site.problems());
    }

    @Test
    void theOwnLanguagesEntryMustBeTheCanonicalUrl() {
        TestSite site = site();
        edit("a/index.html", "<link rel=\"canonical\" href=\"https://example.org/tech/a/\">",
                "<link rel=\"canonical\" href=\"https://example.org/tech/a/index.html\">");
        assertEquals(List.of("a/index.html:8:37: alternate hreflang=\"en\" href \"https://example.org/tech/a/\" "
                + "is the page's own language but not its canonical URL https://example.org/tech/a/index.html"), site.problems());
    }

    @Test
    void aCodeOnlyOnePageLinksIsNotOneOfTheSitesLanguages() {
        TestSite site = site();
        edit("a/index.html", link("fr", url("fr", "a/")), link("fr", url("fr", "a/")) + link("it", url("en", "a/")));
        assertEquals(List.of("a/index.html:11:23: alternate hreflang=\"it\" is not one of the site's languages (de, en, fr)"),
                site.problems());
    }

    @Test
    void aVersionInAnotherLanguageThanItsHreflangIsReported() {
        TestSite site = site();
        // fr/a/ says it is German: no version's link to it fits, its own entry is not itself, and
        // the versions it links do not link it back as German.
        edit("fr/a/index.html", "<html lang=\"fr\">", "<html lang=\"de\">");
        String notFrench = "alternate hreflang=\"fr\" leads to fr/a/index.html, whose <html lang> is not \"fr\"";
        assertEquals(List.of(
                "a/index.html:10:37: " + notFrench,
                "de/a/index.html:10:37: " + notFrench,
                "fr/a/index.html:8:37: alternate hreflang=\"en\" leads to a/index.html, whose hreflang=\"de\" leads to "
                        + "de/a/index.html instead of back here",
                "fr/a/index.html:9:37: alternate hreflang=\"de\" href \"https://example.org/tech/de/a/\" is the page's own "
                        + "language but not its canonical URL https://example.org/tech/fr/a/",
                "fr/a/index.html:9:37: alternate hreflang=\"de\" leads to de/a/index.html, whose hreflang=\"de\" leads to "
                        + "de/a/index.html instead of back here",
                "fr/a/index.html:10:37: " + notFrench), site.problems());
    }

    @Test
    void aPageWithoutAlternatesAmongPagesWithThemIsReportedButThe404PageIsNot() {
        TestSite site = site().page("b/index.html", "B").sitemap("", "a/", "b/", "de/", "de/a/", "fr/", "fr/a/");
        assertEquals(List.of("b/index.html:3:1: no alternate links, though the site's other pages link their versions in de, en, fr"),
                site.problems());
    }
}
