package dev.versus.compare;

/** One row of a pair's country table: both counts and each one's share of its own total. */
public record CountryRow(String code, long first, long second, Share firstShare, Share secondShare) {
}
