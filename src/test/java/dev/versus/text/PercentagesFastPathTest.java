package dev.versus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.versus.compare.Share;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PercentagesFastPathTest {

    @Test
    void integerPathAgreesWithTheExactDecimalPathOnManyShares() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            long whole = 1 + random.nextLong(i % 2 == 0 ? 1_000 : 9_007_199_254_740_991L);
            long part = random.nextLong(whole + 1);
            Share share = new Share(part, whole);
            assertEquals(Percentages.share(share.exact()), Percentages.share(share), part + "/" + whole);
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
}
