package dev.versus.synth;

/**
 * What to make: {@code technologies} technologies in {@code categories} categories, with usage in
 * {@code countries} countries, all drawn from {@code seed}.
 */
public record SynthSpec(long technologies, int categories, int countries, long seed) {

    public SynthSpec {
        if (categories < 1) {
            throw new IllegalArgumentException("--categories must be at least 1, got " + categories);
        }
        if (technologies < Math.max(2, categories)) {
            throw new IllegalArgumentException("--technologies must be at least 2 and at least --categories (" + categories
                    + ") so that no category is empty, got " + technologies);
        }
        if (technologies > PageTarget.MAX_TECHNOLOGIES) {
            throw new IllegalArgumentException("--technologies must be at most " + PageTarget.MAX_TECHNOLOGIES + ", got "
                    + technologies);
        }
        if (countries < 1 || countries > SyntheticCountries.available()) {
            throw new IllegalArgumentException("--countries must be from 1 to " + SyntheticCountries.available() + ", got "
                    + countries);
        }
    }

    /** The spec whose technologies make close to {@code pages} comparison pages (see {@link PageTarget}). */
    public static SynthSpec forPages(long pages, int categories, int countries, long seed) {
        if (pages < 1) {
            throw new IllegalArgumentException("--pages must be at least 1, got " + pages);
        }
        if (categories < 1) {
            throw new IllegalArgumentException("--categories must be at least 1, got " + categories);
        }
        long technologies = PageTarget.technologiesFor(pages, seed, SyntheticCategories.of(categories, seed)).technologies();
        return new SynthSpec(technologies, categories, countries, seed);
    }
}
