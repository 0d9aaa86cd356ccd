package dev.versus.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site gets the modes mkdir and cp would give under the umask (0755 folders, 0644 files with
 * the usual 022), so that a web server running as another user can read it.
 */
class OutputModesTest {
    private static final String FOLDER = "rwxr-xr-x";
    private static final String FILE = "rw-r--r--";

    @TempDir
    Path dir;

    @BeforeEach
    void posixWithTheUsualUmask() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path probe = Files.createDirectory(dir.resolve("probe"));
        // The umask is the test process's; these expectations hold for 022, the usual one.
        org.junit.jupiter.api.Assumptions.assumeTrue(mode(probe).equals(FOLDER), "umask is not 022");
        Files.delete(probe);
    }

    @Test
    void aFirstBuildIntoANewFolder() throws Exception {
        Path out = dir.resolve("new/site");
        FixtureSite.build(out);
        assertModes(out);
    }

    @Test
    void aRebuildWithChanges() throws Exception {
        Path out = dir.resolve("site");
        FixtureSite.build(out);
        Path snapshot = dir.resolve("changed.json");
        Files.writeString(snapshot, Files.readString(FixtureSite.SNAPSHOT).replace("\"total\": 41800", "\"total\": 41900"));
        BuildReport report = SiteBuild.run(FixtureSite.options(snapshot, out));
        assertEquals(false, report.changes().isEmpty());
        assertModes(out);
    }

    @Test
    void aBuildOverAnExistingFolderThatVersusDidNotMake() throws Exception {
        Path out = Files.createDirectory(dir.resolve("site"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        Files.writeString(out.resolve("old.html"), "old");
        FixtureSite.build(out);
        assertModes(out);
    }

    private static void assertModes(Path site) throws Exception {
        Map<String, String> expected = new TreeMap<>();
        Map<String, String> actual = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path path : walk.toList()) {
                boolean folder = Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
                expected.put(site.relativize(path) + (folder ? "/" : ""), folder ? FOLDER : FILE);
                actual.put(site.relativize(path) + (folder ? "/" : ""), mode(path));
            }
        }
        assertEquals(expected, actual);
    }

    private static String mode(Path path) throws Exception {
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
        return PosixFilePermissions.toString(permissions);
    }
}
