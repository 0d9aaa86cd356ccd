package dev.versus.load;

/**
 * One thing wrong with a snapshot file.
 *
 * @param file the file as the user named it
 * @param line 1-based line
 * @param column 1-based column, counted in UTF-16 code units
 * @param path JSON path of the offending value, such as {@code $.technologies[3].usage.total}
 * @param message a sentence saying what was found and what was expected
 */
public record SnapshotError(String file, int line, int column, String path, String message) {

    /** {@code file:line:column: path: message}, the form editors and terminals link to. */
    public String format() {
        return file + ":" + line + ":" + column + ": " + path + ": " + message;
    }

    @Override
    public String toString() {
        return format();
    }
}
