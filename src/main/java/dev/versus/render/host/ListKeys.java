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
        lines.forEachOrdered(line -> {
            digest.update(line.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
        });
        return digest.digest();
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
