package dev.versus.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.versus.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One page of each type of the fixture site, in each of the six languages, passes the Nu HTML Checker with no errors. */
class HtmlValidityTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws Exception {
        assertEquals(0, Main.execute("build", "--snapshot", "src/test/resources/snapshots/valid-small.json",
                "--out", dir.resolve("site").toString(), "--quiet", "--languages", LANGUAGES));
        // A category with 207 comparisons, for the second page of a category's comparisons.
        // Its categories (alpha, beta) have no names in the built-in translations: each language takes
        // what it lacks from English here, which is enough for the page's markup.
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("messages"));
        for (String language : LANGUAGES.split(",")) {
            if (!language.equals("en")) {
                Files.writeString(content.resolve("messages/" + language + ".toml"), "[language]\nfallback = \"en\"\n");
            }
        }
        assertEquals(0, Main.execute("build", "--snapshot", "src/test/resources/snapshots/many-pairs.json",
                "--content", content.toString(), "--out", dir.resolve("many-pairs").toString(), "--quiet",
                "--languages", LANGUAGES));
    }

    private static final String LANGUAGES = "en,de,fr,es,ja,ar";

    /** Every page of {@link #PAGES} in each language: the first at the root, the others under their code. */
    static java.util.stream.Stream<String> pages() {
        return java.util.Arrays.stream(LANGUAGES.split(",")).flatMap(language -> java.util.Arrays.stream(PAGES)
                .filter(page -> language.equals("en") || !page.equals("404.html"))
                .map(page -> language.equals("en") ? page : page.startsWith("../many-pairs/")
                        ? "../many-pairs/" + language + "/" + page.substring("../many-pairs/".length())
                        : language + "/" + page));
    }

    private static final String[] PAGES = {
        "compare/django-vs-flask/index.html",
        "compare/django-vs-web2py/index.html",
        "methodology/index.html",
        "about/index.html",
        "technologies/django/index.html",
        "technologies/web2py/index.html",
        "categories/web-frameworks/index.html",
        "categories/index.html",
        "../many-pairs/categories/beta/index.html",
        "../many-pairs/categories/beta/page/2/index.html",
        "index.html",
        "search/index.html",
        "countries/index.html",
        "countries/us/index.html",
        "countries/xk/index.html",
        "404.html",
    };

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("pages")
    void pageHasNoHtmlErrors(String file) throws Exception {
        Path page = dir.resolve("site").resolve(file).normalize();
        assertFalse(Files.notExists(page), file + " was not built");
        List<String> errors = NuHtmlChecker.errors(page.toFile());
        assertEquals(List.of(), errors, file);
    }

    @ParameterizedTest
    @ValueSource(strings = {"compare/django-vs-flask/index.html"})
    void theCheckerFindsErrorsWhenThereAreSome(String file) throws Exception {
        Path broken = dir.resolve("broken.html");
        String html = Files.readString(dir.resolve("site").resolve(file)).replace("</table>", "</table></td>");
        Files.writeString(broken, html);
        assertFalse(NuHtmlChecker.errors(broken.toFile()).isEmpty(), "a stray end tag is an error");
    }
}
