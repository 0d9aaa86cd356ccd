package dev.versus.load;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Dates as the format writes them: exactly {@code YYYY-MM-DD}, and a day that exists. */
final class Dates {
    /**
     * The earliest snapshot or history date. The first web page went online in 1991, so a usage
     * figure dated before 1990 is a typo or a placeholder such as 0000-01-01, never data. There is
     * no latest date besides 9999-12-31 (four-digit years): a limit tied to today's date would
     * make the same snapshot build on one day and fail on another, and a fixed year would expire.
     */
    static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

    private Dates() {
    }

    /** The date, or null when {@code text} is not one in that exact form. */
    static LocalDate parse(String text) {
        // ISO_LOCAL_DATE alone would also take "+12023-01-01"; the shape check keeps it to 4-digit years.
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (text.charAt(i) < '0' || text.charAt(i) > '9')) {
                return null;
            }
        }
        try {
            return LocalDate.parse(text); // strict: 2023-02-30 is refused
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
