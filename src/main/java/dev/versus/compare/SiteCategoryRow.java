package dev.versus.compare;

/**
 * One row of a pair's kinds-of-site table: both counts and each one's share of its own total.
 *
 * <p>Rules: docs/comparison-rules.md §5.1.
 */
public record SiteCategoryRow(String slug, long first, long second, Share firstShare, Share secondShare) {
}
