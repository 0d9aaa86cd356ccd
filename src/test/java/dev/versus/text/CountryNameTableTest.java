package dev.versus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The committed CLDR table is exactly what the pinned ICU4J gives, and reads as pages expect. */
class CountryNameTableTest {

    @Test
    void theCommittedTableIsWhatThePinnedIcu4jGenerates() throws IOException {
        String generated = CountryNameTableGenerator.table();
        if (Boolean.getBoolean("versus.writeCountryNames")) {
            CountryNameTableGenerator.write();
        }
        assertEquals(generated, Files.readString(CountryNameTableGenerator.TABLE, StandardCharsets.UTF_8),
                "run: mvn -q test -Dtest=CountryNameTableTest -Dversus.writeCountryNames=true");
        assertTrue(generated.startsWith("# English names of ISO 3166-1 alpha-2 codes from CLDR 49.0 (ICU4J 79.1)."),
                generated.lines().findFirst().orElse(""));
    }

    @Test
    void theTableHoldsThe249AssignedCodesWithCldrNames() {
        assertEquals(249, CldrCountryNames.codes().size());
        assertEquals("Türkiye", CldrCountryNames.name("TR"), "CLDR 49, whatever the JDK says");
        assertEquals("Germany", CldrCountryNames.name("DE"));
        assertEquals("Côte d’Ivoire", CldrCountryNames.name("CI"));
        assertFalse(CldrCountryNames.codes().contains("XK"), "user-assigned, only through overrides");
        assertFalse(CldrCountryNames.codes().contains("IC"), "exceptionally reserved");
        assertEquals(null, CldrCountryNames.name("UK"));
    }

    @Test
    void aMalformedRowIsReportedWithItsLine() {
        byte[] table = "# comment\nDE\tGermany\nfr\tFrance\n".getBytes(StandardCharsets.UTF_8);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> CldrCountryNames.parse(new ByteArrayInputStream(table)));
        assertEquals("country-names.tsv:3:1: expected CODE<tab>Name, found fr\tFrance", e.getMessage());
    }

    @Test
    void commentsAreSkippedAndRowsKeptInCodeOrder() throws IOException {
        byte[] table = "# a\nFR\tFrance\nDE\tGermany\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(Map.of("DE", "Germany", "FR", "France"), CldrCountryNames.parse(new ByteArrayInputStream(table)));
        assertEquals("DE", CldrCountryNames.parse(new ByteArrayInputStream(table)).keySet().iterator().next());
    }
}
