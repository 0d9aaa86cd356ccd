package dev.versus.load;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlugsTest {

    @ParameterizedTest
    @ValueSource(strings = {"django", "ruby-on-rails", "asp.net", "web2py", "a", "3d", "vsc", "v-s", "nvs"})
    void theseSlugsAreValid(String slug) {
        assertTrue(Slugs.isValid(slug), slug);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Django", "ruby on rails", "a--b", "a..b", ".a", "a.", "-a", "a-", "a/b", "c++", "a+b",
            "caf\u00e9", "vs", "vs-b", "a-vs", "a-vs-b", "a.vs.b"})
    void theseSlugsAreRefused(String slug) {
        assertFalse(Slugs.isValid(slug), slug);
    }

    @ParameterizedTest
    @ValueSource(ints = {80, 81})
    void slugsAreAtMostEightyCharacters(int length) {
        assertTrue(Slugs.isValid("a".repeat(length)) == (length <= 80));
    }
}
