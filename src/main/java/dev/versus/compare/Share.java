package dev.versus.compare;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * An exact fraction {@code part / whole}; a whole of 0 makes the share 0, as the rules say for a
 * technology whose total is 0. Compare shares with {@link #compareTo}, never through doubles.
 *
 * <p>Rules: docs/comparison-rules.md §10.1.
 */
public record Share(long part, long whole) implements Comparable<Share> {

    /** The fraction to 34 significant digits, 0 when whole is 0. */
    public BigDecimal exact() {
        if (whole == 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), MathContext.DECIMAL128);
    }

    /** The nearest double, for the machine-readable twin. */
    public double value() {
        return whole == 0 ? 0.0 : (double) part / whole;
    }

    /** Exact: cross-multiplies in 128 bits rather than comparing rounded quotients. */
    @Override
    public int compareTo(Share other) {
        return CrossProducts.compareFractions(part, whole, other.part, other.whole);
    }
}
