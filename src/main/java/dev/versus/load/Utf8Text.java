package dev.versus.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a file's bytes as strict UTF-8, and says where the first byte that is not UTF-8 is:
 * snapshots, content pages and templates all use it, so every input names a bad byte the same
 * way. Columns count UTF-16 code units, as Jackson's (and FreeMarker's) do.
 */
public final class Utf8Text {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private Utf8Text() {
    }

    /** The decoded text without a leading byte-order mark, which is not counted in columns. */
    public static CharBuffer decode(byte[] bytes) throws NotUtf8Exception {
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
            throw notUtf8(bytes, in.position(), out.flip());
        }
        out.flip();
        if (out.hasRemaining() && out.get(0) == BYTE_ORDER_MARK) {
            out.position(1);
        }
        return out.slice();
    }

    /** The decoded text as a string; the error message starts with {@code file:line:col:}. */
    public static String decodeString(String file, byte[] bytes) throws InvalidContentException {
        try {
            return decode(bytes).toString();
        } catch (NotUtf8Exception e) {
            throw new InvalidContentException(java.util.List.of(
                    file + ":" + e.line() + ":" + e.column() + ": " + e.getMessage() + "; save the file as UTF-8"));
        }
    }

    /** The error for the byte at {@code offset}, positioned after the text decoded before it. */
    private static NotUtf8Exception notUtf8(byte[] bytes, int offset, CharBuffer before) {
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
        return new NotUtf8Exception(line, column, offset, bytes[offset] & 0xFF);
    }

    /** The first byte that does not begin or continue a valid UTF-8 sequence, and where it is. */
    public static final class NotUtf8Exception extends Exception {
        private final int line;
        private final int column;
        private final int offset;
        private final int badByte;

        NotUtf8Exception(int line, int column, int offset, int badByte) {
            super(String.format("not valid UTF-8 (byte 0x%02X)", badByte));
            this.line = line;
            this.column = column;
            this.offset = offset;
            this.badByte = badByte;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }

        /** The bad byte's offset from the start of the file. */
        public int offset() {
            return offset;
        }

        public int badByte() {
            return badByte;
        }
    }
}
