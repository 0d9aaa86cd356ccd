package dev.versus.compare;

import static dev.versus.compare.Fixtures.catalog;
import static dev.versus.compare.Fixtures.compare;
import static dev.versus.compare.Fixtures.tech;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ChangeTest {

    @Test
    void theMostRecentDateInBothHistoriesIsUsed() {
        Comparison c = compare(catalog(
                tech("a", 100).history("2021-01-01", 50).history("2022-01-01", 80).history("2022-06-01", 90),
                tech("b", 30).history("2021-01-01", 10).history("2022-01-01", 20).history("2022-09-01", 25)),
                "a", "b");
        // common dates: 2021-01-01 and 2022-01-01; the later one. a: 100/80 - 1 = 0.25, b: 30/20 - 1 = 0.5
        assertEquals(new Change(LocalDate.parse("2022-01-01"), new Growth(80, 100), new Growth(20, 30)), c.change());
        assertEquals(0, new BigDecimal("0.25").compareTo(c.change().first().value()));
        assertEquals(0, new BigDecimal("0.5").compareTo(c.change().second().value()));
    }

    @Test
    void thereIsNoChangeWithoutACommonDate() {
        Comparison c = compare(catalog(tech("a", 100).history("2021-01-01", 50),
                tech("b", 30).history("2021-02-01", 10)), "a", "b");
        assertNull(c.change());
        assertNull(compare(catalog(tech("a", 1), tech("b", 1).history("2021-02-01", 10)), "a", "b").change());
    }

    @Test
    void anEarlierTotalOfZeroHasNoChangeValue() {
        Comparison c = compare(catalog(tech("a", 100).history("2022-01-01", 0),
                tech("b", 30).history("2022-01-01", 40)), "a", "b");
        assertNull(c.change().first().value());
        // 30/40 - 1 = -0.25
        assertEquals(0, new BigDecimal("-0.25").compareTo(c.change().second().value()));
    }
}
