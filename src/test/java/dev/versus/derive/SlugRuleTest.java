package dev.versus.derive;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlugRuleTest {

    @Test
    @DisplayName("Slugs with a part equal to vs, bad characters or more than 80 characters are invalid")
    void invalidSlugs() {
        for (String slug : new String[] {"vs", "vs-b", "a-vs", "a-vs-b", "a.vs.b", "A", "a--b", "a..b", "-a", "a+b", "",
                "a".repeat(81)}) {
            assertFalse(SlugRule.isValid(slug), slug);
        }
        for (String slug : new String[] {"django", "vue.js", "c-3po", "vsco", "avs-b", "a".repeat(80)}) {
            assertTrue(SlugRule.isValid(slug), slug);
        }
    }

    @Test
    @DisplayName("A part equal to vs is repaired to versus, keeping the separators")
    void vsBecomesVersus() {
        assertEquals("delta-versus-epsilon", SlugRule.repair("delta-vs-epsilon"));
        assertEquals("a.versus-b", SlugRule.repair("a.vs-b"));
        assertEquals("versus", SlugRule.repair("vs"));
    }

    @Test
    @DisplayName("Bad characters become hyphens, runs collapse and the ends are trimmed")
    void badCharactersAreReplaced() {
        assertEquals("c", SlugRule.repair("C++"));
        assertEquals("node-js.org", SlugRule.repair("--Node JS..org-"));
        assertEquals("technology", SlugRule.repair("+++"));
    }

    @Test
    @DisplayName("A long slug is cut at a part boundary to at most 80 characters")
    void longSlugsAreCutAtParts() {
        String repaired = SlugRule.repair("abcdefghij-".repeat(10) + "end");
        assertTrue(repaired.length() <= 80);
        assertTrue(SlugRule.isValid(repaired));
        assertEquals("abcdefghij-".repeat(7).replaceAll("-$", ""), repaired);
    }

    @Test
    @DisplayName("A repaired slug that is already taken gets a numbered suffix")
    void takenSlugsGetASuffix() {
        assertEquals("a-versus-b-2", SlugRule.validAndUnique("a-vs-b", Set.of("a-versus-b")));
        assertEquals("a-versus-b-3", SlugRule.validAndUnique("a-vs-b", Set.of("a-versus-b", "a-versus-b-2")));
        assertEquals("django", SlugRule.validAndUnique("django", Set.of("flask")));
    }
}
