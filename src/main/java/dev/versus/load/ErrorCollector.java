package dev.versus.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Gathers the errors of one snapshot file. The validator visits fields in schema order, not file
 * order, so errors are sorted at the end; only the first {@value #LIMIT} by position are kept
 * (in a bounded heap), so a file with millions of bad values still costs little memory.
 */
final class ErrorCollector {
    static final int LIMIT = 50;

    private record Numbered(SnapshotError error, long sequence) {
    }

    /** File order; errors at the same position keep the order they were found in. */
    private static final Comparator<Numbered> FILE_ORDER = Comparator
            .comparingInt((Numbered n) -> n.error().line())
            .thenComparingInt(n -> n.error().column())
            .thenComparingLong(Numbered::sequence);

    private final String file;
    private final PriorityQueue<Numbered> latestOnTop = new PriorityQueue<>(FILE_ORDER.reversed());
    private int count;

    ErrorCollector(String file) {
        this.file = file;
    }

    void add(JsonPath path, int line, int column, String message) {
        latestOnTop.add(new Numbered(new SnapshotError(file, line, column, path.toString(), message), count));
        count++;
        if (latestOnTop.size() > LIMIT) {
            latestOnTop.poll();
        }
    }

    /** An error about {@code value}, positioned at its first character. */
    void at(JsonValue value, JsonPath path, String message) {
        add(path, value.line(), value.column(), message);
    }

    /** How many errors so far; compare before and after a part to know whether it was clean. */
    int count() {
        return count;
    }

    void throwIfAny() throws InvalidSnapshotException {
        if (count > 0) {
            throw toException();
        }
    }

    InvalidSnapshotException toException() {
        List<Numbered> kept = new ArrayList<>(latestOnTop);
        kept.sort(FILE_ORDER);
        return new InvalidSnapshotException(kept.stream().map(Numbered::error).toList(), count);
    }

    /** The exception for a file that fails as a whole (not UTF-8, malformed): one error only. */
    static InvalidSnapshotException single(String file, JsonPath path, int line, int column, String message) {
        ErrorCollector errors = new ErrorCollector(file);
        errors.add(path, line, column, message);
        return errors.toException();
    }
}
