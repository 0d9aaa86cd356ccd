package dev.versus.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.versus.model.NavLink;
import dev.versus.model.PageKind;
import dev.versus.model.RedirectFormat;
import dev.versus.model.SiteConfig;
import java.net.URI;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SiteConfigReaderTest {

    private static SiteConfig parse(String text) throws InvalidContentException {
        return SiteConfigReader.parse("versus.toml", Path.of("site"), text);
    }

    private static List<String> errors(String text) {
        return assertThrows(InvalidContentException.class, () -> parse(text)).errors();
    }

    @Test
    void readsEveryKeyOfTheAgreedFormat() throws Exception {
        SiteConfig config = parse("""
                # versus.toml
                [site]
                title = "Stacks"
                tagline = "Frameworks side by side"
                baseUrl = "https://example.org/stacks"
                dataSource = "Our own crawl"

                [build]
                snapshot = "data/s.json"
                content = "text"
                templates = "look"
                output = "public"
                pages = ["comparisons", "technologies", "categories", "search"]
                redirects = ["nginx"]

                [[nav]]
                label = "Home"
                url = "/"

                [[nav]]
                label = "Blog"
                url = "https://blog.example.org/"

                [[footer]]
                label = "About"
                url = "/about/"
                """);
        assertEquals(new SiteConfig("Stacks", "Frameworks side by side", java.util.Map.of(),
                URI.create("https://example.org/stacks/"),
                "Our own crawl", Path.of("site/data/s.json"), Path.of("site/text"), Path.of("site/look"),
                Path.of("site/public"),
                EnumSet.of(PageKind.COMPARISONS, PageKind.TECHNOLOGIES, PageKind.CATEGORIES, PageKind.SEARCH),
                EnumSet.of(RedirectFormat.NGINX),
                List.of(new NavLink("Home", "/"), new NavLink("Blog", "https://blog.example.org/")),
                List.of(new NavLink("About", "/about/")), List.of("en")), config);
    }

    @Test
    void anEmptyFileIsTheDefaults() throws Exception {
        assertEquals(SiteConfig.DEFAULTS, parse(""));
        assertEquals(SiteConfig.DEFAULTS, parse("# nothing set\n[site]\n[build]\n"));
    }

    @Test
    void emptyListsTurnThingsOff() throws Exception {
        SiteConfig config = parse("nav = []\n[build]\npages = [\"comparisons\", \"technologies\", \"categories\"]\n"
                + "redirects = []\n");
        assertEquals(EnumSet.of(PageKind.COMPARISONS, PageKind.TECHNOLOGIES, PageKind.CATEGORIES), config.pages());
        assertEquals(Set.of(), config.redirects());
        assertEquals(List.of(), config.nav());
    }

    @Test
    void anUnknownKeyIsNamedWithTheKnownOnes() {
        assertEquals(List.of("versus.toml:3:1: unknown key \"titel\" in [site]; known keys: title, tagline, taglines,"
                + " baseUrl, dataSource, languages"), errors("[site]\ntitle = \"A\"\ntitel = \"B\"\n"));
    }

    @Test
    void anUnknownTableIsNamedWithTheKnownOnes() {
        assertEquals(List.of("versus.toml:2:1: unknown table \"theme\"; versus.toml has the tables [site], [build],"
                + " [[nav]], [[footer]]"), errors("[site]\n[theme]\ncolor = \"red\"\n"));
    }

    @Test
    void anUnknownKeyInANavLinkIsAtThatLink() {
        assertEquals(List.of("versus.toml:6:3: unknown key \"href\" in [[nav]]; known keys: label, labels, url"),
                errors("[[nav]]\nlabel = \"A\"\nurl = \"/a/\"\n[[nav]]\nlabel = \"B\"\n  href = \"/b/\"\nurl = \"/b/\"\n"));
    }

    @Test
    void aWrongTypeIsAtTheValue() {
        assertEquals(List.of("versus.toml:2:9: title must be a string, got an integer"),
                errors("[site]\ntitle = 42\n"));
        assertEquals(List.of("versus.toml:2:9: pages must be an array of strings, got a string"),
                errors("[build]\npages = \"countries\"\n"));
    }

    @Test
    void aBadUrlIsAtTheValue() {
        assertEquals(List.of("versus.toml:2:11: baseUrl must be an absolute http(s) URL, got \"example.org\""),
                errors("[site]\nbaseUrl = \"example.org\"\n"));
        assertEquals(List.of("versus.toml:3:7: url must be a path from the site root (\"/about/\") or an absolute"
                + " http(s) URL, got \"about/\""), errors("[[footer]]\nlabel = \"About\"\nurl = \"about/\"\n"));
    }

    @Test
    void anUnknownPageKindOrRedirectFormatIsAtTheName() {
        assertEquals(List.of("versus.toml:2:55: unknown page kind \"country\" in [build] pages; known: comparisons,"
                + " technologies, categories, countries, search"),
                errors("[build]\npages = [\"comparisons\", \"technologies\", \"categories\", \"country\"]\n").subList(0, 1));
        assertEquals(List.of("versus.toml:4:3: unknown redirect format \"apache\" in [build] redirects; known:"
                + " netlify, nginx"), errors("[build]\nredirects = [\n  \"nginx\",\n  \"apache\",\n]\n"));
    }

    @Test
    void pagesKeepTheKindsEveryPageLinksTo() {
        assertEquals(List.of("versus.toml:2:9: pages must include \"comparisons\", \"technologies\" and \"categories\""
                + " (every page links to them); only \"countries\" and \"search\" can be left out; missing:"
                + " \"technologies\", \"categories\""), errors("[build]\npages = [\"comparisons\", \"search\"]\n"));
    }

    @Test
    void everyErrorIsReportedAtOnce() {
        assertEquals(List.of("versus.toml:2:9: title must be a string, got a boolean",
                "versus.toml:4:1: unknown key \"out\" in [build]; known keys: snapshot, content, templates, output,"
                        + " pages, redirects"),
                errors("[site]\ntitle = true\n[build]\nout = \"x\"\n"));
    }

    @Test
    void aSyntaxErrorIsAtItsPosition() {
        // The string runs to the end of line 2; column 16 is the newline after "Stacks.
        assertEquals(List.of("versus.toml:2:16: Newline not permitted here"), errors("[site]\ntitle = \"Stacks\n"));
    }

    @Test
    void languagesWithTheirWordsForTheLinksAndTagline() throws Exception {
        SiteConfig config = parse("""
                [site]
                languages = ["de", "en", "ar"]
                tagline = "Technik im Vergleich"
                taglines = { en = "Technology compared", ar = "مقارنة التقنيات" }

                [[nav]]
                label = "Blog"
                labels = { en = "Blog", ar = "المدونة" }
                url = "/blog/"
                """);
        assertEquals(List.of("de", "en", "ar"), config.languages());
        assertEquals("Technik im Vergleich", config.tagline());
        assertEquals(java.util.Map.of("en", "Technology compared", "ar", "مقارنة التقنيات"), config.taglines());
        assertEquals(new NavLink("Blog", "/blog/", java.util.Map.of("en", "Blog", "ar", "المدونة"), null),
                config.nav().get(0));
        // Left out, the links are the default ones, whose words are messages in every language.
        assertEquals(SiteConfig.DEFAULT_FOOTER, config.footer());
        assertEquals("footer.about", config.footer().get(0).message());
    }

    @Test
    void languageMistakesAreReportedWhereTheyAre() {
        assertEquals(List.of("versus.toml:2:20: unknown language \"xx\"; known: en, de, fr, es, ja, ar"),
                errors("[site]\nlanguages = [\"en\", \"xx\"]\n"));
        assertEquals(List.of("versus.toml:2:20: language \"en\" is listed twice"),
                errors("[site]\nlanguages = [\"en\", \"en\"]\n"));
        assertEquals(List.of("versus.toml:2:13: languages must be a non-empty array of language codes, got an empty array"),
                errors("[site]\nlanguages = []\n"));
        // A label in the first language only: the German page would have no words for the link.
        assertEquals(List.of("versus.toml:4:1: the label has no words for de; give them with labels = { de = \"…\" },"
                + " or leave the label out to use the message files' words"),
                errors("[site]\nlanguages = [\"en\", \"de\"]\n[[nav]]\nlabel = \"Blog\"\nurl = \"/blog/\"\n"));
        assertEquals(List.of("versus.toml:2:1: the tagline has no words for de; give them with taglines = { de = \"…\" },"
                        + " or leave the tagline out to use the message files' words",
                "versus.toml:3:1: \"fr\" in taglines is not one of the site's other languages [de]"),
                errors("[site]\ntagline = \"T\"\ntaglines = { fr = \"T\" }\nlanguages = [\"en\", \"de\"]\n"));
    }
}
