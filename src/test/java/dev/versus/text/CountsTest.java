package dev.versus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class CountsTest {

    @Test
    void groupsThousandsWithCommas() {
        assertEquals("0", Counts.format(0));
        assertEquals("7", Counts.format(7));
        assertEquals("999", Counts.format(999));
        assertEquals("1,000", Counts.format(1000));
        assertEquals("67,300", Counts.format(67300));
        assertEquals("123,456", Counts.format(123456));
        assertEquals("1,234,567", Counts.format(1234567));
        assertEquals("9,007,199,254,740,991", Counts.format(9007199254740991L));
    }

    @Test
    void negativeCountsKeepTheirSignOutsideTheGroups() {
        assertEquals("-1,234", Counts.format(-1234));
        assertEquals("-100", Counts.format(-100));
        assertEquals("-9,223,372,036,854,775,808", Counts.format(Long.MIN_VALUE));
    }

    @Test
    void theDefaultLocaleChangesNothing() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("67,300", Counts.format(67300));
            assertEquals("1.2%", Percentages.share(new java.math.BigDecimal("0.012")));
        } finally {
            Locale.setDefault(before);
        }
    }
}
