package dev.versus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.testing.VersusProcess;
import dev.versus.testing.VersusProcess.Result;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a new user does first, each command in its own JVM with the site as working folder:
 * {@code versus init my-site}, then {@code versus build} and {@code versus check} there with no
 * flags at all. The build must find the sample snapshot, content and templates by itself and the
 * check must find nothing wrong.
 */
class NewUserTest {
    @TempDir
    static Path home;
    static Path site;
    static Result build;
    static Result check;

    @BeforeAll
    static void initBuildAndCheckWithNoFlags() throws IOException, InterruptedException {
        Result init = VersusProcess.run(home, List.of("init", "my-site"), home.resolve("logs"));
        assertEquals(0, init.exitCode(), init.printed());
        site = home.resolve("my-site");
        build = VersusProcess.run(site, List.of("build"), home.resolve("logs"));
        check = VersusProcess.run(site, List.of("check"), home.resolve("logs"));
    }

    @Test
    void theBuildWithNoFlagsSucceedsIntoSiteOutput() {
        assertEquals(0, build.exitCode(), build.printed());
        assertTrue(build.out().contains("into site-output"), build.printed());
        assertTrue(Files.isRegularFile(site.resolve("site-output/index.html")));
    }

    @Test
    void theCheckFindsNoProblem() {
        assertEquals(0, check.exitCode(), check.printed());
        assertTrue(check.out().strip().endsWith("as served from http://localhost:8080/: 0 problems"), check.printed());
    }

    /** Pairs share a category: 5 content management systems (Fernwork is one too), 4 frameworks, 4 analytics tools. */
    @Test
    void everyPairOfTheSampleHasItsComparisonPage() throws IOException {
        try (Stream<Path> pages = Files.list(site.resolve("site-output/compare"))) {
            assertEquals(10 + 6 + 6, pages.count());
        }
    }

    /** Inkwell CMS 412,000 against Pagewright 236,000: ratio 1.746, so 75% more; 412,000 of the category's 842,500 is 48.9%. */
    @Test
    void aComparisonPageShowsTheSampleFigures() throws IOException {
        Document page = page("compare/inkwell-vs-pagewright/index.html");

        assertEquals("Inkwell CMS vs Pagewright", page.selectFirst("h1").text());
        String text = page.body().text();
        assertTrue(text.contains("75% more popular than Pagewright"), text);
        assertTrue(text.contains("48.9%"), text);
    }

    @Test
    void theMethodologyPageSaysTheDataIsSample() throws IOException {
        Document page = page("methodology/index.html");

        assertTrue(page.body().text().contains("SAMPLE DATA: made-up web technologies (replace with your own)"),
                page.body().text());
        assertTrue(page.body().text().contains("This is sample data."), page.body().text());
    }

    @Test
    void theSitesOwnAboutPageIsBuilt() throws IOException {
        Document page = page("about/index.html");

        assertEquals("About this site", page.selectFirst("h1").text());
        assertTrue(page.body().text().contains("The figures shown now are sample data."), page.body().text());
    }

    @Test
    void initIntoTheSameFolderAgainRefusesAndTouchesNothing() throws IOException, InterruptedException {
        Map<String, String> before = SiteTree.of(site);
        List<String> namesBefore = SiteTree.names(site);

        Result again = VersusProcess.run(home, List.of("init", "my-site"), home.resolve("logs"));

        assertEquals(1, again.exitCode(), again.printed());
        assertTrue(again.err().startsWith("versus init: my-site is not empty (it holds .github/, .gitignore, content/,"),
                again.printed());
        assertEquals(before, SiteTree.of(site));
        assertEquals(namesBefore, SiteTree.names(site));
    }

    private static Document page(String path) throws IOException {
        File file = site.resolve("site-output").resolve(path).toFile();
        return Jsoup.parse(file, "UTF-8");
    }
}
