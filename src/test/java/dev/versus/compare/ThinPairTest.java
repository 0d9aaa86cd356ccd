package dev.versus.compare;

import static dev.versus.compare.Fixtures.catalog;
import static dev.versus.compare.Fixtures.compare;
import static dev.versus.compare.Fixtures.tech;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.model.Settings;
import org.junit.jupiter.api.Test;

class ThinPairTest {

    @Test
    void aPairWhoseSmallerTotalIsNinetyNineIsNoindex() {
        assertTrue(compare(catalog(tech("a", 5000), tech("b", 99)), "a", "b").noindex());
    }

    @Test
    void aPairWhoseSmallerTotalIsOneHundredIsIndexed() {
        assertFalse(compare(catalog(tech("a", 5000), tech("b", 100)), "a", "b").noindex());
    }

    @Test
    void theThresholdComesFromTheSettings() {
        Settings lower = new Settings(20, 50, 10);
        assertFalse(compare(catalog(lower, tech("a", 5000), tech("b", 10)), "a", "b").noindex());
        assertTrue(compare(catalog(lower, tech("a", 5000), tech("b", 9)), "a", "b").noindex());
    }
}
