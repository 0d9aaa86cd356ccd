package dev.versus.text;

/**
 * Counts as pages show them: "67,300".
 *
 * <p>Rules: docs/comparison-rules.md §10.5.
 */
public final class Counts {
    private Counts() {
    }

    /**
     * The count with a comma between each group of three digits, whatever the default locale
     * (a build on a German machine must not print "67.300").
     */
    public static String format(long count) {
        String digits = Long.toString(count);
        if (count < 0) {
            return "-" + grouped(digits.substring(1));
        }
        return grouped(digits);
    }

    /** Plain digits ("1234") with commas put in ("1,234"). */
    static String grouped(String digits) {
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3);
        int firstGroup = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, firstGroup);
        for (int i = firstGroup; i < digits.length(); i += 3) {
            out.append(',').append(digits, i, i + 3);
        }
        return out.toString();
    }
}
