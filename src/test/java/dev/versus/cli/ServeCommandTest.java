package dev.versus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The serve command's options; serving itself is tested in dev.versus.serve. */
class ServeCommandTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Test
    void serveTakesTheBuildOptionsAndItsOwn() {
        assertEquals(0, Main.execute("serve", "--help"));
        String usage = console.out();
        for (String option : new String[] {"--snapshot", "--content", "--templates", "--out", "--base-url", "--threads",
            "--port", "--bind", "--[no-]watch", "--site", "--open", "--cache-mb"}) {
            assertTrue(usage.contains(option), option);
        }
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        assertEquals(2, Main.execute("serve", "--port", "70000", "--out", dir.resolve("site").toString()));
        assertTrue(console.err().contains("--port must be between 0 and 65535, got 70000"));
        assertFalse(Files.exists(dir.resolve("site")), "nothing is built");
    }

    @Test
    void anUnknownBindAddressIsAUsageError() {
        assertEquals(2, Main.execute("serve", "--bind", "no such host.invalid", "--out", dir.resolve("site").toString()));
        assertTrue(console.err().contains("--bind: unknown address \"no such host.invalid\""));
    }

    @Test
    void withoutWatchASiteThatDoesNotLoadExitsOneAndServesNothing() {
        int code = Main.execute("serve", "--no-watch", "--snapshot",
                "src/test/resources/snapshots/invalid-negative-count.json", "--out", dir.resolve("site").toString(),
                "--port", "0");
        assertEquals(1, code);
        String message = console.err();
        assertTrue(message.matches("(?s).*invalid-negative-count\\.json:\\d+:\\d+: .*"), message);
        assertFalse(Files.exists(dir.resolve("site")));
    }

    @Test
    void aSiteFolderThatIsNotThereIsAnInputError() {
        assertEquals(1, Main.execute("serve", "--site", dir.resolve("nothing").toString(), "--port", "0"));
        assertTrue(console.err().contains("--site: not a folder: " + dir.resolve("nothing")), console.err());
    }

    @Test
    void aNegativeCacheIsAUsageError() {
        assertEquals(2, Main.execute("serve", "--cache-mb", "-1", "--port", "0"));
        assertTrue(console.err().contains("--cache-mb must be between 0 and 1048576, got -1"), console.err());
    }
}
