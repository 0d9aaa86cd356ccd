package dev.versus.render.host;

import dev.versus.hash.Sha256;
import dev.versus.render.PreparedPage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Input keys for the host files, which list routes or pairs: a SHA-256 of what the file lists,
 * fed line by line so that no list is held. The base URL and Versus itself are build inputs,
 * so a key only needs what the snapshot decides.
 */
final class ListKeys {
    private ListKeys() {
    }

    /** A digest of a label (the kind of file and anything fixed) and the lines, each ended by a newline. */
    static byte[] of(String label, Stream<String> lines) {
        MessageDigest digest = Sha256.newDigest();
        digest.update(label.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        byte[][] buffer = {new byte[256]};
        lines.forEachOrdered(line -> {
            if (!ascii(line, buffer)) {
                digest.update(line.getBytes(StandardCharsets.UTF_8));
            } else {
                digest.update(buffer[0], 0, line.length());
            }
            digest.update((byte) '\n');
        });
        return digest.digest();
    }

    /**
     * Copies an ASCII line into the buffer (grown as needed), its UTF-8 bytes: routes are
     * ASCII, and a sitemap's key digests hundreds of thousands of them without a byte[] each.
     * False, with the buffer's contents undefined, for a line with any other character.
     */
    private static boolean ascii(String line, byte[][] buffer) {
        int length = line.length();
        if (buffer[0].length < length) {
            buffer[0] = new byte[Math.max(length, buffer[0].length * 2)];
        }
        byte[] bytes = buffer[0];
        for (int i = 0; i < length; i++) {
            char c = line.charAt(i);
            if (c >= 0x80) {
                return false;
            }
            bytes[i] = (byte) c;
        }
        return true;
    }

    /** A page whose key is computed when asked for, before it is rendered (if it is). */
    static PreparedPage prepared(Supplier<byte[]> key, Supplier<byte[]> render) {
        return new PreparedPage() {
            @Override
            public byte[] inputKey() {
                return key.get();
            }

            @Override
            public byte[] render() {
                return render.get();
            }
        };
    }

}
