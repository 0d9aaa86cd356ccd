package dev.versus.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.plan.Shard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShardedBuildTest {
    private static final int SHARDS = 3;

    @TempDir
    Path dir;

    @Test
    void threeShardsCopiedIntoOneFolderAreTheWholeBuildByteForByte() throws Exception {
        Path whole = dir.resolve("whole");
        BuildReport wholeReport = FixtureSite.build(whole);
        Path merged = dir.resolve("merged");
        Set<String> seen = new HashSet<>();
        long pages = 0;
        long comparisons = 0;
        for (int k = 1; k <= SHARDS; k++) {
            Path out = dir.resolve("shard-" + k);
            BuildReport report = SiteBuild.run(FixtureSite.options(FixtureSite.SNAPSHOT, out).withShard(new Shard(k, SHARDS)));
            Map<String, byte[]> files = siteFiles(out);
            assertFalse(files.isEmpty(), "shard " + k + " has pages");
            assertEquals(files.size(), report.pages(), "the report counts only shard " + k + "'s pages");
            for (String file : files.keySet()) {
                assertTrue(seen.add(file), file + " is written by two shards");
            }
            assertEquals(Set.of(".versus/manifest-" + k + "-of-3.json"), FixtureSite.files(out.resolve(".versus")).keySet()
                    .stream().map(name -> ".versus/" + name).collect(java.util.stream.Collectors.toSet()));
            pages += report.pages();
            comparisons += report.comparisonPages();
            copyInto(out, merged);
        }

        Map<String, byte[]> expected = siteFiles(whole);
        Map<String, byte[]> actual = siteFiles(merged);
        assertEquals(expected.keySet(), actual.keySet());
        for (String file : expected.keySet()) {
            assertArrayEquals(expected.get(file), actual.get(file), file);
        }
        assertEquals(wholeReport.pages(), pages);
        assertEquals(14, comparisons);
    }

    @Test
    void aShardRebuiltInTheMergedFolderKeepsTheOtherShardsFiles() throws Exception {
        Path merged = dir.resolve("merged");
        for (int k = 1; k <= SHARDS; k++) {
            Path out = dir.resolve("shard-" + k);
            SiteBuild.run(FixtureSite.options(FixtureSite.SNAPSHOT, out).withShard(new Shard(k, SHARDS)));
            copyInto(out, merged);
        }
        Map<String, byte[]> before = FixtureSite.files(merged);

        BuildReport again = SiteBuild.run(FixtureSite.options(FixtureSite.SNAPSHOT, merged).withShard(new Shard(2, SHARDS)));

        assertTrue(again.changes().isEmpty(), again.changes().toString());
        Map<String, byte[]> after = FixtureSite.files(merged);
        assertEquals(before.keySet(), after.keySet(), "no other shard's file was deleted");
        for (String file : before.keySet()) {
            assertArrayEquals(before.get(file), after.get(file), file);
        }
    }

    /** The site's files, without the build's own bookkeeping in .versus/. */
    private static Map<String, byte[]> siteFiles(Path folder) {
        Map<String, byte[]> files = new TreeMap<>(FixtureSite.files(folder));
        files.keySet().removeIf(path -> path.startsWith(".versus/"));
        return files;
    }

    /** What {@code cp -r out/. merged/} does. */
    private static void copyInto(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
