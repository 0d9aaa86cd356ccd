package dev.versus.check;

import java.util.Comparator;

/**
 * One problem, where it is in the site's sources.
 *
 * @param file path relative to the checked folder, with '/' separators
 * @param line 1-based line
 * @param column 1-based column
 */
public record Problem(String file, int line, int column, String message) implements Comparable<Problem> {

    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::message);

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
