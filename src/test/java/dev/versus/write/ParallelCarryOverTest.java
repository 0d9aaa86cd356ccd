package dev.versus.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The carry-over and the deletion of a tree on several threads do exactly what one thread does. */
class ParallelCarryOverTest {
    private static final int PAGES = 300;

    @TempDir
    Path dir;

    @AfterEach
    void realLinks() {
        CarryOver.links = Files::createLink;
    }

    @Test
    void fourThreadsCarryOverExactlyTheTreeOneThreadDoes() throws Exception {
        Path site = manyPagesSite(dir.resolve("site"));
        Path one = prefilledStaging(dir.resolve("one"));
        Path four = prefilledStaging(dir.resolve("four"));
        Set<String> skipped = Set.of("compare/p7-vs-q7/index.html", "compare/p8-vs-q8/extra.txt", "index.html");

        CarryOver.into(site, one, skipped::contains, new Cancellation(), 1);
        CarryOver.into(site, four, skipped::contains, new Cancellation(), 4);

        Map<String, String> expected = tree(one);
        assertEquals(expected, tree(four));
        // Hand-counted: compare, its 300 entries (299 folders and the user's file p0-vs-q0), their
        // index.html but p0's and the skipped p7's, the 30 extras but the skipped p8's, the new home,
        // robots.txt, deep/a/b and the link in it.
        assertEquals(1 + 300 + 298 + 29 + 1 + 1 + 3 + 1, expected.size());
        assertEquals("file:new home", expected.get("index.html"));
        assertEquals("file:a user's file", expected.get("compare/p0-vs-q0"), "the new page wins over the folder");
        assertEquals("link:../compare/p1-vs-q1", expected.get("deep/a/b/latest"));
        assertFalse(expected.containsKey("compare/p7-vs-q7/index.html"));
        for (int i = 1; i < PAGES; i++) {
            String page = "compare/p" + i + "-vs-q" + i + "/index.html";
            if (!skipped.contains(page)) {
                assertEquals(inode(site.resolve(page)), inode(four.resolve(page)), page + " is hard-linked");
                assertEquals("file:page " + i, expected.get(page));
            }
        }
    }

    @Test
    void fourThreadsDeleteEveryFileFolderAndLinkButNeverFollowALink() throws Exception {
        Path site = manyPagesSite(dir.resolve("site"));
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("keep.txt"), "kept");
        Files.createSymbolicLink(site.resolve("compare/p3-vs-q3/elsewhere"), outside);

        Folders.deleteRecursively(site, 4);

        assertFalse(Files.exists(site, LinkOption.NOFOLLOW_LINKS));
        assertEquals("kept", Files.readString(outside.resolve("keep.txt")));
    }

    @Test
    void aFailedLinkOnOneThreadFailsTheCommitAndLeavesThePreviousSiteAndNoStaging() throws Exception {
        Path out = manyPagesSite(dir.resolve("site"));
        Map<String, String> previous = tree(out);
        AtomicInteger linksMade = new AtomicInteger();
        CarryOver.links = (link, existing) -> {
            if (link.toString().endsWith("p150-vs-q150/index.html")) {
                throw new FileSystemException(link.toString(), null, "No space left on device");
            }
            Files.createLink(link, existing);
            linksMade.incrementAndGet();
        };

        try (StagedOutput staged = StagedOutput.open(out, true, new Cancellation(), 4)) {
            staged.write("index.html", bytes("new home"));
            OutputWriteException failure = assertThrows(OutputWriteException.class,
                    () -> staged.commit(new Manifest(Map.of(), Map.of()), Manifest.PATH, Set.of()));
            assertTrue(failure.getMessage().contains("No space left on device"), failure.getMessage());
            assertTrue(failure.getMessage().contains("linking the unchanged files of " + out.toAbsolutePath()),
                    failure.getMessage());
        }

        assertTrue(linksMade.get() > 0, "the carry-over was under way when the link failed");
        assertEquals(previous, tree(out));
        try (Stream<Path> beside = Files.list(dir)) {
            assertEquals(List.of(out), beside.toList(), "no staging or previous folder left");
        }
    }

    /** Many page folders, one fanned-out level, a deeper branch, a symbolic link, a user's folder. */
    private static Path manyPagesSite(Path site) throws IOException {
        for (int i = 0; i < PAGES; i++) {
            Path page = Files.createDirectories(site.resolve("compare/p" + i + "-vs-q" + i));
            Files.writeString(page.resolve("index.html"), "page " + i);
            if (i % 10 == 8) {
                Files.writeString(page.resolve("extra.txt"), "extra " + i);
            }
        }
        Files.writeString(site.resolve("index.html"), "old home");
        Files.writeString(site.resolve("robots.txt"), "robots");
        Files.createDirectories(site.resolve("deep/a/b"));
        Files.createSymbolicLink(site.resolve("deep/a/b/latest"), Path.of("../compare/p1-vs-q1"));
        return site;
    }

    /** A staging folder holding what a rebuild wrote: a new home page, a page where a folder was. */
    private static Path prefilledStaging(Path staging) throws IOException {
        Files.createDirectories(staging.resolve("compare"));
        Files.writeString(staging.resolve("index.html"), "new home");
        Files.writeString(staging.resolve("compare/p0-vs-q0"), "a user's file");
        return staging;
    }

    /** Every path under the root with what it is: a file's text, a link's target, or a folder. */
    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> tree = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(path -> !path.equals(root)).toList()) {
                String relative = root.relativize(path).toString().replace('\\', '/');
                if (Files.isSymbolicLink(path)) {
                    tree.put(relative, "link:" + Files.readSymbolicLink(path).toString().replace('\\', '/'));
                } else if (Files.isDirectory(path)) {
                    tree.put(relative, "folder");
                } else {
                    tree.put(relative, "file:" + Files.readString(path));
                }
            }
        }
        return tree;
    }

    private static Object inode(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
