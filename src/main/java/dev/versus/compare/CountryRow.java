package dev.versus.compare;

/**
 * One row of a pair's country table: both counts and each one's share of its own total.
 *
 * <p>Rules: docs/comparison-rules.md §4.1.
 */
public record CountryRow(String code, long first, long second, Share firstShare, Share secondShare) {
}
