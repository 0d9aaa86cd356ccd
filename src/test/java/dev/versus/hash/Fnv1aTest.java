package dev.versus.hash;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class Fnv1aTest {

    /** Published FNV-1a 64 test vectors (the empty string is the offset basis). */
    @Test
    void matchesThePublishedVectors() {
        assertEquals(0xcbf29ce484222325L, Fnv1a.utf8(""));
        assertEquals(0xaf63dc4c8601ec8cL, Fnv1a.utf8("a"));
        assertEquals(0x85944171f73967e8L, Fnv1a.utf8("foobar"));
    }

    @Test
    void charsAgreeWithUtf8OnAsciiAndDifferBeyond() {
        assertEquals(Fnv1a.utf8("django-vs-flask"), Fnv1a.chars("django-vs-flask"));
        // "é" is one char, 0xE9, but two UTF-8 bytes, 0xC3 0xA9: one step of the hash against two.
        long prime = 0x100000001b3L;
        assertEquals((0xcbf29ce484222325L ^ 0xE9) * prime, Fnv1a.chars("é"));
        assertEquals(((0xcbf29ce484222325L ^ 0xC3) * prime ^ 0xA9) * prime, Fnv1a.utf8("é"));
    }
}
