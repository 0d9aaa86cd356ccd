package dev.versus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.versus.compare.Share;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PercentagesTest {

    private static String share(String fraction) {
        return Percentages.share(new BigDecimal(fraction));
    }

    private static String change(String fraction) {
        return Percentages.change(new BigDecimal(fraction));
    }

    private static String times(String ratio) {
        return Percentages.ratioTimes(new BigDecimal(ratio));
    }

    private static String more(String ratio) {
        return Percentages.percentMore(new BigDecimal(ratio));
    }

    @Test
    void sharesFromOnePercentShowOneDecimalRoundedHalfUp() {
        assertEquals("1.2%", share("0.0123"));
        assertEquals("1.3%", share("0.01250"));
        assertEquals("1.2%", share("0.0124999"));
        assertEquals("1.0%", share("0.01"));
        assertEquals("100.0%", share("1"));
        assertEquals("33.3%", Percentages.share(new Share(1, 3)));
        assertEquals("66.7%", Percentages.share(new Share(2, 3)));
    }

    @Test
    void sharesBelowOnePercentShowTwoSignificantDigits() {
        assertEquals("0.042%", share("0.00042"));
        assertEquals("0.045%", share("0.000445"));
        assertEquals("0.044%", share("0.0004449"));
        assertEquals("0.34%", share("0.0034"));
        assertEquals("0.10%", share("0.001"));
        assertEquals("0.50%", share("0.005"));
        assertEquals("0.0000010%", share("0.00000001"));
    }

    @Test
    void theOnePercentTestIsOnTheExactValueBeforeRounding() {
        assertEquals("1.0%", share("0.00996"));
        assertEquals("0.99%", share("0.009949"));
        assertEquals("1.0%", share("0.00995"));
        assertEquals("1.0%", share("0.0099999"));
    }

    @Test
    void aZeroShareIsZeroPointZeroPercent() {
        assertEquals("0.0%", share("0"));
        assertEquals("0.0%", Percentages.share(new Share(0, 0)));
    }

    @Test
    void aNegativeShareIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> share("-0.1"));
    }

    @Test
    void changesAreSignedWithARealMinusSignNotAHyphen() {
        assertEquals("+12.3%", change("0.123"));
        assertEquals("\u22124.0%", change("-0.04"));
        assertEquals(0x2212, change("-0.04").codePointAt(0), "U+2212 MINUS SIGN, not U+002D");
        assertEquals("+10.3%", change("0.1033"));
        assertEquals("+0.042%", change("0.00042"));
        assertEquals("\u22120.045%", change("-0.000445"));
        assertEquals("+1.0%", change("0.00996"));
        assertEquals("+1,234.5%", change("12.345"));
        assertEquals("\u2212100.0%", change("-1"));
    }

    @Test
    void onlyAnExactZeroChangeIsUnsigned() {
        assertEquals("0.0%", change("0"));
        assertEquals("0.0%", change("0.0000"));
        assertEquals("+0.0000010%", change("0.00000001"));
        assertEquals("\u22120.0000010%", change("-0.00000001"));
    }

    @Test
    void changesRoundHalfAwayFromZeroOnBothSides() {
        assertEquals("+2.5%", change("0.0245"));
        assertEquals("\u22122.5%", change("-0.0245"));
        assertEquals("+2.4%", change("0.024499"));
        assertEquals("\u22122.4%", change("-0.024499"));
    }

    @Test
    void ratiosBelowTenShowOneDecimalWithoutATrailingZero() {
        assertEquals("2", times("2"));
        assertEquals("2.5", times("2.45"));
        assertEquals("2.4", times("2.4499"));
        assertEquals("7", times("6.96"));
        assertEquals("7", times("7.04"));
        assertEquals("3.1", times("3.05"));
        assertEquals("9.9", times("9.9499"));
    }

    @Test
    void aRatioJustBelowTenThatRoundsUpReadsTen() {
        assertEquals("10", times("9.95"));
        assertEquals("10", times("9.99"));
    }

    @Test
    void ratiosFromTenShowAWholeNumberWithSeparators() {
        assertEquals("10", times("10"));
        assertEquals("10", times("10.49"));
        assertEquals("11", times("10.5"));
        assertEquals("36", times("35.989"));
        assertEquals("1,234", times("1234.4999"));
        assertEquals("1,235", times("1234.5"));
    }

    @Test
    void percentMoreIsRatioMinusOneTimesHundredRoundedHalfUp() {
        assertEquals("10", more("1.1"));
        assertEquals("13", more("1.125"));
        assertEquals("12", more("1.12499"));
        assertEquals("50", more("1.5"));
        assertEquals("100", more("1.995"));
        assertEquals("99", more("1.99499"));
    }
}
