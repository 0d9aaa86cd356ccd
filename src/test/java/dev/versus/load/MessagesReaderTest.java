package dev.versus.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.versus.model.Messages;
import dev.versus.model.SiteMessages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The message files of src/test/resources/messages/: one valid site (en, de falling back to en,
 * fr complete) and one site per kind of error, each error asserted with its exact text and the
 * line and column counted by hand in the fixture.
 */
class MessagesReaderTest {
    private static final String FIXTURES = "src/test/resources/messages/";

    private static List<String> errors(String fixture, String... languages) {
        return assertThrows(InvalidContentException.class,
                () -> MessagesReader.read(Path.of(FIXTURES + fixture), List.of(languages))).errors();
    }

    private static String file(String fixture, String language) {
        return FIXTURES + fixture + "/messages/" + language + ".toml";
    }

    @Test
    void aTranslationWithAFallbackTakesTheMissingMessagesFromItAndFormatsThemByTheirOwnLanguage()
            throws Exception {
        SiteMessages site = MessagesReader.read(Path.of(FIXTURES + "valid"), List.of("en", "de", "fr"));
        assertEquals(List.of("en", "de", "fr"), site.languages());
        Messages de = site.of("de");
        assertEquals(List.of("de", "en"), de.languages());
        assertEquals(List.of("award.sites", "comparison.pages", "comparison.rank", "comparison.title"),
                List.copyOf(de.keys()));
        assertEquals("Django gegen Flask: Nutzung im Vergleich",
                de.format("comparison.title", Map.of("first", "Django", "second", "Flask")));
        assertEquals("1.234 Seiten", de.format("comparison.pages", Map.of("n", 1234)));
        // Not in de.toml: English text from en.toml, with English digits (1,234), never a mix.
        assertEquals("Used by 1,234 sites in Germany",
                de.format("award.sites", Map.of("count", 1234, "country", "Germany")));
        assertEquals("en", de.message("award.sites").language());
        assertEquals("de", de.message("comparison.pages").language());

        Messages fr = site.of("fr");
        assertEquals(List.of("fr"), fr.languages());
        // French ordinals: 1re, then 2e, 3e ... (CLDR: "one" only for 1).
        assertEquals("Django est la 1re framework la plus utilisée",
                fr.format("comparison.rank", Map.of("first", "Django", "rank", 1, "category", "framework")));
        assertEquals("Django est la 2e framework la plus utilisée",
                fr.format("comparison.rank", Map.of("first", "Django", "rank", 2, "category", "framework")));
        assertEquals("Utilisé par 1 site en France",
                fr.format("award.sites", Map.of("count", 1, "country", "France")));
        assertEquals(site.reference(), site.of("en"));
    }

    @Test
    void formattingAKeyThatDoesNotExistOrWithoutAnArgumentIsABugNamedInTheMessage() throws Exception {
        Messages en = MessagesReader.read(Path.of(FIXTURES + "valid"), List.of("en", "de", "fr")).reference();
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> en.format("comparison.titel", Map.of()));
        assertEquals("no message \"comparison.titel\" for language en", unknown.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> en.format("comparison.title", Map.of("first", "Django")));
        assertEquals("message \"comparison.title\" (en) needs the argument {second}, given [first]",
                missing.getMessage());
    }

    @Test
    void aMessageThatDoesNotParseOrHasAFormTheLanguageNeverChoosesIsReportedWhereIcuSays() {
        String de = file("syntax", "de");
        assertEquals(List.of(
                // the reference is checked too: English has no "many" ordinal (index 49, column 11 + 1 + 49)
                file("syntax", "en") + ":13:61: \"comparison.more.ordinal\" uses the ordinal form \"many\", which"
                        + " English never chooses (its ordinal forms: few, one, other, two)",
                // ICU names no index for unmatched braces: the opening quote.
                de + ":2:9: \"comparison.title\" is not a valid ICU message: unmatched '{' braces",
                // index 11 of the string, which starts at column 10.
                de + ":3:21: \"comparison.pages\" is not a valid ICU message: bad plural pattern syntax at"
                        + " \" one {# Seite} other ...\"",
                // index 13, after the six characters of \u00c4 that decode to one: column 27, not 22.
                de + ":4:27: \"comparison.rank\" is not a valid ICU message: bad plural pattern syntax at"
                        + " \" one {# Seite} other ...\"",
                de + ":6:9: \"award.sites\" is not a valid ICU message: unknown format type \"plurl\"",
                de + ":12:36: \"comparison.more.count\" uses the plural form \"few\", which German never chooses"
                        + " (its plural forms: one, other)",
                de + ":13:21: \"comparison.more.none\" uses the plural form \"zero\", which German never chooses"
                        + " (its plural forms: one, other); for exactly 0 write =0"),
                errors("syntax", "en", "de"));
    }

    @Test
    void anArgumentTheReferenceMessageDoesNotHaveIsAnErrorAtTheArgument() {
        String de = file("arguments", "de");
        assertEquals(List.of(
                de + ":5:11: unknown argument {frist} in \"comparison.title\"; the English message has"
                        + " {first}, {second}",
                de + ":6:57: unknown argument {first} in \"comparison.pages\"; the English message has {n}",
                // two escaped quotes before it: index 70 of the value is column 9 + 1 + 70 + 2.
                de + ":9:82: unknown argument {land} in \"award.sites\"; the English message has"
                        + " {count}, {country}"),
                errors("arguments", "en", "de"));
    }

    @Test
    void aKeyTheReferenceDoesNotHaveIsATypo() {
        String de = file("unknown-key", "de");
        assertEquals(List.of(
                de + ":5:1: unknown key \"comparison.titel\"; the English messages have no such key",
                de + ":8:1: unknown key \"awards.sites\"; the English messages have no such key"),
                errors("unknown-key", "en", "de"));
    }

    @Test
    void withoutAFallbackEveryMissingKeyIsAnErrorNamingWhereTheReferenceDefinesIt() {
        String en = file("missing-keys", "en");
        String fr = file("missing-keys", "fr");
        String es = file("missing-keys", "es");
        String advice = "; translate it, or name a language to take missing messages from: [language]"
                + " fallback = \"en\"";
        assertEquals(List.of(
                fr + ":1:1: missing message \"comparison.rank\" (" + en + ":5:1)" + advice,
                fr + ":1:1: missing message \"award.sites\" (" + en + ":8:1)" + advice,
                // es.toml has a [language] table (line 3): the errors point at it.
                es + ":3:1: missing message \"comparison.pages\" (" + en + ":4:1)" + advice,
                es + ":3:1: missing message \"comparison.rank\" (" + en + ":5:1)" + advice,
                es + ":3:1: missing message \"award.sites\" (" + en + ":8:1)" + advice),
                errors("missing-keys", "en", "fr", "es"));
    }

    @Test
    void aFallbackMustBeAnotherLanguageOfTheSiteAndMustNotLoop() {
        String languages = "[en, de, fr, es, it]";
        assertEquals(List.of(
                file("fallbacks", "en") + ":11:12: the first language, en, defines every message and cannot"
                        + " fall back to another",
                file("fallbacks", "de") + ":2:12: fallback \"pt\" is not one of the site's languages " + languages,
                file("fallbacks", "fr") + ":2:12: fallback \"fr\" is this file's own language",
                file("fallbacks", "es") + ":2:12: the fallbacks loop: es -> it -> es",
                file("fallbacks", "it") + ":2:12: the fallbacks loop: it -> es -> it"),
                errors("fallbacks", "en", "de", "fr", "es", "it"));
    }

    @Test
    void bytesTomlSyntaxValuesAndFilesThatDoNotFitAreErrorsOfTheirFile() {
        String languages = "[en, de, fr, es, it]";
        assertEquals(List.of(
                // byte 0xFF after 45 characters of the string that starts at column 10
                file("file-problems", "de") + ":5:55: not valid UTF-8 (byte 0xFF); save the file as UTF-8",
                // the string that starts at column 9 has 23 characters, then the line ends
                file("file-problems", "fr") + ":5:33: not valid TOML: Newline not permitted here",
                file("file-problems", "es") + ":2:12: fallback must be a string naming a language, got an integer",
                file("file-problems", "es") + ":6:9: the message \"comparison.pages\" must be a string, got an integer",
                file("file-problems", "es") + ":7:8: the message \"comparison.rank\" must be a string, got an array",
                file("file-problems", "it") + ":1:1: no messages for the language \"it\"; each of the site's"
                        + " languages " + languages + " needs its file messages/<language>.toml",
                file("file-problems", "pt") + ":1:1: messages for \"pt\", which is not one of the site's languages "
                        + languages + "; add it to the languages or remove the file"),
                errors("file-problems", "en", "de", "fr", "es", "it"));
    }

    @Test
    void numberedArgumentsAreNotAllowed() {
        assertEquals(List.of(file("numbered", "de") + ":5:11: numbered argument {0} in \"comparison.title\";"
                + " messages name their arguments, like {count}"), errors("numbered", "en", "de"));
    }

    @Test
    void onlyTheFirstFiftyErrorsAreShownAndTheRestCounted(@TempDir Path content) throws IOException {
        Path folder = Files.createDirectories(content.resolve("messages"));
        Files.writeString(folder.resolve("en.toml"), "title = \"Versus\"\n", StandardCharsets.UTF_8);
        StringBuilder de = new StringBuilder();
        for (int i = 1; i <= 60; i++) {
            de.append("key").append(i).append(" = \"x\"\n");
        }
        de.append("[language]\nfallback = \"en\"\n");
        Files.writeString(folder.resolve("de.toml"), de, StandardCharsets.UTF_8);
        List<String> errors = assertThrows(InvalidContentException.class,
                () -> MessagesReader.read(content, List.of("en", "de"))).errors();
        assertEquals(51, errors.size());
        assertEquals(folder.resolve("de.toml") + ":1:1: unknown key \"key1\"; the English messages have no such key",
                errors.get(0));
        assertEquals(folder.resolve("de.toml") + ":50:1: unknown key \"key50\"; the English messages have no such key",
                errors.get(49));
        assertEquals("... and 10 more, not shown", errors.get(50));
    }

    @Test
    void aLanguageCodeThatCouldBeAPathIsRefusedBeforeAnyFileIsRead() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MessagesReader.read(Path.of(FIXTURES + "valid"), List.of("en", "../de")));
        assertEquals("not a language code: \"../de\"", e.getMessage());
    }
}
