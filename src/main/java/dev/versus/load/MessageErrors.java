package dev.versus.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The errors of a site's message files: file by file in the site's language order, each file's in
 * line and column order whichever check found them, the first {@value #LIMIT} shown, as the
 * snapshot reader does. Message files are small, so all are kept until the end.
 */
final class MessageErrors {
    static final int LIMIT = ErrorCollector.LIMIT;

    private record Error(int file, int line, int column, long sequence, String text) {
    }

    private static final Comparator<Error> ORDER = Comparator.comparingInt(Error::file)
            .thenComparingInt(Error::line).thenComparingInt(Error::column).thenComparingLong(Error::sequence);

    private final Map<String, Integer> fileRanks = new LinkedHashMap<>();
    private final List<Error> errors = new ArrayList<>();

    /** Errors of this file come after those of the files named before it. */
    void file(String name) {
        fileRanks.putIfAbsent(name, fileRanks.size());
    }

    void add(String file, int line, int column, String message) {
        file(file);
        errors.add(new Error(fileRanks.get(file), line, column, errors.size(),
                file + ":" + line + ":" + column + ": " + message));
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    void throwIfAny() throws InvalidContentException {
        if (errors.isEmpty()) {
            return;
        }
        List<String> shown = new ArrayList<>(errors.stream().sorted(ORDER).limit(LIMIT).map(Error::text).toList());
        if (errors.size() > LIMIT) {
            shown.add("... and " + (errors.size() - LIMIT) + " more, not shown");
        }
        throw new InvalidContentException(shown);
    }
}
