/**
 * The compare stage: every figure of the comparison rules, computed from the model with exact
 * arithmetic and no I/O. {@link dev.versus.compare.Catalog} holds what is computed once per build
 * (ranks, category totals, awards, alternatives); {@link dev.versus.compare.Comparisons} turns one
 * pair into a {@link dev.versus.compare.Comparison}, the figures its page shows and embeds.
 */
package dev.versus.compare;
