package dev.versus.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Set;
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

    @Test
    void aRebuildKeepsUnchangedFilesAsHardLinksAndTheirTimesAndRemovesDeletedOnes() throws Exception {
        Path out = dir.resolve("site");
        Files.createDirectories(out.resolve("compare/a-vs-b"));
        Files.createDirectories(out.resolve("compare/gone"));
        Files.createDirectories(out.resolve("empty-by-choice"));
        Files.writeString(out.resolve("compare/a-vs-b/index.html"), "unchanged");
        Files.writeString(out.resolve("compare/gone/index.html"), "deleted");
        Files.writeString(out.resolve("index.html"), "old home");
        Files.writeString(out.resolve("users-file.txt"), "not in any manifest");
        Files.createSymbolicLink(out.resolve("latest"), Path.of("compare/a-vs-b"));
        FileTime longAgo = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(out.resolve("compare/a-vs-b/index.html"), longAgo);
        Object unchangedInode = fileKey(out.resolve("compare/a-vs-b/index.html"));
        // Another name for the old home page's bytes: the rebuild must not write through it.
        Files.createLink(dir.resolve("old-home-copy"), out.resolve("index.html"));

        try (StagedOutput staged = StagedOutput.open(out, true, new Cancellation(), 1)) {
            staged.write("index.html", bytes("new home"));
            staged.commit(new Manifest(Map.of(), Map.of()), Manifest.PATH, Set.of("compare/gone/index.html"));
        }

        assertEquals("new home", Files.readString(out.resolve("index.html")));
        assertEquals("old home", Files.readString(dir.resolve("old-home-copy")), "the old file was replaced, not rewritten");
        assertEquals(unchangedInode, fileKey(out.resolve("compare/a-vs-b/index.html")), "hard-linked, not copied");
        assertEquals(longAgo, Files.getLastModifiedTime(out.resolve("compare/a-vs-b/index.html")));
        assertEquals("not in any manifest", Files.readString(out.resolve("users-file.txt")));
        assertEquals(Path.of("compare/a-vs-b"), Files.readSymbolicLink(out.resolve("latest")));
        assertFalse(Files.exists(out.resolve("compare/gone")), "a folder emptied by a deletion goes");
        assertTrue(Files.isDirectory(out.resolve("empty-by-choice")), "a folder that was empty stays");
        assertTrue(Files.isRegularFile(out.resolve(Manifest.PATH)));
        assertEquals(2, siblings(), "the output and old-home-copy; no staging or previous folder");
    }

    @Test
    void aCancelBeforeTheSwapLeavesThePreviousSiteAndNoStaging() throws Exception {
        Path out = dir.resolve("site");
        Files.createDirectories(out);
        Files.writeString(out.resolve("index.html"), "previous");
        Cancellation cancellation = new Cancellation();
        try (StagedOutput staged = StagedOutput.open(out, true, cancellation, 1)) {
            staged.write("index.html", bytes("new"));
            cancellation.cancel();
            assertThrows(Cancellation.Cancelled.class,
                    () -> staged.commit(new Manifest(Map.of(), Map.of()), Manifest.PATH, Set.of()));
        }
        assertEquals("previous", Files.readString(out.resolve("index.html")));
        assertEquals(Cancellation.State.CANCELLED, cancellation.state());
        assertEquals(1, siblings());
    }

    @Test
    void aNewPageWhereAUserFileWasWinsOverTheFile() throws Exception {
        Path out = dir.resolve("site");
        Files.createDirectories(out.resolve("notes"));
        Files.writeString(out.resolve("about"), "a user's file where the new site has a folder");
        Files.writeString(out.resolve("notes/todo.txt"), "a user's folder where the new site has a file");

        try (StagedOutput staged = StagedOutput.open(out, true, new Cancellation(), 1)) {
            staged.write("about/index.html", bytes("about page"));
            staged.write("notes", bytes("notes page"));
            staged.commit(new Manifest(Map.of(), Map.of()), Manifest.PATH, Set.of());
        }

        assertEquals("about page", Files.readString(out.resolve("about/index.html")));
        assertEquals("notes page", Files.readString(out.resolve("notes")));
        assertEquals(1, siblings());
    }

    private static Object fileKey(Path file) throws Exception {
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
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
