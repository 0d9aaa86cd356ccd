package dev.versus.compare;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * One technology's total then and now.
 *
 * <p>Rules: docs/comparison-rules.md §7.2.
 */
public record Growth(long earlier, long now) {

    /** {@code now / earlier - 1}, exact; null when earlier is 0 ("new since", or "not detected"). */
    public BigDecimal value() {
        if (earlier == 0) {
            return null;
        }
        return BigDecimal.valueOf(now - earlier).divide(BigDecimal.valueOf(earlier), MathContext.DECIMAL128);
    }
}
