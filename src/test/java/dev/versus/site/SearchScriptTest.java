package dev.versus.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.versus.cli.Main;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search script's matching function, run by node on the fixture build's index. Skipped
 * where node is not installed: the build never depends on it.
 */
class SearchScriptTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void build() {
        assumeTrue(nodeAvailable(), "node is not installed");
        assertEquals(0, Main.execute("build", "--snapshot", "src/test/resources/snapshots/valid-small.json",
                "--out", dir.resolve("site").toString(), "--quiet"));
    }

    private static boolean nodeAvailable() {
        try {
            Process process = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Each query's outcome: {results: [{text, route, detail}], note}. */
    private static JsonNode match(String... queries) throws Exception {
        return matchWith(null, queries);
    }

    /** {@link #match} with the page's texts, as the form's data-say-* attributes give them (JSON), or null. */
    private static JsonNode matchWith(String words, String... queries) throws Exception {
        List<String> command = new ArrayList<>(List.of("node", "src/test/resources/search/match.js",
                dir.resolve("site/assets/search.js").toString(), dir.resolve("site/search-index.json").toString()));
        command.addAll(List.of(queries));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().remove("SEARCH_WORDS");
        if (words != null) {
            builder.environment().put("SEARCH_WORDS", words);
        }
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "node did not finish");
        assertEquals(0, process.exitValue(), out);
        return new ObjectMapper().readTree(out);
    }

    private static List<String> routes(JsonNode outcome) {
        List<String> routes = new ArrayList<>();
        outcome.get("results").forEach(r -> routes.add(r.get("route").asText()));
        return routes;
    }

    @Test
    void anExactNameListsTheTechnologyThenItsComparisonsWithTheMostUsedOfItsCategories() throws Exception {
        JsonNode outcome = match("React").get(0);
        // React is in JavaScript libraries (jquery) and Web frameworks (django, ruby-on-rails, flask,
        // web2py); the index is most used first, so jquery, django, ruby-on-rails, flask, web2py.
        assertEquals(List.of("technologies/react/", "compare/jquery-vs-react/", "compare/django-vs-react/",
                "compare/react-vs-ruby-on-rails/", "compare/flask-vs-react/", "compare/react-vs-web2py/"),
                routes(outcome));
        assertEquals("JavaScript libraries, Web frameworks", outcome.at("/results/0/detail").asText());
    }

    @Test
    void partsOfNamesMatchByStartThenWordThenAnywhere() throws Exception {
        // "r": starts React and Ruby on Rails (React is used more), then is inside jQuery, WordPress,
        // Squarespace and Drupal, most used first; "rails" starts a word of Ruby on Rails; "press"
        // is inside WordPress; blanks match nothing.
        JsonNode outcomes = match("r", "rails", "PRESS", "  ");
        assertEquals(List.of("technologies/react/", "technologies/ruby-on-rails/", "technologies/jquery/",
                "technologies/wordpress/", "technologies/squarespace/", "technologies/drupal/"),
                routes(outcomes.get(0)));
        assertEquals(List.of("technologies/ruby-on-rails/"), routes(outcomes.get(1)));
        assertEquals(List.of("technologies/wordpress/"), routes(outcomes.get(2)));
        assertEquals(List.of(), routes(outcomes.get(3)));
    }

    @Test
    void twoNamesGiveTheirComparisonInCanonicalOrderOnlyWhenTheyShareACategory() throws Exception {
        JsonNode outcomes = match("flask vs django", "Flask, Dj", "wordpress vs flask", "django vs nothing");
        assertEquals(List.of("compare/django-vs-flask/"), routes(outcomes.get(0)));
        assertEquals("Flask vs Django", outcomes.at("/0/results/0/text").asText());
        assertEquals(List.of("compare/django-vs-flask/"), routes(outcomes.get(1)));
        assertEquals(List.of(), routes(outcomes.get(2)));
        assertEquals("WordPress and Flask share no category, so they are not compared.",
                outcomes.at("/2/note").asText());
        assertEquals("No technology matches “nothing”.", outcomes.at("/3/note").asText());
    }

    @Test
    void thePagesTextsReplaceTheScriptsEnglishAndAQueryIsNeverReadAsAPlaceholder() throws Exception {
        JsonNode outcomes = matchWith("{\"pair\": \"{first} gegen {second}\", "
                + "\"no-match\": \"Keine Technologie passt zu „{query}“.\"}",
                "flask vs django", "django vs {first}", "wordpress vs flask");
        assertEquals("Flask gegen Django", outcomes.at("/0/results/0/text").asText());
        assertEquals("Keine Technologie passt zu „{first}“.", outcomes.at("/1/note").asText());
        // A text the page does not give stays the script's English.
        assertEquals("WordPress and Flask share no category, so they are not compared.",
                outcomes.at("/2/note").asText());
    }
}
