package dev.versus.derive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed default snapshot is exactly what {@code versus derive} makes of the committed
 * public data in {@code src/data/}: a change to either, or to the derivation, that is not
 * followed by a new derive fails here. Takes about 6 s of CPU (3,318 technologies).
 */
class DefaultSnapshotReproducedTest {
    // Surefire runs tests in the project root, the folder `versus derive` reads src/data/ from.
    private static final Path DATA = Path.of("src/data");
    private static final Path COMMITTED = Path.of("content/data/snapshot.json.gz");

    @TempDir
    Path dir;

    @Test
    void derivingSrcDataGivesTheCommittedSnapshotByteForByte() throws IOException {
        Path derived = dir.resolve("snapshot.json.gz");

        SnapshotDerivation.run(DATA, derived);

        byte[] expected = Files.readAllBytes(COMMITTED);
        byte[] actual = Files.readAllBytes(derived);
        assertEquals(expected.length, actual.length, "size of the derived snapshot; run `java -jar target/versus.jar derive`");
        assertArrayEquals(expected, actual);
    }

    @Test
    void theCommittedSnapshotHasTheFixedGzipHeader() throws IOException {
        byte[] committed = Files.readAllBytes(COMMITTED);
        // magic, deflate, no flags, mtime 0, no extra flags, OS 255
        byte[] header = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};
        assertArrayEquals(header, Arrays.copyOf(committed, 10));
    }

    @Test
    void fixedGzipRoundTripsAndWritesNoTimeOrName() throws IOException {
        byte[] text = "{\"schemaVersion\":1}\n".repeat(1000).getBytes(java.nio.charset.StandardCharsets.UTF_8);

        byte[] gzip = FixedGzip.compress(text);

        assertEquals((byte) 0xff, gzip[9], "OS byte");
        assertEquals(0, gzip[3], "no file name or comment");
        assertTrue(gzip.length < text.length / 10, "compressed: " + gzip.length);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            assertArrayEquals(text, in.readAllBytes(), "any gzip reader gets the input back (CRC and size checked)");
        }
        assertArrayEquals(gzip, FixedGzip.compress(text));
    }
}
