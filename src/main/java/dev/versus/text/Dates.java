package dev.versus.text;

import java.time.LocalDate;

/**
 * The one way dates are written in sentences: "1 February 2022".
 *
 * <p>Rules: docs/comparison-rules.md §10.7.
 */
public final class Dates {
    // Spelled out here rather than taken from locale data so that no JDK or locale changes a page.
    private static final String[] MONTHS = {
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December"
    };

    private Dates() {
    }

    /**
     * Day, month name, year ("1 February 2022"): the month is spelled out, so no reader can take
     * it for the day, as they might with "02/01/2022". Machine-readable places (the JSON twin,
     * {@code <time datetime>}) use {@link LocalDate#toString()} instead.
     */
    public static String format(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }
}
