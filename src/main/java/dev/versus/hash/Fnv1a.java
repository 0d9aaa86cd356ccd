package dev.versus.hash;

import java.nio.charset.StandardCharsets;

/**
 * FNV-1a, 64 bits (offset basis {@code 0xcbf29ce484222325}, prime {@code 0x100000001b3}): a fast,
 * fixed hash for sharding, seeding and lookup sets. Its values are part of the output (which shard
 * writes a page, what a synthetic snapshot holds), so they must never change.
 */
public final class Fnv1a {
    private static final long OFFSET_BASIS = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private Fnv1a() {
    }

    /** The hash of the UTF-8 bytes of {@code text}. */
    public static long utf8(String text) {
        long hash = OFFSET_BASIS;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xFF;
            hash *= PRIME;
        }
        return hash;
    }

    /** The hash of the UTF-16 chars of {@code text}, one step per char: no bytes to allocate. */
    public static long chars(CharSequence text) {
        long hash = OFFSET_BASIS;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= PRIME;
        }
        return hash;
    }
}
