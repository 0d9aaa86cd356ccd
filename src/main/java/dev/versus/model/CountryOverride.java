package dev.versus.model;

/**
 * A snapshot's display name for a country code.
 *
 * @param article "the" or null
 */
public record CountryOverride(String name, String article) {
}
