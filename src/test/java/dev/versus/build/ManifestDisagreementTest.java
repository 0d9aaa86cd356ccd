package dev.versus.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest must never claim a file that is not there as it says: what disagrees is rebuilt. */
class ManifestDisagreementTest {
    private static final String PAGE = "compare/django-vs-flask/index.html";

    @TempDir
    Path dir;

    @Test
    void aFileDeletedByHandIsWrittenAgain() throws Exception {
        Path out = dir.resolve("site");
        FixtureSite.build(out);
        Map<String, byte[]> clean = FixtureSite.files(out);
        Files.delete(out.resolve(PAGE));

        BuildReport report = FixtureSite.build(out);

        assertEquals(List.of(PAGE), report.changes().changed());
        assertSameFiles(clean, FixtureSite.files(out));
    }

    @Test
    void aFileTruncatedByHandIsWrittenAgain() throws Exception {
        Path out = dir.resolve("site");
        FixtureSite.build(out);
        Map<String, byte[]> clean = FixtureSite.files(out);
        Files.write(out.resolve(PAGE), new byte[] {'<'});

        BuildReport report = FixtureSite.build(out);

        assertEquals(List.of(PAGE), report.changes().changed());
        assertSameFiles(clean, FixtureSite.files(out));
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, bytes) -> assertEquals(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1),
                new String(actual.get(path), java.nio.charset.StandardCharsets.ISO_8859_1), path));
    }
}
