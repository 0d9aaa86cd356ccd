package dev.versus.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.build.FixtureSite;
import dev.versus.check.CheckReport;
import dev.versus.check.SiteCheck;
import dev.versus.cli.Main;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site built in three languages from the small fixture: routes under each language's folder,
 * html lang and dir, reciprocal alternates, the switcher, one sitemap set per language, the
 * redirects of every language, and `versus check` finding nothing wrong with any of it.
 */
class LanguagesSiteTest {
    private static final String BASE = "https://example.org/tech/";
    private static final String PAIR = "compare/django-vs-flask/";

    @TempDir
    static Path dir;
    static Path out;
    static long computedByBuild;
    static long pairs;

    @BeforeAll
    static void build() throws IOException {
        Path content = dir.resolve("content");
        copy(Path.of("content/pages"), content.resolve("pages"));
        Files.createDirectories(content.resolve("messages"));
        // German with two words of its own, Arabic with none: both take the rest from English.
        Files.writeString(content.resolve("messages/de.toml"), """
                [language]
                fallback = "en"

                [nav]
                home = "Startseite"
                categories = "Kategorien"
                """);
        Files.writeString(content.resolve("messages/ar.toml"), "[language]\nfallback = \"en\"\n");
        out = dir.resolve("out");
        long before = ComparisonPages.COMPUTED.get();
        assertEquals(0, Main.execute("build", "--snapshot", FixtureSite.SNAPSHOT.toString(), "--content",
                content.toString(), "--templates", "templates", "--quiet", "--base-url", BASE, "--languages",
                "en,de,ar", "--out", out.toString(), "--threads", "1"));
        computedByBuild = ComparisonPages.COMPUTED.get() - before;
        try (Stream<Path> files = Files.list(out.resolve("compare"))) {
            pairs = files.count();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.sorted().toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static Document page(String route) throws IOException {
        Path file = out.resolve(route).resolve("index.html");
        return Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8), BASE + route);
    }

    @Test
    void eachLanguageHasEveryPageUnderItsFolderInItsLanguage() throws IOException {
        Document en = page(PAIR);
        Document de = page("de/" + PAIR);
        Document ar = page("ar/" + PAIR);
        assertEquals("en", en.selectFirst("html").attr("lang"));
        assertFalse(en.selectFirst("html").hasAttr("dir"));
        assertEquals("de", de.selectFirst("html").attr("lang"));
        assertFalse(de.selectFirst("html").hasAttr("dir"));
        assertEquals("ar", ar.selectFirst("html").attr("lang"));
        assertEquals("rtl", ar.selectFirst("html").attr("dir"));
        assertEquals(BASE + "de/" + PAIR, de.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("de_DE", de.selectFirst("meta[property=og:locale]").attr("content"));
        assertEquals("ar_AR", ar.selectFirst("meta[property=og:locale]").attr("content"));
        // The German file's own words, and English where it falls back.
        assertEquals("Startseite", de.selectFirst("nav.crumbs li a").text());
        assertEquals("Kategorien", de.selectFirst("nav.bar ul li a").text());
        assertEquals("Home", en.selectFirst("nav.crumbs li a").text());
        // Assets are once, at the site root: a German page reaches them one folder further up.
        assertEquals("../../../assets/site.css", de.selectFirst("link[rel=stylesheet]").attr("href"));
        assertTrue(Files.isRegularFile(out.resolve("assets/site.css")));
        assertFalse(Files.exists(out.resolve("de/assets")));
        // The translated Markdown pages are the German ones.
        assertTrue(page("de/about/").title().startsWith("Über"), page("de/about/").title());
        try (Stream<Path> files = Files.list(out.resolve("de/compare"))) {
            assertEquals(pairs, files.count());
        }
    }

    @Test
    void everyVersionLinksEveryOtherAndBack() throws IOException {
        for (String route : List.of(PAIR, "", "categories/", "technologies/django/", "about/")) {
            Map<String, String> expected = new TreeMap<>(Map.of("en", BASE + route, "de", BASE + "de/" + route,
                    "ar", BASE + "ar/" + route, "x-default", BASE + route));
            for (String folder : List.of("", "de/", "ar/")) {
                Document document = page(folder + route);
                Map<String, String> alternates = new TreeMap<>();
                for (Element link : document.select("head link[rel=alternate][hreflang]")) {
                    String earlier = alternates.put(link.attr("hreflang"), link.attr("href"));
                    assertEquals(null, earlier, "hreflang " + link.attr("hreflang") + " twice on " + folder + route);
                }
                assertEquals(expected, alternates, folder + route);
            }
        }
    }

    @Test
    void theSwitcherLeadsToTheSamePageInEachLanguage() throws IOException {
        Document de = page("de/" + PAIR);
        List<String> targets = new ArrayList<>();
        for (Element link : de.select("ul.languages a")) {
            targets.add(link.attr("hreflang") + " " + link.absUrl("href"));
        }
        assertEquals(List.of("en " + BASE + PAIR, "ar " + BASE + "ar/" + PAIR), targets);
        assertEquals("Deutsch", de.selectFirst("ul.languages [aria-current=page]").text());
        assertEquals("العربية", page("ar/").select("ul.languages [aria-current=page]").text());
    }

    @Test
    void eachLanguageHasItsSitemapsAndRedirects() throws IOException {
        String index = Files.readString(out.resolve("sitemap.xml"));
        assertTrue(index.contains("<loc>" + BASE + "sitemaps/sitemap-1.xml</loc>"), index);
        assertTrue(index.contains("<loc>" + BASE + "sitemaps/sitemap-de-1.xml</loc>"), index);
        assertTrue(index.contains("<loc>" + BASE + "sitemaps/sitemap-ar-1.xml</loc>"), index);
        String german = Files.readString(out.resolve("sitemaps/sitemap-de-1.xml"));
        List<String> locs = new ArrayList<>();
        java.util.regex.Matcher loc = java.util.regex.Pattern.compile("<loc>([^<]*)</loc>").matcher(german);
        while (loc.find()) {
            locs.add(loc.group(1));
        }
        assertFalse(locs.isEmpty());
        assertTrue(locs.stream().allMatch(url -> url.startsWith(BASE + "de/")), locs.toString());
        assertTrue(locs.contains(BASE + "de/" + PAIR));
        String redirects = Files.readString(out.resolve("_redirects"));
        assertTrue(redirects.contains("/tech/compare/flask-vs-django/ /tech/compare/django-vs-flask/ 301\n"));
        assertTrue(redirects.contains("/tech/de/compare/flask-vs-django/ /tech/de/compare/django-vs-flask/ 301\n"));
        assertTrue(redirects.contains("/tech/ar/compare/flask-vs-django/ /tech/ar/compare/django-vs-flask/ 301\n"));
    }

    @Test
    void theTwinIsTheSameInEveryLanguageButItsLanguage() throws IOException {
        String en = page(PAIR).selectFirst("script#comparison-data").data();
        String de = page("de/" + PAIR).selectFirst("script#comparison-data").data();
        String ar = page("ar/" + PAIR).selectFirst("script#comparison-data").data();
        assertTrue(en.endsWith(",\"language\":\"en\"}"), en);
        assertEquals(en.replace(",\"language\":\"en\"}", ",\"language\":\"de\"}"), de);
        assertEquals(en.replace(",\"language\":\"en\"}", ",\"language\":\"ar\"}"), ar);
    }

    @Test
    void eachPairIsComputedOnceForAllItsLanguages() {
        // One render thread takes a pair's three pages one after another: one computation each.
        assertEquals(pairs, computedByBuild);
    }

    @Test
    void checkFindsNothingWrong() throws IOException {
        CheckReport report = SiteCheck.run(out, URI.create(BASE), 2);
        assertEquals(List.of(), report.problems());
    }
}
