package dev.versus.render.freemarker;

import java.io.Writer;
import java.util.Arrays;

/**
 * A Writer that encodes to UTF-8 as it goes, into a byte array reused from page to page. It
 * replaces StringWriter plus {@code getBytes(UTF_8)}: one page no longer exists as chars, as a
 * String and as bytes at once, and the encoding runs once, with a fast path for ASCII.
 * Not thread-safe: each render thread has its own.
 */
final class Utf8Buffer extends Writer {
    private byte[] bytes = new byte[32 * 1024];
    private int size;
    private char[] chars = new char[1024];
    private char pendingHigh;

    void reset() {
        size = 0;
        pendingHigh = 0;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    @Override
    public void write(String text, int offset, int length) {
        while (length > 0) {
            int n = Math.min(length, chars.length);
            text.getChars(offset, offset + n, chars, 0);
            write(chars, 0, n);
            offset += n;
            length -= n;
        }
    }

    @Override
    public void write(String text) {
        write(text, 0, text.length());
    }

    @Override
    public void write(int c) {
        // FreeMarker's escaping writes many single characters: no array for each of them.
        ensure(4);
        char ch = (char) c;
        if (ch < 0x80 && pendingHigh == 0) {
            bytes[size++] = (byte) ch;
        } else {
            encode(ch);
        }
    }

    @Override
    public void write(char[] text, int offset, int length) {
        ensure(length * 3 + 4);
        int end = offset + length;
        int i = offset;
        if (pendingHigh == 0) {
            // The ASCII run, with locals so that the loop does not store to fields on every char.
            byte[] out = bytes;
            int n = size;
            while (i < end && text[i] < 0x80) {
                out[n++] = (byte) text[i++];
            }
            size = n;
        }
        for (; i < end; i++) {
            char c = text[i];
            if (c < 0x80 && pendingHigh == 0) {
                bytes[size++] = (byte) c;
            } else {
                encode(c);
            }
        }
    }

    private void encode(char c) {
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(high, c);
                bytes[size++] = (byte) (0xF0 | cp >> 18);
                bytes[size++] = (byte) (0x80 | cp >> 12 & 0x3F);
                bytes[size++] = (byte) (0x80 | cp >> 6 & 0x3F);
                bytes[size++] = (byte) (0x80 | cp & 0x3F);
                return;
            }
            bytes[size++] = '?';
        }
        if (c < 0x80) {
            bytes[size++] = (byte) c;
        } else if (c < 0x800) {
            bytes[size++] = (byte) (0xC0 | c >> 6);
            bytes[size++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            bytes[size++] = '?';
        } else {
            bytes[size++] = (byte) (0xE0 | c >> 12);
            bytes[size++] = (byte) (0x80 | c >> 6 & 0x3F);
            bytes[size++] = (byte) (0x80 | c & 0x3F);
        }
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
