package dev.versus.compare;

/** One row of a pair's kinds-of-site table: both counts and each one's share of its own total. */
public record SiteCategoryRow(String slug, long first, long second, Share firstShare, Share secondShare) {
}
