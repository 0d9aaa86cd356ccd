package dev.versus.compare;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * How the two totals compare: {@code larger / smaller} and which wording band that ratio is in.
 *
 * <p>Rules: docs/comparison-rules.md §3.2, §3.4.
 */
public record Popularity(Band band, long larger, long smaller) {

    /** The wording bands of the rules, by the ratio r. */
    public enum Band {
        /** both totals are 0 */
        NEITHER,
        /** the smaller total is 0 */
        ONLY_ONE,
        /** r below 1.1 */
        ABOUT_EQUAL,
        /** 1.1 to below 2: "p% more popular" */
        PERCENT,
        /** 2 or more: "n times more popular" */
        TIMES
    }

    /** The exact ratio, null when the smaller total is 0. */
    public BigDecimal ratio() {
        if (smaller == 0) {
            return null;
        }
        return BigDecimal.valueOf(larger).divide(BigDecimal.valueOf(smaller), MathContext.DECIMAL128);
    }

    /** True when r ≥ 3, where the headline says "much more popular". */
    public boolean much() {
        return smaller > 0 && larger >= 3 * smaller;
    }
}
