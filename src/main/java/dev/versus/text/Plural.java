package dev.versus.text;

/**
 * Counts in words, the one place pages choose between "1 comparison" and "2 comparisons", and
 * between "is" and "are" after them. Zero takes the plural, as English does ("0 comparisons").
 */
public final class Plural {
    private Plural() {
    }

    /** "0 countries", "1 country", "1,200 countries": the count with its noun. */
    public static String count(long count, String singular, String plural) {
        return Counts.format(count) + " " + noun(count, singular, plural);
    }

    /** The noun alone, as it agrees with the count. */
    public static String noun(long count, String singular, String plural) {
        return count == 1 ? singular : plural;
    }

    /** "is" for 1, "are" otherwise: the verb after {@link #count}. */
    public static String isAre(long count) {
        return count == 1 ? "is" : "are";
    }
}
