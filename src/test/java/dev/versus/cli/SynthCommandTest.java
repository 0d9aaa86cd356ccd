package dev.versus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class SynthCommandTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Test
    void synthWritesASnapshotThatValidateAccepts() {
        Path file = dir.resolve("synthetic.json.gz");
        assertEquals(0, Main.execute("synth", "--technologies", "60", "--categories", "6", "--countries", "20",
                "--seed", "5", "--out", file.toString()));
        assertTrue(console.out().startsWith("wrote " + file + ": 60 technologies, 6 categories, 20 countries, "),
                console.out());
        assertEquals(0, Main.execute("validate", "--snapshot", file.toString()));
        assertTrue(console.out().contains("valid (60 technologies, 6 categories)"));
    }

    @Test
    void pagesPicksTheTechnologyCount() {
        Path file = dir.resolve("synthetic.json");
        assertEquals(0, Main.execute("synth", "--pages", "2000", "--categories", "8", "--out", file.toString()));
        String printed = console.out();
        java.util.regex.Matcher matcher = java.util.regex.Pattern
                .compile("wrote .*: ([\\d,]+) technologies, 8 categories, 60 countries, ([\\d,]+) comparison pages, .*\\R")
                .matcher(printed);
        assertTrue(matcher.matches(), printed);
        long technologies = Long.parseLong(matcher.group(1).replace(",", ""));
        long pages = Long.parseLong(matcher.group(2).replace(",", ""));
        // One more or one fewer technology changes the count by about 2P/N pages; the nearest is within half that.
        assertTrue(Math.abs(pages - 2000) <= 2000.0 / technologies * 2, printed);
    }

    @Test
    void usageMistakesExitTwoAndWriteNothing() {
        Path file = dir.resolve("s.json");
        assertEquals(2, Main.execute("synth", "--out", file.toString()), "a size is required");
        assertEquals(2, Main.execute("synth", "--technologies", "10", "--pages", "10", "--out", file.toString()));
        assertEquals(2, Main.execute("synth", "--technologies", "1", "--categories", "1", "--out", file.toString()));
        assertEquals(2, Main.execute("synth", "--technologies", "10", "--categories", "20", "--out", file.toString()));
        assertEquals(2, Main.execute("synth", "--technologies", "10", "--countries", "1000", "--out", file.toString()));
        assertEquals(2, Main.execute("synth", "--pages", "0", "--out", file.toString()));
        assertEquals(2, Main.execute("synth", "--technologies", "ten", "--out", file.toString()));
        assertTrue(console.err().contains(
                "versus synth: --technologies must be at least 2 and at least --categories (20) so that no category is empty, got 10"),
                console.err());
        assertFalse(Files.exists(file));
    }
}
