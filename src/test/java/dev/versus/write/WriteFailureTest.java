package dev.versus.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up or cannot be written during a build: exit 4, the cause in the system's
 * words and the folder named, no stack trace, the previous site untouched and nothing left beside
 * it. A bug is exit 3, with the stack trace and where to report it.
 */
class WriteFailureTest {
    private static final String SNAPSHOT = "src/test/resources/snapshots/valid-small.json";

    @TempDir
    Path dir;

    @AfterEach
    void realWrites() {
        StagedOutput.fileWrites = FileWrites.CREATE_NEW;
    }

    @Test
    void aSimulatedFullDiskExitsFourSayingWhyAndWhereAndKeepsThePreviousSite() throws Exception {
        Path parent = Files.createDirectories(dir.resolve("disk"));
        Path out = parent.resolve("site");
        assertEquals(0, build(SNAPSHOT, out).code());
        Map<String, String> previous = tree(out);
        Path changed = snapshotWithFlaskTotal(41900);
        StagedOutput.fileWrites = (file, bytes) -> {
            if (file.toString().contains("compare")) {
                throw new IOException("No space left on device");
            }
            FileWrites.CREATE_NEW.write(file, bytes);
        };

        Run run = build(changed.toString(), out);

        assertEquals(4, run.code(), run.err());
        assertTrue(Pattern.compile("versus build: cannot write " + Pattern.quote(out.toString())
                + ": No space left on device \\(while writing compare/[a-z0-9-]+/index\\.html into "
                + Pattern.quote(parent.toRealPath().toString()) + "/\\.site\\.staging-[0-9a-f]{12}\\)\n")
                .matcher(run.err()).find(), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
        assertEquals(previous, tree(out));
        assertEquals(List.of("site"), names(parent));
    }

    @Test
    void aRealFullFileSystemExitsFourAndKeepsThePreviousSite() throws Exception {
        Path mount = Files.createDirectories(dir.resolve("tmpfs"));
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", mount.toString()),
                "cannot mount a small tmpfs here (needs root)");
        try {
            Path out = mount.resolve("site");
            assertEquals(0, build(SNAPSHOT, out).code());
            Map<String, String> previous = tree(out);
            fillLeaving(mount.resolve("filler"), 16 * 1024);

            Run run = build(snapshotWithFlaskTotal(41900).toString(), out);

            assertEquals(4, run.code(), run.err());
            assertTrue(run.err().startsWith("versus build: cannot write " + out + ": No space left on device (while "),
                    run.err());
            assertFalse(run.err().contains("\tat "), run.err());
            assertEquals(previous, tree(out));
            assertEquals(List.of("filler", "site"), names(mount));
        } finally {
            run("umount", mount.toString());
        }
    }

    @Test
    void aReadOnlyFileSystemExitsFourAndKeepsThePreviousSite() throws Exception {
        Path mount = Files.createDirectories(dir.resolve("tmpfs"));
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", mount.toString()),
                "cannot mount a small tmpfs here (needs root)");
        try {
            Path out = mount.resolve("site");
            assertEquals(0, build(SNAPSHOT, out).code());
            Map<String, String> previous = tree(out);
            assertTrue(run("mount", "-o", "remount,ro", mount.toString()));

            Run run = build(snapshotWithFlaskTotal(41900).toString(), out);

            assertEquals(4, run.code(), run.err());
            assertTrue(run.err().startsWith("versus build: cannot write " + out + ": Read-only file system (while "),
                    run.err());
            assertFalse(run.err().contains("\tat "), run.err());
            assertEquals(previous, tree(out));
            assertEquals(List.of("site"), names(mount));
        } finally {
            run("umount", mount.toString());
        }
    }

    @Test
    void aBugInTheWriteStageExitsThreeWithTheStackTraceAndWhereToReportIt() throws Exception {
        Path parent = Files.createDirectories(dir.resolve("disk"));
        Path out = parent.resolve("site");
        StagedOutput.fileWrites = (file, bytes) -> {
            throw new IllegalStateException("a bug of Versus, simulated");
        };

        Run run = build(SNAPSHOT, out);

        assertEquals(3, run.code(), run.err());
        assertTrue(run.err().contains("java.lang.IllegalStateException: a bug of Versus, simulated\n\tat "), run.err());
        assertTrue(run.err().endsWith("This is a bug in Versus. Please report it with the command you ran and the stack"
                + " trace above.\n"), run.err());
        assertEquals(List.of(), names(parent), "no staging folder, no lock file, no output");
    }

    /** Fills the file system with one file, then gives back {@code free} bytes. */
    private static void fillLeaving(Path filler, long free) throws IOException {
        try (FileChannel channel = FileChannel.open(filler, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer chunk = ByteBuffer.allocate(64 * 1024);
            try {
                while (true) {
                    chunk.rewind();
                    channel.write(chunk);
                }
            } catch (IOException full) {
                channel.truncate(Math.max(0, channel.size() - free));
            }
        }
    }

    private Path snapshotWithFlaskTotal(long total) throws IOException {
        Path snapshot = dir.resolve("changed.json");
        String json = Files.readString(Path.of(SNAPSHOT));
        assertTrue(json.contains("\"total\": 41800"));
        Files.writeString(snapshot, json.replace("\"total\": 41800", "\"total\": " + total));
        return snapshot;
    }

    private record Run(int code, String err) {
    }

    private static Run build(String snapshot, Path out) {
        PrintStream savedErr = System.err;
        PrintStream savedOut = System.out;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            System.setOut(new PrintStream(OutputStream.nullOutputStream()));
            int code = Main.execute("build", "--snapshot", snapshot, "--out", out.toString(), "--quiet");
            return new Run(code, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(savedErr);
            System.setOut(savedOut);
        }
    }

    private static boolean run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().transferTo(OutputStream.nullOutputStream());
        return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
    }

    private static Map<String, String> tree(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString(), new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
