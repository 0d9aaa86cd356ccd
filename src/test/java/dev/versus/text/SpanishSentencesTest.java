package dev.versus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.versus.compare.Award;
import dev.versus.compare.Comparison;
import dev.versus.load.MessagesReader;
import dev.versus.model.Category;
import dev.versus.model.MessageName;
import dev.versus.model.SiteMessages;
import dev.versus.model.Unit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The comparison sentences in Spanish, through the real path: content/messages/es.toml read by
 * the message reader and worded by {@link Wording}. Every expectation is written out by hand from
 * Spanish grammar: ordinals "1.er", "2.º", "3.er" (CLDR's Spanish ordinal "one" is the shortened
 * masculine before "puesto"), "1 página" but "5 páginas" and "1.000.000 de páginas", lists joined
 * with "y", or "e" before a word that starts with the sound i ("España e Italia"). Percentages
 * take a no-break space before "%".
 */
class SpanishSentencesTest {
    private static final Map<String, Category> CATEGORIES = Map.of("web-frameworks", Fixtures.WEB_FRAMEWORKS);
    private static Wording spanish;

    /**
     * The two files alone in a folder of their own: the repository's messages folder also holds
     * the other languages' files, which a site listing only en and es would reject as unlisted.
     */
    @BeforeAll
    static void readMessages(@TempDir Path content) throws Exception {
        Path messages = Files.createDirectories(content.resolve(MessagesReader.FOLDER));
        for (String language : List.of("en", "es")) {
            Files.copy(Path.of("content", MessagesReader.FOLDER, language + ".toml"),
                    messages.resolve(language + ".toml"));
        }
        SiteMessages read = MessagesReader.read(content, List.of("en", "es"));
        Map<String, String> names = new TreeMap<>();
        for (MessageName name : read.namesIn("es").values()) {
            names.put(name.key(), name.text());
        }
        Words words = Words.of(Language.ES, read.of("es"), names);
        spanish = new Wording(Unit.PAGES, CountryNames.of(Map.of(), words), CATEGORIES,
                Map.of("shopping", "Shopping", "real-estate", "Real estate", "health", "Health"), words);
    }

    @Test
    void popularityGivesPercentOrTimesInSpanish() {
        assertEquals("Django es un 36\u00a0% más popular que Flask.", spanish.popularity(Fixtures.comparison(1360, 1000)));
        assertEquals("Django es 2,5 veces más popular que Flask.", spanish.popularity(Fixtures.comparison(2500, 1000)));
        assertEquals("Flask es 36 veces más popular que Django.", spanish.popularity(Fixtures.comparison(1000, 36_000)));
        assertEquals("Django y Flask son aproximadamente igual de populares.",
                spanish.popularity(Fixtures.comparison(1050, 1000)));
        assertEquals("Django es mucho más popular que Flask.", spanish.headline(Fixtures.comparison(3000, 1000)));
        assertEquals("Django es más popular que Flask.", spanish.headline(Fixtures.comparison(2999, 1000)));
    }

    @Test
    void awardOrdinalsAreShortenedAfterOneAndThree() {
        int[] ranks = {1, 2, 3, 11, 21, 22, 23};
        String[] ordinals = {"1.er", "2.º", "3.er", "11.º", "21.er", "22.º", "23.er"};
        for (int i = 0; i < ranks.length; i++) {
            assertEquals(ordinals[i] + " puesto en popularidad en España en la categoría Frameworks web",
                    spanish.award(new Award("ES", "web-frameworks", ranks[i], 100)));
        }
        assertEquals("13.er puesto en popularidad en México en la categoría Frameworks web",
                spanish.award(new Award("MX", "web-frameworks", 13, 100)));
        assertEquals("12.º puesto en popularidad en Estados Unidos en la categoría Frameworks web",
                spanish.award(new Award("US", "web-frameworks", 12, 100)));
    }

    @Test
    void countrySentenceJoinsOneTwoOrThreeCountries() {
        assertEquals("Django tiene una mayor proporción de sus páginas en España que Flask; la proporción de Flask"
                + " no es mayor en ningún país con datos suficientes.", countries(List.of("ES"), List.of()));
        assertEquals("Django tiene una mayor proporción de sus páginas en España y México que Flask; la proporción"
                + " de Flask no es mayor en ningún país con datos suficientes.", countries(List.of("ES", "MX"), List.of()));
        assertEquals("Django tiene una mayor proporción de sus páginas en España, México y Argentina que Flask; la"
                + " proporción de Flask no es mayor en ningún país con datos suficientes.",
                countries(List.of("ES", "MX", "AR"), List.of()));
        assertEquals("Django tiene una mayor proporción de sus páginas en España e Italia que Flask; Flask tiene"
                + " una mayor proporción de sus páginas en Alemania que Django.",
                countries(List.of("ES", "IT"), List.of("DE")));
        assertEquals("Ni Django ni Flask tienen una mayor proporción de sus páginas en ningún país con datos"
                + " suficientes.", countries(List.of(), List.of()));
    }

    @Test
    void siteKindsReadInsideTheSentence() {
        assertEquals("Django tiene una mayor proporción de sus páginas en sitios de compras e inmobiliarios que"
                + " Flask; Flask tiene una mayor proporción de sus páginas en sitios de salud que Django.",
                spanish.siteCategories(Fixtures.withSiteCategories(List.of("shopping", "real-estate"), List.of("health"))));
    }

    @Test
    void unitsTakeTheSpanishPluralOfTheCount() {
        assertEquals("0 páginas", spanish.units(0));
        assertEquals("1 página", spanish.units(1));
        assertEquals("2 páginas", spanish.units(2));
        assertEquals("5 páginas", spanish.units(5));
        assertEquals("67.300 páginas", spanish.units(67_300));
        assertEquals("1.000.000 de páginas", spanish.units(1_000_000));
        assertEquals("1.500.000 páginas", spanish.units(1_500_000));
        assertEquals("detectada en 1 página", spanish.detectedOn(1));
    }

    private static String countries(List<String> first, List<String> second) {
        Comparison comparison = Fixtures.withCountries(200, 100,
                Fixtures.lead(first.toArray(String[]::new)), Fixtures.lead(second.toArray(String[]::new)));
        return spanish.countries(comparison);
    }
}
