package dev.versus.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedOutputTest {
    @TempDir
    Path dir;

    @Test
    void committedBuildReplacesThePreviousOutputWhole() throws Exception {
        Path out = dir.resolve("site");
        Files.createDirectories(out.resolve("old"));
        Files.writeString(out.resolve("old/index.html"), "old");
        try (StagedOutput staged = StagedOutput.open(out)) {
            staged.write("compare/a-vs-b/index.html", bytes("new"));
            staged.commit();
        }
        assertEquals("new", Files.readString(out.resolve("compare/a-vs-b/index.html")));
        assertFalse(Files.exists(out.resolve("old")), "files of the previous build are gone");
        assertEquals(1, siblings(), "no staging or previous folder is left beside the output");
    }

    @Test
    void uncommittedBuildLeavesThePreviousOutputUntouched() throws Exception {
        Path out = dir.resolve("site");
        Files.createDirectories(out);
        Files.writeString(out.resolve("index.html"), "previous");
        try (StagedOutput staged = StagedOutput.open(out)) {
            staged.write("index.html", bytes("half-built"));
        }
        assertEquals("previous", Files.readString(out.resolve("index.html")));
        assertEquals(1, siblings());
    }

    @Test
    void pathsLeavingTheOutputFolderAreRefused() throws Exception {
        try (StagedOutput staged = StagedOutput.open(dir.resolve("site"))) {
            assertThrows(IllegalArgumentException.class, () -> staged.write("../escape.html", bytes("x")));
            assertThrows(IllegalArgumentException.class, () -> staged.write("a/../../escape.html", bytes("x")));
        }
        assertFalse(Files.exists(dir.resolve("escape.html")));
    }

    @Test
    void countsFilesAndBytesWritten() throws Exception {
        try (StagedOutput staged = StagedOutput.open(dir.resolve("site"))) {
            staged.write("a/index.html", bytes("abc"));
            staged.write("b/index.html", bytes("de"));
            assertEquals(2, staged.filesWritten());
            assertEquals(5, staged.bytesWritten());
            staged.commit();
        }
        assertTrue(Files.isRegularFile(dir.resolve("site/b/index.html")));
    }

    private long siblings() throws Exception {
        try (Stream<Path> list = Files.list(dir)) {
            return list.count();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
