package dev.versus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The same figures whatever the machine: ICU's data ships in its jar, so neither the JVM's default
 * locale (Turkish has a dotless i, Arabic other digits) nor its time zone changes a string, and
 * render threads formatting at once do not disturb each other.
 */
class LocaleFormatsDeterminismTest {
    private static final String PATTERN =
            "{n, plural, zero {zero #} one {one #} two {two #} few {few #} many {many #} other {other #}}";

    @Test
    void theDefaultLocaleAndTimeZoneChangeNothing() {
        List<String> expected = sample();
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            for (String tag : List.of("tr-TR", "ar-EG", "ja-JP-u-ca-japanese", "th-TH-u-nu-thai")) {
                Locale.setDefault(Locale.forLanguageTag(tag));
                for (String zoneId : List.of("Pacific/Kiritimati", "Pacific/Pago_Pago")) {
                    TimeZone.setDefault(TimeZone.getTimeZone(zoneId));
                    assertEquals(expected, sample(), tag + " " + zoneId);
                }
            }
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    /** A few hand-checked values of the sample, so that it cannot be equal by being wrong everywhere. */
    @Test
    void theSampleIsWhatTheLanguagesWrite() {
        List<String> sample = sample();
        assertEquals("en|1,234,567|12.3%|1 February 2022|21st|other 11|A, B, and C|Türkiye", sample.get(0));
        assertEquals("ar|1,234,567|12.3\u200E%\u200E|1 فبراير 2022|21|many 11|A وB وC|تركيا", sample.get(5));
    }

    @Test
    void concurrentFormattingGivesTheSameStrings() throws Exception {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            expected.addAll(sample());
        }
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int task = 0; task < 64; task++) {
                results.add(threads.submit(() -> {
                    List<String> out = new ArrayList<>();
                    for (int i = 0; i < 8; i++) {
                        out.addAll(sample());
                    }
                    return out;
                }));
            }
            for (Future<List<String>> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** One line per language with a figure of each kind. */
    private static List<String> sample() {
        List<String> lines = new ArrayList<>();
        for (Language language : Language.values()) {
            LocaleFormats f = LocaleFormats.of(language);
            lines.add(String.join("|", language.code(), f.count(1_234_567), f.percent(new BigDecimal("0.123"), 1),
                    f.date(LocalDate.of(2022, 2, 1)), f.ordinal(21), f.plural(11, PATTERN),
                    f.list(List.of("A", "B", "C")), f.countryName("TR").orElseThrow()));
        }
        return lines;
    }
}
