package dev.versus.compare;

import java.util.Comparator;

/**
 * How much one side's share of its own total exceeds the other's under a key: for the first side
 * {@code a_k / a - b_k / b}. Every key of a pair has the same denominator {@code a * b}, so gaps are
 * ordered by numerators alone, exactly. A total of 0 makes that side's shares 0.
 *
 * <p>Rules: docs/comparison-rules.md §4.3, §5.2, §10.1.
 */
final class ShareGap {
    private final boolean forFirst;
    private final long mineTotal;
    private final long theirTotal;

    /** The gap in favour of the first technology (true) or of the second. */
    ShareGap(boolean forFirst, long firstTotal, long secondTotal) {
        this.forFirst = forFirst;
        this.mineTotal = forFirst ? firstTotal : secondTotal;
        this.theirTotal = forFirst ? secondTotal : firstTotal;
    }

    /** True when this side's share there is strictly larger than the other's. */
    boolean positive(Counts counts) {
        return CrossProducts.compareFractions(mine(counts), mineTotal, theirs(counts), theirTotal) > 0;
    }

    /** Largest gap first; equal gaps by combined count descending, then key. */
    Comparator<Counts> largestFirst() {
        return this::compareGaps;
    }

    private int compareGaps(Counts x, Counts y) {
        // gap(x) - gap(y) = (mine(x) - mine(y)) / M - (theirs(x) - theirs(y)) / T
        long mineStep = mineTotal == 0 ? 0 : mine(x) - mine(y);
        long theirStep = theirTotal == 0 ? 0 : theirs(x) - theirs(y);
        int byGap = CrossProducts.compare(mineStep, nonZero(theirTotal), theirStep, nonZero(mineTotal));
        return byGap != 0 ? -byGap : Counts.LARGEST_FIRST.compare(x, y);
    }

    private long mine(Counts counts) {
        return forFirst ? counts.first() : counts.second();
    }

    private long theirs(Counts counts) {
        return forFirst ? counts.second() : counts.first();
    }

    private static long nonZero(long total) {
        return total == 0 ? 1 : total;
    }
}
