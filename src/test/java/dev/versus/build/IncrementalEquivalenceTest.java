package dev.versus.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * An incremental build over the previous site gives the same files, byte for byte, as a clean
 * build of the changed snapshot. Each change here reaches pages through a different path, so a
 * page key that missed one of its inputs would leave a stale page and fail.
 */
class IncrementalEquivalenceTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a total in the pair's own category          | "total": 41800                     | "total": 41900
            jQuery's US count: React's award among JavaScript libraries, shown on Django vs React | "US": 1900000 | "US": 200000
            jQuery's total: shares of JavaScript libraries       | "total": 6020000                   | "total": 6030000
            a country count (leads, awards)             | "DE": 4100                         | "DE": 9100
            a kind-of-site count                        | "business": 5200                   | "business": 7000
            a history point (change since)              | { "date": "2022-07-01", "total": 64200 } | { "date": "2022-07-01", "total": 66200 }
            a name, shown on other technologies' pages  | "name": "jQuery"                   | "name": "jQuery Core"
            a top site                                  | "domain": "example.org", "rank": 1234 | "domain": "example.org", "rank": 12
            a country's name override                   | "XK": { "name": "Kosovo" }         | "XK": { "name": "Republic of Kosovo" }
            a category's name                           | "name": "Web frameworks"           | "name": "Web application frameworks"
            a kind of site's name                       | "name": "Business"                 | "name": "Commerce"
            the snapshot's date                         | "date": "2023-01-01"               | "date": "2023-01-02"
            the snapshot's notes                        | Country figures are modeled from a sample. | Country figures are modeled.
            """)
    void incrementalBuildEqualsACleanBuild(String change, String find, String replace) throws Exception {
        String json = Files.readString(FixtureSite.SNAPSHOT);
        assertTrue(json.contains(find), "the fixture has " + find);
        Path changed = dir.resolve("changed.json");
        Files.writeString(changed, json.replace(find, replace));
        Path incremental = dir.resolve("incremental");
        Path clean = dir.resolve("clean");
        FixtureSite.build(incremental);

        BuildReport report = SiteBuild.run(FixtureSite.options(changed, incremental));
        SiteBuild.run(FixtureSite.options(changed, clean));

        assertTrue(report.changes().lines().size() > 0, change + " changes some page");
        Map<String, byte[]> expected = pages(clean);
        Map<String, byte[]> actual = pages(incremental);
        assertEquals(expected.keySet(), actual.keySet(), change);
        List<String> differing = expected.keySet().stream()
                .filter(path -> !Arrays.equals(expected.get(path), actual.get(path))).toList();
        assertEquals(List.of(), differing, change + ": pages left stale by the incremental build");
    }

    /** Every file but the build's own bookkeeping. */
    private static Map<String, byte[]> pages(Path site) {
        Map<String, byte[]> files = new TreeMap<>(FixtureSite.files(site));
        new TreeSet<>(files.keySet()).stream().filter(p -> p.startsWith(".versus/")).forEach(files::remove);
        return files;
    }
}
