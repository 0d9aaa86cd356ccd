package dev.versus.load;

import java.util.List;

/** A snapshot file that cannot be used, with the errors found in it, in file order. */
public final class InvalidSnapshotException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<SnapshotError> errors;
    private final int totalErrors;

    InvalidSnapshotException(List<SnapshotError> errors, int totalErrors) {
        super(describe(errors, totalErrors));
        this.errors = List.copyOf(errors);
        this.totalErrors = totalErrors;
    }

    /** The errors kept, at most {@value ErrorCollector#LIMIT}, sorted by line and column. */
    public List<SnapshotError> errors() {
        return errors;
    }

    /** How many errors were found, including those cut from {@link #errors()}. */
    public int totalErrors() {
        return totalErrors;
    }

    /** Whether more errors were found than {@link #errors()} holds. */
    public boolean truncated() {
        return totalErrors > errors.size();
    }

    private static String describe(List<SnapshotError> errors, int totalErrors) {
        String file = errors.isEmpty() ? "snapshot" : errors.get(0).file();
        StringBuilder out = new StringBuilder()
                .append(file).append(" is not a valid snapshot (")
                .append(totalErrors).append(totalErrors == 1 ? " error" : " errors").append("):");
        for (SnapshotError error : errors) {
            out.append('\n').append(error.format());
        }
        if (totalErrors > errors.size()) {
            out.append("\n... and ").append(totalErrors - errors.size()).append(" more, not shown");
        }
        return out.toString();
    }
}
