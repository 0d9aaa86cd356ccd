package dev.versus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * English through {@link LocaleFormats} must read exactly as the English pages read today
 * ({@link Counts}, {@link Percentages}, {@link Dates}, {@link Ordinals}, {@link EnglishLists},
 * {@link CldrCountryNames}), so switching the pages over cannot change a byte of the English site.
 */
class EnglishLocaleFormatsTest {
    private static final LocaleFormats EN = LocaleFormats.of(Language.EN);

    @Test
    void countsAreTheSame() {
        for (long n = -20_000; n <= 20_000; n++) {
            assertEquals(Counts.format(n), EN.count(n));
        }
        for (long n = 1; n > 0 && n < Long.MAX_VALUE / 3; n = n * 3 + 1) {
            assertEquals(Counts.format(n), EN.count(n));
            assertEquals(Counts.format(-n), EN.count(-n));
        }
        assertEquals(Counts.format(Long.MAX_VALUE), EN.count(Long.MAX_VALUE));
        assertEquals("9,223,372,036,854,775,807", EN.count(Long.MAX_VALUE));
    }

    /** Shares on every boundary the rules name, and a dense sweep of thousandths of a percent. */
    @Test
    void sharesAreTheSame() {
        List<String> fractions = new ArrayList<>(List.of("0", "0.00042", "0.000445", "0.0000445", "0.000995",
                "0.00996", "0.00995", "0.0099949", "0.01", "0.012345", "0.0125", "0.9995", "1", "12.3456"));
        for (int thousandths = 0; thousandths <= 200_000; thousandths += 7) {
            fractions.add(BigDecimal.valueOf(thousandths, 8).toPlainString());
        }
        for (String fraction : fractions) {
            BigDecimal value = new BigDecimal(fraction);
            assertEquals(Percentages.share(value), EN.share(value), fraction);
            if (value.compareTo(new BigDecimal("0.01")) >= 0) {
                assertEquals(Percentages.share(value), EN.percent(value, 1), fraction);
            }
        }
    }

    @Test
    void datesAreTheSameFor1900To2100() {
        for (LocalDate date = LocalDate.of(1900, 1, 1); date.getYear() <= 2100; date = date.plusDays(1)) {
            assertEquals(Dates.format(date), EN.date(date));
        }
    }

    /** The same below 1,000; from there CLDR groups the digits ("1,234th") and Ordinals does not ("1234th"). */
    @Test
    void ordinalsAreTheSameBelowAThousand() {
        for (long n = 0; n < 1000; n++) {
            assertEquals(Ordinals.of(n), EN.ordinal(n));
        }
        assertEquals("1234th", Ordinals.of(1234));
        assertEquals("1,234th", EN.ordinal(1234));
    }

    @Test
    void listsAreTheSame() {
        List<String> items = List.of("Django", "Flask", "FastAPI", "Ruby on Rails", "Express");
        for (int size = 0; size <= items.size(); size++) {
            assertEquals(EnglishLists.join(items.subList(0, size)), EN.list(items.subList(0, size)));
        }
    }

    @Test
    void countryNamesAreTheCommittedTable() {
        for (String code : CldrCountryNames.codes()) {
            assertEquals(Optional.of(CldrCountryNames.name(code)), EN.countryName(code), code);
        }
    }
}
