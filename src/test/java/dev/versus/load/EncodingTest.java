package dev.versus.load;

import static dev.versus.load.Fixtures.assertOnlyError;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.model.Snapshot;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bytes to text: UTF-8 only, an optional byte-order mark, optional gzip, columns in UTF-16 units. */
class EncodingTest {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        }
        return out.toByteArray();
    }

    @Test
    void aGzipFileMayDecompressToTheLimitButNotOneByteMore() throws Exception {
        byte[] json = Fixtures.bytes("valid-minimal.json");
        byte[] compressed = gzip(json);
        assertArrayEquals(json, SnapshotReader.gunzip("small.json.gz", compressed, json.length));
        InvalidSnapshotException e = assertThrows(InvalidSnapshotException.class,
                () -> SnapshotReader.gunzip("small.json.gz", compressed, json.length - 1));
        assertEquals("the file decompresses to more than " + (json.length - 1)
                + " bytes, more than a snapshot may hold", e.errors().get(0).message());
    }

    @Test
    void aByteOrderMarkIsAcceptedAndNotCountedInColumns() throws Exception {
        Snapshot snapshot = SnapshotReader.read("bom.json", concat(BOM, Fixtures.bytes("valid-small.json")));
        assertEquals(9, snapshot.technologies().size());
        SnapshotError error = Fixtures.errors("bom.json", concat(BOM, "{\"x\": 1}".getBytes(StandardCharsets.UTF_8)))
                .stream().filter(e -> e.path().equals("$.x")).findFirst().orElseThrow();
        assertEquals(1, error.line());
        assertEquals(2, error.column());
    }

    @Test
    void aGzipFileIsRecognisedByItsMagicBytesWhateverItsName(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("snapshot.json");
        Files.write(file, gzip(Fixtures.bytes("valid-small.json")));
        Snapshot snapshot = SnapshotReader.read(file);
        assertEquals(9, snapshot.technologies().size());
        assertEquals("jquery", snapshot.technologies().get(7).slug());
    }

    @Test
    void aPlainJsonFileIsReadFromAPath(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("snapshot.json");
        Files.write(file, Fixtures.bytes("valid-minimal.json"));
        assertEquals("wordpress", SnapshotReader.read(file).technologies().get(0).slug());
    }

    @Test
    void errorsInAGzipFileHaveThePositionsOfTheUncompressedText() throws Exception {
        byte[] compressed = gzip(Fixtures.bytes("invalid-unknown-field.json"));
        SnapshotError error = Fixtures.errors("snapshot.json.gz", compressed).get(0);
        assertEquals(7, error.line());
        assertEquals(49, error.column());
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedAtTheFirstBadByte() {
        byte[] latin1 = "{\n  \"name\": \"Caf\u00e9\"\n}".getBytes(StandardCharsets.ISO_8859_1);
        SnapshotError error = Fixtures.errors("latin1.json", latin1).get(0);
        assertEquals(2, error.line());
        assertEquals(15, error.column()); // after 2 spaces, "name": and "Caf
        assertTrue(error.message().startsWith("the file is not UTF-8: found the byte 0xE9"), error.message());
    }

    @Test
    void aBadByteAfterANonBmpCharacterCountsTheSurrogatePairAsTwoColumns() {
        byte[] before = "{\"a\": \"\uD83D\uDE00".getBytes(StandardCharsets.UTF_8);
        SnapshotError error = Fixtures.errors("bad.json", concat(before, new byte[] {(byte) 0xFF})).get(0);
        assertEquals(1, error.line());
        assertEquals(10, error.column());
    }

    @Test
    void aNonBmpCharacterCountsAsTwoColumnsBeforeAnError() {
        // Same line as in invalid-unknown-field.json (column 49), with "\uD83D\uDE00 " added before it.
        assertOnlyError("invalid-non-bmp.json", 7, 52, "\"colour\"", "$.technologies[0].colour", "unknown field");
    }
}
