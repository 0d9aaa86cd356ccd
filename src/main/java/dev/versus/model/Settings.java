package dev.versus.model;

/**
 * Site settings the comparison rules depend on; the methodology page states the values in force.
 *
 * <p>Rules: docs/comparison-rules.md §9.1.
 *
 * @param minCountrySample a country qualifies for a pair when both counts there sum to this
 * @param minAwardSample a category's technologies must count this many in a country for awards there
 * @param minPairSample a pair whose smaller total is below this is thin: built, but noindex
 */
public record Settings(long minCountrySample, long minAwardSample, long minPairSample) {

    public static final Settings DEFAULTS = new Settings(20, 50, 100);
}
