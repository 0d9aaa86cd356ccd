package dev.versus.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.compare.Catalog;
import dev.versus.load.MessagesReader;
import dev.versus.load.SnapshotReader;
import dev.versus.model.Settings;
import dev.versus.model.SiteConfig;
import dev.versus.model.SiteContent;
import dev.versus.render.freemarker.Templates;
import dev.versus.text.Language;
import dev.versus.text.Words;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages other than the comparison page take their words from the page's language: the
 * fixture snapshot rendered in German from a message file that is the English one with a few
 * messages translated, so every other word staying English shows it came from the file too.
 */
class PagesInAnotherLanguageTest {
    @TempDir
    static Path dir;
    static Catalog catalog;
    static RenderContext german;
    static RenderContext english;

    @BeforeAll
    static void load() throws Exception {
        catalog = Catalog.of(SnapshotReader.read(Path.of("src/test/resources/snapshots/valid-small.json")),
                Settings.DEFAULTS);
        String en = Files.readString(Path.of("content/messages/en.toml"), StandardCharsets.UTF_8);
        String de = replaced(en,
                "most_used = \"Most used technologies\"", "most_used = \"Meistgenutzte Technologien\"",
                "no_match = \"No technology matches “{query}”.\"", "no_match = \"Keine Technologie passt zu „{query}“.\"",
                "detected = \"{count, plural, one {# technology} other {# technologies}} detected\"",
                "detected = \"{count, plural, one {# Technologie} other {# Technologien}} erkannt\"",
                "units = \"{count, plural, one {# {unit, select, pages {page} domains {domain} other {website}}}"
                        + " other {# {unit, select, pages {pages} domains {domains} other {websites}}}}\"",
                "units = \"{count, plural, one {# {unit, select, pages {Seite} domains {Domain} other {Website}}}"
                        + " other {# {unit, select, pages {Seiten} domains {Domains} other {Websites}}}}\"");
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("messages"));
        Files.writeString(content.resolve("messages/de.toml"), de, StandardCharsets.UTF_8);
        Words words = Words.of(Language.DE, MessagesReader.read(content, List.of("de")).of("de"));
        SiteContext site = SiteContext.of(catalog.snapshot(), URI.create("https://example.org/"),
                SiteConfig.DEFAULTS.withLanguages(List.of("de")), words, List.of(Language.DE));
        german = context(site);
        english = context(SiteContext.of(catalog.snapshot(), URI.create("https://example.org/")));
    }

    private static RenderContext context(SiteContext site) throws Exception {
        return new RenderContext(Templates.from(Path.of("templates")), catalog, site,
                new SiteContent(List.of(), java.util.Map.of(), java.util.Map.of()));
    }

    /** The text with each pair's first string replaced by its second; each must be there once. */
    private static String replaced(String text, String... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            int at = text.indexOf(pairs[i]);
            if (at < 0 || text.indexOf(pairs[i], at + 1) >= 0) {
                throw new IllegalStateException("not there exactly once: " + pairs[i]);
            }
            text = text.replace(pairs[i], pairs[i + 1]);
        }
        return text;
    }

    private static Document render(RenderContext context, String template, Object view) throws Exception {
        byte[] html = Templates.renderBytes(context.templates().get(template), view, context.t());
        return Jsoup.parse(new String(html, StandardCharsets.UTF_8));
    }

    @Test
    void countriesAreNamedAndSortedInTheLanguage() throws Exception {
        Document page = render(german, "countries.ftlh", new CountryViews(catalog, german.site()).index());
        // CLDR's German names, in German order; English lists France, Germany, Kosovo, United States.
        assertEquals(List.of("Deutschland 8 Technologien erkannt", "Frankreich 8 Technologien erkannt",
                "Kosovo 2 Technologien erkannt", "Vereinigte Staaten 8 Technologien erkannt"),
                page.select("ul.country-list li").eachText());
        Document englishPage = render(english, "countries.ftlh", new CountryViews(catalog, english.site()).index());
        assertEquals(List.of("France 8 technologies detected", "Germany 8 technologies detected",
                "Kosovo 2 technologies detected", "United States 8 technologies detected"),
                englishPage.select("ul.country-list li").eachText());
    }

    @Test
    void aTechnologyPageWritesFiguresByTheLanguagesRules() throws Exception {
        TechnologyViews views = new TechnologyViews(catalog, german.site(),
                new SiteContent(List.of(), java.util.Map.of(), java.util.Map.of()));
        Document page = render(german, "technology.ftlh", views.view(catalog.technology("django")));
        assertEquals("67.300 Seiten", page.expectFirst("table.facts tr:has(th:contains(Detected on)) td").text());
        // Django's 67,300 of the category's 974,000: 6.9%, with German's comma and no-break space.
        var cells = page.select("table.standings tbody tr").get(0).children();
        assertEquals(List.of("Web frameworks", "#2 of 5", "974.000"),
                List.of(cells.get(0).wholeText(), cells.get(1).wholeText(), cells.get(3).wholeText()));
        assertEquals("6,9\u00a0%", cells.get(2).wholeText());
    }

    @Test
    void theSearchScriptGetsOnlyTheTextsItDoesNotAlreadySay() throws Exception {
        Document page = render(german, "home.ftlh", new HomeViews(catalog, german.site()).home());
        assertEquals("Meistgenutzte Technologien", page.expectFirst("h2#popular").text());
        var form = page.expectFirst("form.search");
        assertEquals("Keine Technologie passt zu „{query}“.", form.attr("data-say-no-match"));
        assertFalse(form.hasAttr("data-say-pair"), "the pair's words are the script's own");
        var englishForm = render(english, "home.ftlh", new HomeViews(catalog, english.site()).home())
                .expectFirst("form.search");
        assertTrue(englishForm.attributes().asList().stream().noneMatch(a -> a.getKey().startsWith("data-say-")),
                englishForm.outerHtml());
    }
}
