package dev.versus.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeftoversTest {
    @TempDir
    Path dir;

    @Test
    void removesStagingPreviousOldChangesFoldersAndScratchFilesOnly() throws Exception {
        Path out = Files.createDirectories(dir.resolve("site"));
        Files.writeString(out.resolve("index.html"), "live");
        Files.createDirectories(dir.resolve(".site.staging-0a1b/compare/x"));
        Files.writeString(dir.resolve(".site.staging-0a1b/compare/x/index.html"), "half");
        Files.writeString(dir.resolve(".site.staging-0a1b.file-3"), "scratch");
        Files.createDirectories(dir.resolve(".site.previous-77"));
        Files.createDirectories(dir.resolve(".site.changes-123"));
        // Names that only look alike belong to someone else.
        Files.createDirectories(dir.resolve(".site2.staging-1"));
        Files.createDirectories(dir.resolve("site.staging-1"));
        Files.writeString(dir.resolve(".site.notes"), "mine");

        Leftovers.Recovery recovery = Leftovers.recover(out);

        assertEquals(new Leftovers.Recovery(false, 4), recovery);
        assertEquals("removed what an interrupted build left beside site (4 folders or files)",
                recovery.describe(Path.of("site")));
        assertEquals(List.of(".site.notes", ".site2.staging-1", "site", "site.staging-1"), names());
        assertEquals("live", Files.readString(out.resolve("index.html")));
    }

    @Test
    void aMissingOutputWithAPreviousFolderIsRolledBack() throws Exception {
        Path out = dir.resolve("site");
        Files.createDirectories(dir.resolve(".site.previous-5e/compare"));
        Files.writeString(dir.resolve(".site.previous-5e/compare/index.html"), "old site");
        Files.createDirectories(dir.resolve(".site.staging-9f"));
        Files.writeString(dir.resolve(".site.staging-9f/index.html"), "new site, not yet in place");

        Leftovers.Recovery recovery = Leftovers.recover(out);

        assertTrue(recovery.restored());
        assertEquals(1, recovery.removed());
        assertEquals("old site", Files.readString(out.resolve("compare/index.html")));
        assertEquals(List.of("site"), names());
    }

    @Test
    void nothingToDoIsEmpty() throws Exception {
        Files.createDirectories(dir.resolve("site"));
        assertTrue(Leftovers.recover(dir.resolve("site")).isEmpty());
        assertTrue(Leftovers.recover(dir.resolve("never-built")).isEmpty());
        assertFalse(Files.exists(dir.resolve("never-built")));
    }

    private List<String> names() throws Exception {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
