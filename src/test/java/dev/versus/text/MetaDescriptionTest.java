package dev.versus.text;

import static dev.versus.text.Fixtures.comparison;
import static dev.versus.text.Fixtures.technology;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.model.Unit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetaDescriptionTest {

    private final Wording wording = TestWords.wording(Unit.PAGES, new CountryNames(Map.of()), Map.of(), Map.of());

    @Test
    void theDescriptionIsBuiltFromThePagesOwnFigures() {
        assertEquals("Django vs Flask: Django is 36 times more popular than Flask. Django is detected on "
                        + "67,300 pages and Flask on 1,870 pages. Compare by country and kind of site.",
                wording.metaDescription(comparison(67300, 1870)));
    }

    @Test
    void sentencesThatDoNotFitAreLeftOut() {
        String name = "A".repeat(30);
        String description = wording.metaDescription(comparison(technology("a", name, 5), technology("b", "B", 5)));
        assertEquals(name + " vs B: " + name + " and B are about equally popular.", description);
    }

    @Test
    void aFirstSentenceTooLongAloneIsCutAtAWord() {
        String name = "Word ".repeat(30).strip();
        String description = wording.metaDescription(comparison(technology("a", name, 5), technology("b", "B", 5)));
        assertTrue(description.codePointCount(0, description.length()) <= MetaDescription.LIMIT, description);
        assertTrue(description.endsWith(" vs B:…"), description);
    }

    @Test
    void fitKeepsSentencesInOrderWhileTheyFit() {
        assertEquals("One. Two.", MetaDescription.fit(List.of("One.", "Two.")));
        assertEquals("x".repeat(160), MetaDescription.fit(List.of("x".repeat(160), "More.")));
    }
}
