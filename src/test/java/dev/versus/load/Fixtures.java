package dev.versus.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.model.Snapshot;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Loads the snapshot fixtures and checks errors against the text they point into. */
final class Fixtures {
    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/snapshots/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static Snapshot read(String name) throws InvalidSnapshotException {
        return SnapshotReader.read(name, bytes(name));
    }

    static List<SnapshotError> errors(String name, byte[] bytes) {
        return assertThrows(InvalidSnapshotException.class, () -> SnapshotReader.read(name, bytes)).errors();
    }

    static List<SnapshotError> errors(String name) {
        return errors(name, bytes(name));
    }

    /** The one error the fixture has. */
    static SnapshotError onlyError(String name) {
        List<SnapshotError> errors = errors(name);
        assertEquals(1, errors.size(), () -> "expected one error, got " + errors);
        return errors.get(0);
    }

    /**
     * Checks an error's position, path and message, and that the fixture's text at that position
     * starts with {@code textThere}, so a wrong column cannot pass unnoticed.
     */
    static void assertError(SnapshotError error, int line, int column, String textThere, String path, String message) {
        String where = error.format();
        assertEquals(line, error.line(), () -> "line of " + where);
        assertEquals(column, error.column(), () -> "column of " + where);
        assertEquals(path, error.path(), () -> "path of " + where);
        assertTrue(error.message().contains(message), () -> "message of " + where + " should contain: " + message);
        String atPosition = text(error.file()).lines().toList().get(line - 1).substring(column - 1);
        assertTrue(atPosition.startsWith(textThere), () -> where + " points at: " + atPosition);
    }

    static void assertOnlyError(String name, int line, int column, String textThere, String path, String message) {
        assertError(onlyError(name), line, column, textThere, path, message);
    }
}
