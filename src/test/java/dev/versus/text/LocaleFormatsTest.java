package dev.versus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Each language's figures, written out by hand from CLDR 49's data (number symbols and grouping,
 * percent patterns, long date patterns, ordinal rule sets, plural rules, list patterns, territory
 * names). Invisible characters are spelled as escapes: U+202F narrow no-break space (French
 * grouping), U+00A0 no-break space (before "%" in German, French, Spanish), U+200E left-to-right
 * mark (around "%" in Arabic).
 */
class LocaleFormatsTest {
    private static final String PLURAL_CATEGORIES =
            "{n, plural, zero {zero #} one {one #} two {two #} few {few #} many {many #} other {other #}}";

    @Test
    void english() {
        LocaleFormats en = LocaleFormats.of(Language.EN);
        assertEquals(List.of("0", "1", "1,234", "1,234,567"), counts(en));
        assertEquals(List.of("12.3%", "50%"), percents(en));
        assertEquals(List.of("1 February 2022", "21 November 2023"), dates(en));
        assertEquals(List.of("1st", "2nd", "3rd", "11th", "21st", "22nd", "23rd"), ordinals(en));
        assertEquals(List.of("0 technologies", "1 technology", "2 technologies", "5 technologies"),
                plurals(en, "{n, plural, one {# technology} other {# technologies}}"));
        assertEquals(List.of("other 0", "one 1", "other 2", "other 5"), plurals(en, PLURAL_CATEGORIES));
        assertEquals(List.of("A", "A and B", "A, B, and C"), lists(en));
        assertEquals(List.of("Germany", "United States", "Japan", "Türkiye"), countries(en));
    }

    @Test
    void german() {
        LocaleFormats de = LocaleFormats.of(Language.DE);
        assertEquals(List.of("0", "1", "1.234", "1.234.567"), counts(de));
        assertEquals(List.of("12,3\u00A0%", "50\u00A0%"), percents(de));
        assertEquals(List.of("1. Februar 2022", "21. November 2023"), dates(de));
        assertEquals(List.of("1.", "2.", "3.", "11.", "21.", "22.", "23."), ordinals(de));
        assertEquals(List.of("0 Technologien", "1 Technologie", "2 Technologien", "5 Technologien"),
                plurals(de, "{n, plural, one {# Technologie} other {# Technologien}}"));
        assertEquals(List.of("other 0", "one 1", "other 2", "other 5"), plurals(de, PLURAL_CATEGORIES));
        assertEquals(List.of("A", "A und B", "A, B und C"), lists(de));
        assertEquals(List.of("Deutschland", "Vereinigte Staaten", "Japan", "Türkei"), countries(de));
    }

    @Test
    void french() {
        LocaleFormats fr = LocaleFormats.of(Language.FR);
        assertEquals(List.of("0", "1", "1\u202F234", "1\u202F234\u202F567"), counts(fr));
        assertEquals(List.of("12,3\u00A0%", "50\u00A0%"), percents(fr));
        assertEquals(List.of("1 février 2022", "21 novembre 2023"), dates(fr));
        assertEquals(List.of("1er", "2e", "3e", "11e", "21e", "22e", "23e"), ordinals(fr));
        assertEquals("1re", fr.feminineOrdinal(1));
        assertEquals("2e", fr.feminineOrdinal(2));
        // French "one" covers 0 and 1; "many" is for a million and its multiples ("de" before the noun)
        assertEquals(List.of("0 technologie", "1 technologie", "2 technologies", "5 technologies"),
                plurals(fr, "{n, plural, one {# technologie} many {# de technologies} other {# technologies}}"));
        assertEquals(List.of("one 0", "one 1", "other 2", "other 5"), plurals(fr, PLURAL_CATEGORIES));
        assertEquals("many 1\u202F000\u202F000", fr.plural(1_000_000, PLURAL_CATEGORIES));
        assertEquals(List.of("A", "A et B", "A, B et C"), lists(fr));
        assertEquals(List.of("Allemagne", "États-Unis", "Japon", "Turquie"), countries(fr));
    }

    @Test
    void spanish() {
        LocaleFormats es = LocaleFormats.of(Language.ES);
        // CLDR gives Spanish a minimum of two digits in the first group: 1234 stays ungrouped
        assertEquals(List.of("0", "1", "1234", "1.234.567"), counts(es));
        assertEquals("12.345", es.count(12_345));
        assertEquals(List.of("12,3\u00A0%", "50\u00A0%"), percents(es));
        assertEquals(List.of("1 de febrero de 2022", "21 de noviembre de 2023"), dates(es));
        assertEquals(List.of("1.º", "2.º", "3.º", "11.º", "21.º", "22.º", "23.º"), ordinals(es));
        assertEquals("1.ª", es.feminineOrdinal(1));
        assertEquals(List.of("0 tecnologías", "1 tecnología", "2 tecnologías", "5 tecnologías"),
                plurals(es, "{n, plural, one {# tecnología} many {# de tecnologías} other {# tecnologías}}"));
        assertEquals(List.of("other 0", "one 1", "other 2", "other 5"), plurals(es, PLURAL_CATEGORIES));
        assertEquals("many 1.000.000", es.plural(1_000_000, PLURAL_CATEGORIES));
        assertEquals(List.of("A", "A y B", "A, B y C"), lists(es));
        assertEquals(List.of("Alemania", "Estados Unidos", "Japón", "Turquía"), countries(es));
    }

    @Test
    void japanese() {
        LocaleFormats ja = LocaleFormats.of(Language.JA);
        assertEquals(List.of("0", "1", "1,234", "1,234,567"), counts(ja));
        assertEquals(List.of("12.3%", "50%"), percents(ja));
        assertEquals(List.of("2022年2月1日", "2023年11月21日"), dates(ja));
        assertEquals(List.of("第1", "第2", "第3", "第11", "第21", "第22", "第23"), ordinals(ja));
        assertEquals("第1", ja.feminineOrdinal(1));
        // Japanese has the one category "other"
        assertEquals(List.of("0件", "1件", "2件", "5件"), plurals(ja, "{n, plural, other {#件}}"));
        assertEquals(List.of("other 0", "other 1", "other 2", "other 5"), plurals(ja, PLURAL_CATEGORIES));
        assertEquals(List.of("A", "A、B", "A、B、C"), lists(ja));
        assertEquals(List.of("ドイツ", "アメリカ合衆国", "日本", "トルコ"), countries(ja));
    }

    @Test
    void arabic() {
        LocaleFormats ar = LocaleFormats.of(Language.AR);
        // CLDR 49's default numbering system for "ar" is Latin digits
        assertEquals(List.of("0", "1", "1,234", "1,234,567"), counts(ar));
        assertEquals(List.of("12.3\u200E%\u200E", "50\u200E%\u200E"), percents(ar));
        assertEquals(List.of("1 فبراير 2022", "21 نوفمبر 2023"), dates(ar));
        // CLDR has no ordinal mark for Arabic digits
        assertEquals(List.of("1", "2", "3", "11", "21", "22", "23"), ordinals(ar));
        assertEquals(List.of("لا توجد تقنيات", "تقنية واحدة", "تقنيتان", "5 تقنيات"), plurals(ar,
                "{n, plural, zero {لا توجد تقنيات} one {تقنية واحدة} two {تقنيتان} few {# تقنيات}"
                        + " many {# تقنية} other {# تقنية}}"));
        assertEquals(List.of("zero 0", "one 1", "two 2", "few 5"), plurals(ar, PLURAL_CATEGORIES));
        // few is 3-10 (mod 100), many 11-99 (mod 100), other the rest
        assertEquals("few 103", ar.plural(103, PLURAL_CATEGORIES));
        assertEquals("many 11", ar.plural(11, PLURAL_CATEGORIES));
        assertEquals("many 1,099", ar.plural(1099, PLURAL_CATEGORIES));
        assertEquals("other 100", ar.plural(100, PLURAL_CATEGORIES));
        assertEquals(List.of("A", "A وB", "A وB وC"), lists(ar));
        assertEquals(List.of("ألمانيا", "الولايات المتحدة", "اليابان", "تركيا"), countries(ar));
    }

    @Test
    void percentsRoundHalfUpOnTheExactValueNotHalfEven() {
        // CLDR's default would give "12.2%" (half even) for 0.1225
        assertEquals("12.3%", LocaleFormats.of(Language.EN).percent(new BigDecimal("0.1225"), 1));
        assertEquals("0,1\u00A0%", LocaleFormats.of(Language.DE).percent(new BigDecimal("0.0005"), 1));
        assertEquals("3\u00A0%", LocaleFormats.of(Language.FR).percent(new BigDecimal("0.025"), 0));
        // beyond the cached formatters: five decimals, still half up (half even would give 12.34566%)
        assertEquals("12.34567%", LocaleFormats.of(Language.EN).percent(new BigDecimal("0.12345665"), 5));
        assertThrows(IllegalArgumentException.class, () -> LocaleFormats.of(Language.EN).percent(BigDecimal.ONE, -1));
    }

    @Test
    void sharesKeepTwoSignificantDigitsBelowOnePercentInEveryLanguage() {
        assertEquals("0,042\u00A0%", LocaleFormats.of(Language.DE).share(new BigDecimal("0.00042")));
        assertEquals("0,10\u00A0%", LocaleFormats.of(Language.FR).share(new BigDecimal("0.000995")));
        assertEquals("1.0\u200E%\u200E", LocaleFormats.of(Language.AR).share(new BigDecimal("0.00996")));
        assertEquals("0.0%", LocaleFormats.of(Language.JA).share(BigDecimal.ZERO));
        assertEquals("1\u202F234,6\u00A0%", LocaleFormats.of(Language.FR).share(new BigDecimal("12.3456")));
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> LocaleFormats.of(Language.ES).share(new BigDecimal("-0.1")));
        assertEquals("A share cannot be negative: -0.1", negative.getMessage());
    }

    @Test
    void datesAreTheDayGivenFromAnyYear() {
        LocaleFormats de = LocaleFormats.of(Language.DE);
        assertEquals("29. Februar 2024", de.date(LocalDate.of(2024, 2, 29)));
        // before 1582 too: LocalDate is proleptic Gregorian, and so is the calendar we format with
        assertEquals("4. Oktober 1000", de.date(LocalDate.of(1000, 10, 4)));
        assertEquals("31 décembre 1999", LocaleFormats.of(Language.FR).date(LocalDate.of(1999, 12, 31)));
    }

    @Test
    void pluralMessagesMustUseTheOneArgumentN() {
        LocaleFormats en = LocaleFormats.of(Language.EN);
        assertEquals("1,234 technologies", en.plural(1234, "{n, plural, one {# technology} other {# technologies}}"));
        IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
                () -> en.plural(1, "{count, plural, one {# site} other {# sites}}"));
        assertEquals("The message must use the one argument {n}, not [count]: {count, plural, one {# site} other {# sites}}",
                other.getMessage());
        assertThrows(IllegalArgumentException.class, () -> en.plural(1, "{n, plural, one {# site} other {# sites}"));
    }

    @Test
    void countryNamesExistOnlyForIsoCodes() {
        assertEquals(Optional.empty(), LocaleFormats.of(Language.DE).countryName("XK"));
        assertEquals(Optional.empty(), LocaleFormats.of(Language.DE).countryName("de"));
        assertEquals(Optional.of("Côte d’Ivoire"), LocaleFormats.of(Language.FR).countryName("CI"));
    }

    @Test
    void emptyListsAreEmptyInEveryLanguage() {
        for (Language language : Language.values()) {
            assertEquals("", LocaleFormats.of(language).list(List.of()), language.code());
        }
    }

    private static List<String> counts(LocaleFormats formats) {
        return List.of(formats.count(0), formats.count(1), formats.count(1234), formats.count(1_234_567));
    }

    private static List<String> percents(LocaleFormats formats) {
        return List.of(formats.percent(new BigDecimal("0.123"), 1), formats.percent(new BigDecimal("0.5"), 0));
    }

    private static List<String> dates(LocaleFormats formats) {
        return List.of(formats.date(LocalDate.of(2022, 2, 1)), formats.date(LocalDate.of(2023, 11, 21)));
    }

    private static List<String> ordinals(LocaleFormats formats) {
        List<String> out = new ArrayList<>();
        for (long n : new long[] {1, 2, 3, 11, 21, 22, 23}) {
            out.add(formats.ordinal(n));
        }
        return out;
    }

    private static List<String> plurals(LocaleFormats formats, String pattern) {
        List<String> out = new ArrayList<>();
        for (long n : new long[] {0, 1, 2, 5}) {
            out.add(formats.plural(n, pattern));
        }
        return out;
    }

    private static List<String> lists(LocaleFormats formats) {
        return List.of(formats.list(List.of("A")), formats.list(List.of("A", "B")), formats.list(List.of("A", "B", "C")));
    }

    private static List<String> countries(LocaleFormats formats) {
        return List.of("DE", "US", "JP", "TR").stream().map(code -> formats.countryName(code).orElseThrow()).toList();
    }

    /**
     * Shares are kept by their rounded value once written; the text must still be the exact
     * value's. Held against {@link Percentages#share(dev.versus.compare.Share)}, which rounds in
     * integer arithmetic: ties (x.x5%, 0.0xx5%) both ways, the 1% boundary, and 20,000 seeded
     * shares, each asked twice so the second answer comes from what the first kept.
     */
    @Test
    void keptSharesReadAsTheExactValueRounded() {
        LocaleFormats english = LocaleFormats.of(Language.EN);
        List<dev.versus.compare.Share> shares = new ArrayList<>(List.of(
                new dev.versus.compare.Share(1_235, 100_000), new dev.versus.compare.Share(1_225, 100_000),
                new dev.versus.compare.Share(12_345, 100_000), new dev.versus.compare.Share(995, 100_000),
                new dev.versus.compare.Share(9_995, 1_000_000), new dev.versus.compare.Share(425, 1_000_000),
                new dev.versus.compare.Share(415, 1_000_000), new dev.versus.compare.Share(1, 3),
                new dev.versus.compare.Share(2, 3), new dev.versus.compare.Share(0, 7),
                new dev.versus.compare.Share(7, 7)));
        java.util.Random random = new java.util.Random(13);
        for (int i = 0; i < 20_000; i++) {
            long whole = 1 + random.nextInt(5_000_000);
            long part = random.nextInt(4) == 0 ? random.nextLong(whole / 50 + 1) : random.nextLong(whole + 1);
            shares.add(new dev.versus.compare.Share(part, whole));
        }
        assertEquals("1.2%", english.share(new BigDecimal("0.01235")));
        assertEquals("1.3%", english.share(new BigDecimal("0.01250")));
        assertEquals("0.043%", english.share(new BigDecimal("0.000425")));
        assertEquals("1.0%", english.share(new BigDecimal("0.009995")));
        for (int round = 0; round < 2; round++) {
            for (dev.versus.compare.Share share : shares) {
                assertEquals(Percentages.share(share), english.share(share.exact()), share.toString());
            }
        }
    }
}
