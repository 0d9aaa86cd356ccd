package dev.versus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.versus.compare.Award;
import dev.versus.compare.Growth;
import dev.versus.model.CountryOverride;
import dev.versus.model.Unit;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AwardAndChangeWordingTest {

    private static final LocalDate FEBRUARY = LocalDate.of(2022, 2, 1);

    private final Wording wording = TestWords.wording(Unit.PAGES,
            new CountryNames(Map.of("XK", new CountryOverride("Kosovo", null))),
            Map.of("web-frameworks", Fixtures.WEB_FRAMEWORKS), Map.of());

    @Test
    void anAwardReadsOrdinalCountryAndCategoryName() {
        assertEquals("8th most popular in Ukraine in the Web frameworks category",
                wording.award(new Award("UA", "web-frameworks", 8, 120)));
        assertEquals("11th most popular in the Netherlands in the Web frameworks category",
                wording.award(new Award("NL", "web-frameworks", 11, 40)));
        assertEquals("21st most popular in Kosovo in the Web frameworks category",
                wording.award(new Award("XK", "web-frameworks", 21, 3)));
    }

    @Test
    void aChangeIsASignedPercentageWithItsDate() {
        assertEquals("+10.3% since 1 February 2022", wording.change(new Growth(61000, 67300), FEBRUARY));
        assertEquals("\u22124.0% since 1 February 2022", wording.change(new Growth(100, 96), FEBRUARY));
        assertEquals("0.0% since 1 February 2022", wording.change(new Growth(500, 500), FEBRUARY));
        assertEquals("+0.050% since 1 February 2022", wording.change(new Growth(2000, 2001), FEBRUARY));
    }

    @Test
    void aChangeFromNothingIsNewOrNotDetected() {
        assertEquals("new since 1 February 2022", wording.change(new Growth(0, 12), FEBRUARY));
        assertEquals("not detected", wording.change(new Growth(0, 0), FEBRUARY));
    }

    @Test
    void aChangeToNothingIsMinusOneHundredPercent() {
        assertEquals("\u2212100.0% since 1 February 2022", wording.change(new Growth(40, 0), FEBRUARY));
    }
}
