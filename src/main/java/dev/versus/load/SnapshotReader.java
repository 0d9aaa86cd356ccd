package dev.versus.load;

import dev.versus.model.Snapshot;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.CharBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads a snapshot file (format version 1) into the model, or fails with every error found.
 * Stages: gunzip when the bytes start with the gzip magic, strict UTF-8 decoding, parsing into a
 * positioned tree, then validation against the schema, which also builds the records.
 */
public final class SnapshotReader {
    /**
     * Most bytes a gzip-compressed snapshot may decompress to: far above any real snapshot, and a
     * clear error instead of an OutOfMemoryError for a small file that expands without end.
     */
    static final int MAX_DECOMPRESSED_BYTES = 512 * 1024 * 1024;

    private SnapshotReader() {
    }

    /** Reads a {@code .json} or gzip-compressed file; errors name the file as {@code file} prints. */
    public static Snapshot read(Path file) throws InvalidSnapshotException, IOException {
        return read(file.toString(), Files.readAllBytes(file));
    }

    /**
     * Reads a snapshot from its bytes, plain or gzip-compressed.
     *
     * @param displayName what error messages print as the file
     */
    public static Snapshot read(String displayName, byte[] bytes) throws InvalidSnapshotException {
        byte[] json = isGzip(bytes) ? gunzip(displayName, bytes, MAX_DECOMPRESSED_BYTES) : bytes;
        CharBuffer text = decodeUtf8(displayName, json);
        ErrorCollector errors = new ErrorCollector(displayName);
        JsonValue root = TreeParser.parse(displayName, text, errors);
        Snapshot snapshot = new SnapshotValidator(errors).validate(root);
        errors.throwIfAny();
        return snapshot;
    }

    private static CharBuffer decodeUtf8(String file, byte[] json) throws InvalidSnapshotException {
        try {
            return Utf8Text.decode(json);
        } catch (Utf8Text.NotUtf8Exception e) {
            String message = String.format(
                    "the file is not UTF-8: found the byte 0x%02X (at byte offset %d), which does not begin a valid "
                            + "UTF-8 sequence here; save the file as UTF-8",
                    e.badByte(), e.offset());
            throw ErrorCollector.single(file, JsonPath.ROOT, e.line(), e.column(), message);
        }
    }

    /** By content, not name: the gzip magic bytes 1f 8b, which no JSON text starts with. */
    static boolean isGzip(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B;
    }

    static byte[] gunzip(String file, byte[] bytes, int maxBytes) throws InvalidSnapshotException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            byte[] json = in.readNBytes(maxBytes);
            if (in.read() >= 0) {
                throw ErrorCollector.single(file, JsonPath.ROOT, 1, 1, "the file decompresses to more than "
                        + maxBytes + " bytes, more than a snapshot may hold");
            }
            return json;
        } catch (IOException e) {
            throw ErrorCollector.single(file, JsonPath.ROOT, 1, 1,
                    "the file starts like gzip (bytes 1f 8b) but cannot be decompressed: " + e.getMessage());
        }
    }
}
