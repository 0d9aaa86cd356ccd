package dev.versus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.testing.TestFolders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds in a child JVM, killed (SIGKILL) or stopped (SIGTERM) at chosen moments: the output folder
 * must then be the previous site or the new one, byte for byte, and the next build must leave
 * exactly a clean build and nothing beside it. The swap's moments are hit exactly with the
 * test-only pause {@code versus.test.pauseBeforeSwap} (see SwapPause): before step n the child
 * creates {@code marker.n} and waits until it is deleted.
 */
class InterruptedBuildTest {
    private static final long LIMIT_SECONDS = 240;

    @TempDir
    static Path shared;
    static Path snapshotA;
    static Path snapshotB;
    static Path siteA;
    static Map<String, String> treeA;
    static Map<String, String> treeB;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    Path work;
    Path parent;
    Path out;

    @BeforeAll
    static void buildBothSnapshotsCleanly() throws IOException {
        snapshotA = shared.resolve("a.json");
        snapshotB = shared.resolve("b.json");
        assertEquals(0, Main.execute("synth", "--pages", "150", "--out", snapshotA.toString()));
        Files.writeString(snapshotB, withOneTotalChanged(Files.readString(snapshotA)));
        siteA = shared.resolve("clean-a/site");
        assertEquals(0, Main.execute("build", "--snapshot", snapshotA.toString(), "--out", siteA.toString(), "--quiet"));
        Path siteB = shared.resolve("clean-b/site");
        assertEquals(0, Main.execute("build", "--snapshot", snapshotB.toString(), "--out", siteB.toString(), "--quiet"));
        treeA = SiteTree.of(siteA);
        treeB = SiteTree.of(siteB);
        assertNotEquals(treeA, treeB, "snapshot B must change some pages");
        assertEquals(treeA.keySet(), treeB.keySet(), "B changes pages, not routes: a mix would go unnoticed otherwise");
    }

    /** The first technology's total, plus 1000: a change that shows on some pages, not all. */
    private static String withOneTotalChanged(String json) {
        Matcher total = Pattern.compile("\"total\":(\\d+)").matcher(json);
        assertTrue(total.find());
        long changed = Long.parseLong(total.group(1)) + 1000;
        return json.substring(0, total.start(1)) + changed + json.substring(total.end(1));
    }

    @org.junit.jupiter.api.BeforeEach
    void previousSiteIsA(TestInfo test) throws IOException {
        work = shared.resolve(test.getTestMethod().orElseThrow().getName());
        parent = Files.createDirectories(work.resolve("parent"));
        out = parent.resolve("site");
        TestFolders.copy(siteA, out);
    }

    @Test
    void killedWhileRenderingTheOutputIsThePreviousSiteAndTheNextBuildCleansUp() throws Exception {
        Process child = build(snapshotB, null);
        await(() -> SiteTree.names(parent).stream().anyMatch(n -> n.startsWith(".site.staging-")), "a staging folder");
        child.destroyForcibly().waitFor();

        Map<String, String> after = SiteTree.of(out);
        assertTrue(after.equals(treeA) || after.equals(treeB), "the old site or the new one, not a mix");
        assertNextBuildIsClean(snapshotB, treeB);
    }

    @Test
    void killedBeforeTheFirstRenameTheOutputIsThePreviousSite() throws Exception {
        Path marker = work.resolve("pause");
        Process child = build(snapshotB, marker);
        awaitFile(marker, 1);
        child.destroyForcibly().waitFor();

        assertEquals(treeA, SiteTree.of(out));
        assertTrue(SiteTree.names(parent).stream().anyMatch(n -> n.startsWith(".site.staging-")),
                "the complete staging folder was left: " + SiteTree.names(parent));
        assertNextBuildIsClean(snapshotB, treeB);
    }

    @Test
    void killedBetweenTheRenamesTheNextBuildRollsBackThenBuilds() throws Exception {
        Path marker = work.resolve("pause");
        Process child = build(snapshotB, marker);
        deleteWhenItAppears(marker, 1);
        awaitFile(marker, 2);
        child.destroyForcibly().waitFor();

        assertFalse(Files.exists(out), "the kill fell between the two renames");
        // Building the old snapshot again: the previous site comes back whole and nothing changes.
        assertEquals(0, Main.execute("build", "--snapshot", snapshotA.toString(), "--out", out.toString(), "--quiet"));
        assertTrue(console.err().contains("versus build: restored " + out + " to the previous site"), console.err());
        assertEquals(treeA, SiteTree.of(out));
        assertEquals(List.of("site"), SiteTree.names(parent));
    }

    @Test
    void killedAfterTheSwapTheOutputIsTheNewSite() throws Exception {
        Path marker = work.resolve("pause");
        Process child = build(snapshotB, marker);
        deleteWhenItAppears(marker, 1);
        deleteWhenItAppears(marker, 2);
        awaitFile(marker, 3);
        child.destroyForcibly().waitFor();

        assertEquals(treeB, SiteTree.of(out));
        assertTrue(SiteTree.names(parent).stream().anyMatch(n -> n.startsWith(".site.previous-")));
        assertNextBuildIsClean(snapshotA, treeA);
    }

    @Test
    void sigtermWhileRenderingExits143KeepsThePreviousSiteAndLeavesNothing() throws Exception {
        Process child = build(snapshotB, null);
        await(() -> SiteTree.names(parent).stream().anyMatch(n -> n.startsWith(".site.staging-")), "a staging folder");
        child.destroy();

        assertTrue(child.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS));
        String err = stderrOf();
        // Should the build beat the signal to its end, there is nothing to check about stopping.
        Assumptions.assumeTrue(child.exitValue() != 0, "the build finished before the signal");
        assertEquals(143, child.exitValue(), err);
        assertTrue(err.contains("versus build: interrupted; " + out + " is the previous site, unchanged"), err);
        assertEquals(treeA, SiteTree.of(out));
        assertEquals(List.of("site"), SiteTree.names(parent), "no staging folder, no lock file");
    }

    @Test
    void sigtermDuringTheSwapLetsTheSwapFinishAndSaysSo() throws Exception {
        Path marker = work.resolve("pause");
        Process child = build(snapshotB, marker);
        awaitFile(marker, 1);
        child.destroy();
        // Give the JVM time to start its shutdown hook, which cancels; the swap has begun, so it goes on.
        Thread.sleep(2000);
        Files.delete(Path.of(marker + ".1"));
        deleteWhenItAppears(marker, 2);
        deleteWhenItAppears(marker, 3);

        assertTrue(child.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS));
        String err = stderrOf();
        assertEquals(143, child.exitValue(), err);
        assertTrue(err.contains("versus build: interrupted; " + out + " is the new site"), err);
        assertEquals(treeB, SiteTree.of(out));
        assertEquals(List.of("site"), SiteTree.names(parent));
    }

    @Test
    void aSecondBuildIntoTheSameFolderExitsFiveNamingTheHolderOrWaitsWithWait() throws Exception {
        Path marker = work.resolve("pause");
        Process first = build(snapshotB, marker);
        awaitFile(marker, 1);

        assertEquals(5, Main.execute("build", "--snapshot", snapshotA.toString(), "--out", out.toString(), "--quiet"));
        assertEquals("versus build: " + out + " is being built by another Versus process (pid " + first.pid()
                + "); waiting is possible with --wait\n", console.err());

        Process second = start(List.of("build", "--snapshot", snapshotA.toString(), "--out", out.toString(), "--quiet",
                "--wait"), null, work.resolve("second.err"));
        await(() -> read(work.resolve("second.err")).contains("waiting"), "the second build to wait");
        deleteWhenItAppears(marker, 1);
        deleteWhenItAppears(marker, 2);
        deleteWhenItAppears(marker, 3);
        assertTrue(first.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS));
        assertEquals(0, first.exitValue(), stderrOf());
        assertTrue(second.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS));
        assertEquals(0, second.exitValue(), read(work.resolve("second.err")));
        assertTrue(read(work.resolve("second.err")).contains("waiting: " + out + " is being built by another Versus"
                + " process (pid " + first.pid() + ")"), read(work.resolve("second.err")));

        assertEquals(treeA, SiteTree.of(out), "the second build, which ran last");
        assertEquals(List.of("site"), SiteTree.names(parent));
    }

    private void assertNextBuildIsClean(Path snapshot, Map<String, String> expected) {
        assertEquals(0, Main.execute("build", "--snapshot", snapshot.toString(), "--out", out.toString(), "--quiet"),
                console.err());
        assertTrue(console.err().contains("versus build: removed what an interrupted build left beside " + out),
                console.err());
        assertEquals(expected, SiteTree.of(out));
        assertEquals(List.of("site"), SiteTree.names(parent), "nothing left beside the output");
    }

    private Process build(Path snapshot, Path pauseMarker) throws IOException {
        return start(List.of("build", "--snapshot", snapshot.toString(), "--out", out.toString(), "--quiet",
                "--threads", "1"), pauseMarker, work.resolve("child.err"));
    }

    private static Process start(List<String> args, Path pauseMarker, Path stderr) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        if (pauseMarker != null) {
            command.add("-Dversus.test.pauseBeforeSwap=" + pauseMarker);
        }
        command.add("dev.versus.cli.Main");
        command.addAll(args);
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile()).start();
    }

    private String stderrOf() {
        return read(work.resolve("child.err"));
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitFile(Path marker, int step) throws InterruptedException {
        Path file = Path.of(marker + "." + step);
        await(() -> Files.exists(file), file.toString());
    }

    private static void deleteWhenItAppears(Path marker, int step) throws Exception {
        awaitFile(marker, step);
        Files.delete(Path.of(marker + "." + step));
    }

    /** Waits for something the child does; the limit only stops a hung test, it measures nothing. */
    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(LIMIT_SECONDS);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("gave up waiting for " + what);
            }
            Thread.sleep(10);
        }
    }
}
