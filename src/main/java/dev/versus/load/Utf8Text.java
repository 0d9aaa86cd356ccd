package dev.versus.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a snapshot's bytes as strict UTF-8. The JSON is parsed from characters rather than bytes
 * so that Jackson's columns count UTF-16 code units, as the format promises.
 */
final class Utf8Text {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private Utf8Text() {
    }

    /** The decoded text without a leading byte-order mark, which is not counted in columns. */
    static CharBuffer decode(String file, byte[] bytes) throws InvalidSnapshotException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never yields more UTF-16 units than bytes, so one pass into this buffer suffices.
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw notUtf8(file, bytes, in.position(), out.flip());
        }
        out.flip();
        if (out.hasRemaining() && out.get(0) == BYTE_ORDER_MARK) {
            out.position(1);
        }
        return out.slice();
    }

    /** The error for the byte at {@code offset}, positioned after the text decoded before it. */
    private static InvalidSnapshotException notUtf8(String file, byte[] bytes, int offset, CharBuffer before) {
        int start = before.hasRemaining() && before.get(0) == BYTE_ORDER_MARK ? 1 : 0;
        int line = 1;
        int column = 1;
        for (int i = start; i < before.limit(); i++) {
            char c = before.get(i);
            // Lines end at \n, \r or \r\n, as Jackson counts them.
            boolean lineEnd = c == '\n' || (c == '\r' && (i + 1 >= before.limit() || before.get(i + 1) != '\n'));
            if (lineEnd) {
                line++;
                column = 1;
            } else if (c != '\r') {
                column++;
            }
        }
        String message = String.format(
                "the file is not UTF-8: found the byte 0x%02X (at byte offset %d), which does not begin a valid "
                        + "UTF-8 sequence here; save the file as UTF-8",
                bytes[offset] & 0xFF, offset);
        return ErrorCollector.single(file, JsonPath.ROOT, line, column, message);
    }
}
