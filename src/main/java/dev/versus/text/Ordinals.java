package dev.versus.text;

/**
 * English ordinals for ranks: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 101st, 111th.
 *
 * <p>Rules: docs/comparison-rules.md §10.6.
 */
public final class Ordinals {
    private Ordinals() {
    }

    /** The number followed by its English suffix; 11, 12 and 13 (and 111, 1012, ...) take "th". */
    public static String of(long n) {
        return n + suffix(n);
    }

    private static String suffix(long n) {
        // n % 100 stays small, so abs is safe even for Long.MIN_VALUE
        long lastTwo = Math.abs(n % 100);
        if (lastTwo >= 11 && lastTwo <= 13) {
            return "th";
        }
        return switch ((int) (lastTwo % 10)) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
