package dev.versus.derive;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Random;

/**
 * A pseudo-random stream fixed by a technology's slug and a purpose, so that every run, on any
 * machine, models the same breakdowns. The seed is the first 8 bytes (big-endian) of
 * SHA-256 of {@code "versus:" + slug + ":" + purpose} in UTF-8. The generator is
 * {@link java.util.Random}, whose algorithm (including {@code nextGaussian}) is fixed by its
 * specification, unlike {@code String.hashCode}-based or unseeded sources.
 */
final class SeededRandom {
    private SeededRandom() {
    }

    static Random forSlug(String slug, String purpose) {
        return new Random(seed(slug, purpose));
    }

    static long seed(String slug, String purpose) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha256.digest(("versus:" + slug + ":" + purpose).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
