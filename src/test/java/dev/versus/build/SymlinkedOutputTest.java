package dev.versus.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output path that is a symbolic link (to a web server's root, say) stays a link: the site is
 * built, and swapped, in the folder it points to, which a server reading through the link sees.
 */
class SymlinkedOutputTest {
    @TempDir
    Path dir;

    @Test
    void buildsAndRebuildsWhereTheLinkPointsAndKeepsTheLink() throws Exception {
        Path www = Files.createDirectories(dir.resolve("srv/www"));
        Path link = Files.createSymbolicLink(dir.resolve("site"), Path.of("srv/www"));

        FixtureSite.build(link);
        Path home = www.resolve("index.html");
        assertTrue(Files.isRegularFile(home), "the first build is in the linked folder");
        assertTrue(Files.isSymbolicLink(link), "the first build keeps the link");

        Path snapshot = Files.createDirectories(dir.resolve("input")).resolve("changed.json");
        Files.writeString(snapshot, Files.readString(FixtureSite.SNAPSHOT).replace("\"total\": 41800", "\"total\": 41900"));
        BuildReport report = SiteBuild.run(FixtureSite.options(snapshot, link));

        assertFalse(report.changes().isEmpty(), "the rebuild changed pages");
        assertTrue(Files.isSymbolicLink(link), "the output path is still a link");
        assertEquals(Path.of("srv/www"), Files.readSymbolicLink(link));
        assertEquals(List.of("input", "site", "srv"), names(dir), "nothing left beside the link");
        assertEquals(List.of("www"), names(dir.resolve("srv")), "nothing left beside the folder");
        Path clean = dir.resolve("clean");
        SiteBuild.run(FixtureSite.options(snapshot, clean));
        assertEquals(site(clean), site(www), "the linked folder holds exactly the new site");
    }

    /** The site's files as text, by path, without .versus/ (its manifest names no folder, but keep it out). */
    private static Map<String, String> site(Path folder) {
        Map<String, String> texts = new TreeMap<>();
        FixtureSite.files(folder).forEach((path, bytes) -> {
            if (!path.startsWith(".versus/")) {
                texts.put(path, new String(bytes, StandardCharsets.UTF_8));
            }
        });
        return texts;
    }

    @Test
    void aBuildThroughTheLinkAndOneThroughTheFolderShareTheLock() throws Exception {
        Path www = Files.createDirectories(dir.resolve("www"));
        Path link = Files.createSymbolicLink(dir.resolve("site"), www);
        assertEquals(www, SiteBuild.followLink(link));
        assertEquals(www, SiteBuild.followLink(www));
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
