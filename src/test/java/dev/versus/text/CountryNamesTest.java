package dev.versus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.model.CountryOverride;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CountryNamesTest {

    private final CountryNames plain = new CountryNames(Map.of());

    @Test
    void namesComeFromTheCldrTableInEnglish() {
        assertEquals("Germany", plain.name("DE"));
        assertEquals("United States", plain.name("US"));
        assertEquals("Norway", plain.name("NO"));
        assertEquals("Uruguay", plain.name("UY"));
    }

    @Test
    void namesTakeTheDefiniteArticleWhereEnglishUsesOne() {
        assertEquals("the United States", plain.inSentence("US"));
        assertEquals("the United Kingdom", plain.inSentence("GB"));
        assertEquals("the Netherlands", plain.inSentence("NL"));
        assertEquals("the Philippines", plain.inSentence("PH"));
        assertEquals("the United Arab Emirates", plain.inSentence("AE"));
        assertEquals("the Dominican Republic", plain.inSentence("DO"));
        assertEquals("the Cayman Islands", plain.inSentence("KY"));
    }

    @Test
    void mostNamesStandWithoutAnArticle() {
        assertEquals("Germany", plain.inSentence("DE"));
        assertEquals("Ukraine", plain.inSentence("UA"));
        assertEquals(plain.name("CZ"), plain.inSentence("CZ"));
        assertEquals(plain.name("VA"), plain.inSentence("VA"));
    }

    @Test
    void awkwardJdkNamesAreReplacedByCleanerOnes() {
        assertEquals("Hong Kong", plain.name("HK"));
        assertEquals("Macao", plain.name("MO"));
        assertEquals("Myanmar", plain.name("MM"));
        assertEquals("Palestine", plain.name("PS"));
        assertEquals("Côte d'Ivoire", plain.name("CI"));
        assertEquals("Bosnia and Herzegovina", plain.name("BA"));
        assertEquals("the Democratic Republic of the Congo", plain.inSentence("CD"));
        assertEquals("the Republic of the Congo", plain.inSentence("CG"));
    }

    @Test
    void anOverrideReplacesTheNameAndDecidesTheArticle() {
        CountryNames names = new CountryNames(Map.of(
                "NL", new CountryOverride("Holland", null),
                "DE", new CountryOverride("Federal Republic of Germany", "the"),
                "XK", new CountryOverride("Kosovo", null)));
        assertEquals("Holland", names.name("NL"));
        assertEquals("Holland", names.inSentence("NL"));
        assertEquals("the Federal Republic of Germany", names.inSentence("DE"));
        assertEquals("Kosovo", names.inSentence("XK"));
    }

    @Test
    void anOverrideCanAddTheArticleToACleanedName() {
        CountryNames names = new CountryNames(Map.of("HK", new CountryOverride("Hong Kong SAR", "the")));
        assertEquals("the Hong Kong SAR", names.inSentence("HK"));
    }

    @Test
    void anUnknownCodeIsShownAsItIs() {
        assertEquals("QQ", plain.name("QQ"));
        assertEquals("QQ", plain.inSentence("QQ"));
    }

    @Test
    void knownCodesAreTheJdkIsoCodesAndTheOverrideKeys() {
        Map<String, CountryOverride> overrides = Map.of("XK", new CountryOverride("Kosovo", null));
        assertTrue(CountryNames.isKnownCode("US", overrides));
        assertTrue(CountryNames.isKnownCode("XK", overrides));
        assertFalse(CountryNames.isKnownCode("XK", Map.of()));
        assertFalse(CountryNames.isKnownCode("us", overrides));
        assertFalse(CountryNames.isKnownCode("UK", overrides));
    }

    @Test
    void everyIsoCodeHasANameThatIsNotItsCode() {
        for (String code : CldrCountryNames.codes()) {
            String name = plain.name(code);
            assertFalse(name.isBlank() || name.equals(code), code);
            assertFalse(name.contains(" & ") || name.contains("SAR China"), code + ": " + name);
        }
    }

    @Test
    void alphabeticalOrderSetsAccentsAndCaseAsideOnEveryJdk() {
        List<String> names = new ArrayList<>(List.of("Zambia", "Curaçao", "Côte d'Ivoire", "Albania", "Cuba",
                "Åland Islands", "Costa Rica", "curaçao"));
        names.sort(CountryNames.ALPHABETICAL);
        // "aland" < "albania"; "costa" < "cote"; "cuba" < "curacao"; equal when folded: natural order, "C" < "c"
        assertEquals(List.of("Åland Islands", "Albania", "Costa Rica", "Côte d'Ivoire", "Cuba", "Curaçao", "curaçao",
                "Zambia"), names);
    }

    @Test
    void turkeyIsNamedAsCldr49NamesItWhateverTheJdk() {
        assertEquals("Türkiye", plain.name("TR"));
        assertEquals("the French Southern and Antarctic Lands", plain.inSentence("TF"));
    }
}
