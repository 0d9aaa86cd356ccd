package dev.versus.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteBuildTest {
    @TempDir
    Path dir;

    @Test
    void fixtureBuildWritesExactlyTheExpectedFiles() throws Exception {
        Path out = dir.resolve("site");
        BuildReport report = FixtureSite.build(out);
        // Web frameworks: django, flask, react, ruby-on-rails, web2py (10 pairs); CMS: drupal,
        // squarespace, wordpress (3); JavaScript libraries: jquery, react (1).
        Set<String> expected = new TreeSet<>(Set.of(
                ".versus/manifest.json", "assets/favicon.svg", "assets/site.css", "about/index.html", "disclaimer/index.html", "methodology/index.html",
                "compare/django-vs-flask/index.html", "compare/django-vs-react/index.html",
                "compare/django-vs-ruby-on-rails/index.html", "compare/django-vs-web2py/index.html",
                "compare/flask-vs-react/index.html", "compare/flask-vs-ruby-on-rails/index.html",
                "compare/flask-vs-web2py/index.html", "compare/react-vs-ruby-on-rails/index.html",
                "compare/react-vs-web2py/index.html", "compare/ruby-on-rails-vs-web2py/index.html",
                "compare/drupal-vs-squarespace/index.html", "compare/drupal-vs-wordpress/index.html",
                "compare/squarespace-vs-wordpress/index.html", "compare/jquery-vs-react/index.html",
                // Technology and category pages: no category has more than 200 comparisons, so none has a page/2/.
                "categories/index.html", "categories/web-frameworks/index.html", "categories/cms/index.html",
                "categories/javascript-libraries/index.html", "technologies/django/index.html",
                "technologies/flask/index.html", "technologies/ruby-on-rails/index.html",
                "technologies/web2py/index.html", "technologies/wordpress/index.html",
                "technologies/drupal/index.html", "technologies/squarespace/index.html",
                "technologies/jquery/index.html", "technologies/react/index.html",
                // Country pages, the home page and the search index: DE, FR, US and XK have counts.
                "index.html", "search/index.html", "search-index.json", "assets/search.js", "countries/index.html",
                "countries/de/index.html", "countries/fr/index.html", "countries/us/index.html",
                "countries/xk/index.html",
                // Files for hosts and crawlers.
                "404.html", "robots.txt", "sitemap.xml", "sitemaps/sitemap-1.xml", "_redirects", "redirects.nginx.conf"));

        assertEquals(expected, FixtureSite.files(out).keySet());
        assertEquals(14, report.comparisonPages());
        assertEquals(expected.size() - 1, report.pages(), "every file is a page but the manifest");
    }

    @Test
    void twoBuildsOfTheSameSnapshotAreByteIdentical() throws Exception {
        FixtureSite.build(dir.resolve("one"));
        FixtureSite.build(dir.resolve("two"));
        Map<String, byte[]> one = FixtureSite.files(dir.resolve("one"));
        Map<String, byte[]> two = FixtureSite.files(dir.resolve("two"));
        assertEquals(one.keySet(), two.keySet());
        for (String file : one.keySet()) {
            assertArrayEquals(one.get(file), two.get(file), file);
        }
    }

    @Test
    void anInvalidSnapshotFailsTheBuildAndLeavesThePreviousOutputExactlyAsItWas() throws Exception {
        Path out = dir.resolve("site");
        FixtureSite.build(out);
        Path page = out.resolve("compare/django-vs-flask/index.html");
        FileTime before = Files.getLastModifiedTime(page);
        Map<String, byte[]> previous = FixtureSite.files(out);

        Path invalid = Path.of("src/test/resources/snapshots/invalid-negative-count.json");
        BuildFailure failure = assertThrows(BuildFailure.class,
                () -> SiteBuild.run(FixtureSite.options(invalid, out)));

        assertTrue(failure.isInvalidInput());
        assertTrue(failure.getMessage().startsWith("load: "), failure.getMessage());
        assertTrue(failure.getMessage().contains("invalid-negative-count.json:"), failure.getMessage());
        Map<String, byte[]> after = FixtureSite.files(out);
        assertEquals(previous.keySet(), after.keySet());
        for (String file : previous.keySet()) {
            assertArrayEquals(previous.get(file), after.get(file), file);
        }
        assertEquals(before, Files.getLastModifiedTime(page));
        try (var siblings = Files.list(dir)) {
            assertEquals(1, siblings.count(), "no staging folder is left behind");
        }
    }

    @Test
    void aBrokenTemplateFailsBeforeAnyPageIsWritten() throws Exception {
        Path templates = dir.resolve("templates");
        Files.createDirectories(templates);
        for (String name : new String[] {"layout.ftlh", "page.ftlh", "methodology.ftlh"}) {
            Files.copy(Path.of("templates", name), templates.resolve(name));
        }
        Files.writeString(templates.resolve("comparison.ftlh"), "<#if>broken");
        Path out = dir.resolve("site");
        BuildOptions options = new BuildOptions(FixtureSite.SNAPSHOT, Path.of("content"), templates, out,
                FixtureSite.BASE, 2, dev.versus.model.Settings.DEFAULTS);

        BuildFailure failure = assertThrows(BuildFailure.class, () -> SiteBuild.run(options));

        // "<#if>" is malformed from its second character, the '#', on line 1.
        assertTrue(failure.getMessage().startsWith(templates.resolve("comparison.ftlh") + ":1:2: malformed #if tag"),
                failure.getMessage());
        assertTrue(failure.isInvalidInput());
        assertFalse(Files.exists(out));
    }
}
