package dev.versus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Test
    void validateAcceptsAValidSnapshotAndWritesNothing() {
        assertEquals(0, Main.execute("validate", "--snapshot", "src/test/resources/snapshots/valid-small.json"));
        assertTrue(console.out().contains("valid (9 technologies, 3 categories)"));
    }

    @Test
    void validateReportsFileLineColumnAndPathWithExitOne() {
        String file = "src/test/resources/snapshots/invalid-negative-count.json";
        assertEquals(1, Main.execute("validate", "--snapshot", file));
        String message = console.err();
        assertTrue(message.matches("(?s).*invalid-negative-count\\.json:\\d+:\\d+: \\$\\.technologies\\[\\d+\\]\\.usage\\.total: .*"),
                message);
    }

    @Test
    void buildOfAnInvalidSnapshotExitsOneAndWritesNothing() {
        Path site = dir.resolve("site");
        int code = Main.execute("build", "--snapshot", "src/test/resources/snapshots/invalid-malformed.json",
                "--out", site.toString());
        assertEquals(1, code);
        assertFalse(Files.exists(site));
        assertTrue(console.err().contains("invalid-malformed.json:"));
    }

    @Test
    void buildOfAMissingSnapshotExitsOne() {
        assertEquals(1, Main.execute("build", "--snapshot", dir.resolve("nope.json").toString(),
                "--out", dir.resolve("site").toString()));
        assertTrue(console.err().contains("nope.json"));
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, Main.execute("build", "--no-such-flag"));
        assertEquals(2, Main.execute("validate"));
        assertEquals(2, Main.execute());
        assertEquals(2, Main.execute("build", "--base-url", "not a url", "--out", dir.resolve("s").toString()));
    }

    @Test
    void helpIsOfferedOnEveryCommand() {
        assertEquals(0, Main.execute("--help"));
        assertEquals(0, Main.execute("build", "--help"));
        assertEquals(0, Main.execute("validate", "--help"));
        assertTrue(console.out().contains("--base-url"));
    }

    @Test
    void buildWritesTheSiteWithTheGivenBaseUrl() throws Exception {
        Path site = dir.resolve("site");
        assertEquals(0, Main.execute("build", "--snapshot", "src/test/resources/snapshots/valid-small.json",
                "--out", site.toString(), "--base-url", "https://example.org/x", "--quiet"));
        String html = Files.readString(site.resolve("compare/django-vs-flask/index.html"));
        assertTrue(html.contains("<link rel=\"canonical\" href=\"https://example.org/x/compare/django-vs-flask/\">"));
    }
}
