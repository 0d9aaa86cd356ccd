package dev.versus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.versus.compare.Share;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

class PercentagesFastPathTest {

    @Test
    void integerPathAgreesWithTheExactDecimalPathOnManyShares() {
        agreesWithTheExactPath(7, (random, i) -> {
            long whole = 1 + random.nextLong(i % 2 == 0 ? 1_000 : 9_007_199_254_740_991L);
            return new Share(random.nextLong(whole + 1), whole);
        });
    }

    /** 200,000 shares drawn by {@code draw}, each formatted by the fast paths and by BigDecimal. */
    private static void agreesWithTheExactPath(long seed, BiFunction<SplittableRandom, Integer, Share> draw) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 200_000; i++) {
            Share share = draw.apply(random, i);
            assertEquals(Percentages.share(share.exact()), Percentages.share(share), share.part() + "/" + share.whole());
        }
    }

    @Test
    void halfwayTenthsRoundUp() {
        // 445 / 10,000 = 4.45% -> "4.5%"; 4,449 / 100,000 = 4.449% -> "4.4%".
        assertEquals("4.5%", Percentages.shareOfOnePercentOrMore(445, 10_000));
        assertEquals("4.4%", Percentages.shareOfOnePercentOrMore(4_449, 100_000));
        assertEquals("100.0%", Percentages.shareOfOnePercentOrMore(7, 7));
    }

    @Test
    void sharesBelowOnePercentAreLeftToTheExactPath() {
        assertNull(Percentages.shareOfOnePercentOrMore(99, 10_000));
        assertEquals("1.0%", Percentages.shareOfOnePercentOrMore(100, 10_000));
    }

    @Test
    void smallSharePathAgreesWithTheExactDecimalPathBelowOnePercent() {
        agreesWithTheExactPath(11, (random, i) -> {
            long whole = 100 + random.nextLong(switch (i % 3) {
                case 0 -> 100_000L;
                case 1 -> 100_000_000L;
                default -> 9_007_199_254_740_991L;
            });
            // below 1%, and often far below: a random number of decimal digits cut off
            return new Share(random.nextLong(whole / 100 + 1) / (long) Math.pow(10, random.nextInt(6)), whole);
        });
    }

    @Test
    void smallSharesKeepTwoSignificantDigitsAndCarry() {
        // 42 / 100,000 = 0.042%; 996 / 100,000 = 0.996% rounds to 1.0%;
        // 995 / 1,000,000 = 0.0995% rounds up to 0.10%; 1 / 1,000 = 0.1% is written 0.10%.
        assertEquals("0.042%", Percentages.shareBelowOnePercent(42, 100_000));
        assertEquals("1.0%", Percentages.shareBelowOnePercent(996, 100_000));
        assertEquals("0.10%", Percentages.shareBelowOnePercent(995, 1_000_000));
        assertEquals("0.10%", Percentages.shareBelowOnePercent(1, 1_000));
        assertEquals("0.0000033%", Percentages.shareBelowOnePercent(1, 30_000_000));
        assertNull(Percentages.shareBelowOnePercent(0, 1_000), "zero is the exact path's \"0.0%\"");
        assertNull(Percentages.shareBelowOnePercent(10, 1_000), "1% and more is the other fast path's");
    }
}
