package dev.versus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.versus.compare.Award;
import dev.versus.compare.Growth;
import dev.versus.load.MessagesReader;
import dev.versus.load.SiteSources;
import dev.versus.model.CountryOverride;
import dev.versus.model.SiteMessages;
import dev.versus.model.Unit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The comparison sentences as the message files word them: English from the bundled en.toml, and
 * a German file whose award line and ordinals follow German rules, to show that the language's
 * rules (ordinals, country names, lists, decimal separators) come from the words, not the code.
 */
class MessageWordingTest {
    private static final Map<String, dev.versus.model.Category> CATEGORIES =
            Map.of("web-frameworks", Fixtures.WEB_FRAMEWORKS);

    private final Wording english = TestWords.wording(Unit.PAGES,
            CountryNames.of(Map.of("XK", new CountryOverride("Kosovo", null)), TestWords.words()),
            CATEGORIES, Map.of());

    @Test
    void englishAwardOrdinalsFollowTheSelectordinalRules() {
        int[] ranks = {1, 2, 3, 11, 21, 22, 23};
        String[] ordinals = {"1st", "2nd", "3rd", "11th", "21st", "22nd", "23rd"};
        for (int i = 0; i < ranks.length; i++) {
            assertEquals(ordinals[i] + " most popular in the United States in the Web frameworks category",
                    english.award(new Award("US", "web-frameworks", ranks[i], 100)));
        }
        assertEquals("12th most popular in Kosovo in the Web frameworks category",
                english.award(new Award("XK", "web-frameworks", 12, 100)));
        assertEquals("13th most popular in Germany in the Web frameworks category",
                english.award(new Award("DE", "web-frameworks", 13, 100)));
    }

    @Test
    void englishUnitsTakeThePluralOfTheCount() {
        assertEquals("0 pages", english.units(0));
        assertEquals("1 page", english.units(1));
        assertEquals("2 pages", english.units(2));
        assertEquals("5 pages", english.units(5));
        assertEquals("67,300 pages", english.units(67_300));
        assertEquals("detected on 1 page", english.detectedOn(1));
        assertEquals("not detected", english.detectedOn(0));
    }

    @Test
    void germanWordsGiveGermanOrdinalsCountryNamesAndNumbers(@TempDir Path content) throws Exception {
        Path messages = Files.createDirectories(content.resolve(MessagesReader.FOLDER));
        String en = Files.readString(SiteSources.bundled("content").resolve("messages/en.toml"));
        Files.writeString(messages.resolve("en.toml"), en, StandardCharsets.UTF_8);
        String de = en
                .replaceFirst("(?m)^line = .*$", "line = \"{rank, selectordinal, other {#.}} Platz in {country} in der Kategorie {category}\"")
                .replaceFirst("(?m)^change_since = \"\\{change\\} since \\{date\\}\"$", "change_since = \"{change} seit dem {date}\"");
        Files.writeString(messages.resolve("de.toml"), de, StandardCharsets.UTF_8);
        SiteMessages read = MessagesReader.read(content, List.of("en", "de"));
        Words words = Words.of(Language.DE, read.of("de"));
        Wording german = new Wording(Unit.PAGES, CountryNames.of(Map.of(), words), CATEGORIES, Map.of(), words);

        assertEquals("1. Platz in Vereinigte Staaten in der Kategorie Web frameworks",
                german.award(new Award("US", "web-frameworks", 1, 100)));
        assertEquals("23. Platz in Deutschland in der Kategorie Web frameworks",
                german.award(new Award("DE", "web-frameworks", 23, 100)));
        assertEquals("Vereinigte Staaten", german.countryNames().inSentence("US"));
        assertEquals("+10,3\u00a0% seit dem 1. Februar 2022",
                german.change(new Growth(61000, 67300), java.time.LocalDate.of(2022, 2, 1)));
        assertEquals("67.300 pages", german.units(67_300));
    }
}
