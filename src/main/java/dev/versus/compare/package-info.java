/**
 * The compare stage: every figure of the comparison rules, computed from the model with exact
 * arithmetic and no I/O. {@link dev.versus.compare.Catalog} holds what is computed once per build
 * (ranks, category totals, awards, each technology's flattened breakdowns, the pair walk and
 * count); {@link dev.versus.compare.Comparisons} turns one pair into a
 * {@link dev.versus.compare.Comparison}, the figures its page shows; {@link dev.versus.compare.Twin}
 * writes them, unrounded, as the page's embedded JSON.
 *
 * <p>Ratios and shares are never compared as doubles: fractions are compared by cross-multiplying
 * in 128 bits, and a pair's share differences by their numerators over a common denominator.
 * Doubles appear only in the twin, each as the nearest double to the exact fraction.
 */
package dev.versus.compare;
