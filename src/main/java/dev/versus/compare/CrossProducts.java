package dev.versus.compare;

/**
 * Exact comparison of two products of longs. Counts go up to 2^53 - 1, so a product of two of
 * them needs up to 106 bits: each product is formed as a signed 128-bit number (high and low
 * halves) instead of overflowing a long or allocating a BigInteger on the per-page hot path.
 *
 * <p>Rules: docs/comparison-rules.md §10.1.
 */
final class CrossProducts {
    private CrossProducts() {
    }

    /** The sign (-1, 0 or 1) of {@code p * q - r * s}, exact for any longs. */
    static int compare(long p, long q, long r, long s) {
        long high = Math.multiplyHigh(p, q);
        long otherHigh = Math.multiplyHigh(r, s);
        if (high != otherHigh) {
            return high < otherHigh ? -1 : 1;
        }
        // Equal high halves: the low halves order the products as unsigned numbers.
        return Integer.signum(Long.compareUnsigned(p * q, r * s));
    }

    /**
     * The sign of {@code x / y - u / v} for non-negative numerators, where a denominator of 0
     * makes its fraction 0 (the rules' share of a total of 0).
     */
    static int compareFractions(long x, long y, long u, long v) {
        return compare(y == 0 ? 0 : x, v == 0 ? 1 : v, v == 0 ? 0 : u, y == 0 ? 1 : y);
    }
}
