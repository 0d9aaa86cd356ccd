package dev.versus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code versus derive}: its default data folder, and what it says when that is not there. */
class DeriveCommandTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Test
    void helpNamesTheDefaultDataFolder() {
        assertEquals(0, Main.execute("derive", "--help"));
        String help = console.out().replaceAll("\\s+", " ");  // picocli wraps at 80 columns
        assertTrue(help.contains("(default: src/data, relative to the current folder)"), help);
        assertTrue(help.contains("(default: content/data/snapshot.json.gz)"), help);
    }

    @Test
    void aDataFolderWithoutTheSourceFilesExitsOneNamingTheFirstMissingFile() {
        Path out = dir.resolve("snapshot.json.gz");
        assertEquals(1, Main.execute("derive", "--data", dir.toString(), "--out", out.toString()));
        assertEquals("versus derive: " + dir.resolve("technologies.json") + " not found; run derive from the project root "
                + "(the folder that holds src/data/) or pass --data DIR", console.err().strip());
        assertFalse(Files.exists(out));
    }

    @Test
    void derivesTheHandMadeDataFolderIntoTheGivenFile() throws Exception {
        Path out = dir.resolve("snapshot.json");
        assertEquals(0, Main.execute("derive", "--data", "src/test/resources/derive-data", "--out", out.toString()));
        assertTrue(console.out().contains("technologies:              4"), console.out());
        assertTrue(console.out().endsWith("wrote " + out + "\n"), console.out());
        assertTrue(Files.readString(out).startsWith("{\"schemaVersion\":1,"));
    }
}
