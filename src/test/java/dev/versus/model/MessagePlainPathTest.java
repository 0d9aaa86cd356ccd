package dev.versus.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.load.MessagesReader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A message whose arguments are all plain {@code {name}}s, given texts, is formatted by
 * concatenation instead of by ICU's formatter; these tests hold that path to ICU's output.
 */
class MessagePlainPathTest {

    @Test
    void plainArgumentsAreReplacedByTheirTexts() {
        Message heading = new Message("comparison.heading", "en", "{first} vs {second}");
        Map<String, Object> values = Map.of("first", "Django", "second", "Flask");
        assertTrue(heading.formatsPlainly(values));
        assertEquals("Django vs Flask", heading.format(values));
    }

    @Test
    void apostrophesAndQuotedBracesReadAsIcuReadsThem() {
        // ICU's default apostrophe mode: '' is one apostrophe, '{' starts quoted text, and an
        // apostrophe before an ordinary letter is itself.
        Message quoted = new Message("k", "en", "It''s {name}'s page: '{not an argument}' {name}");
        Map<String, Object> values = Map.of("name", "Django");
        assertTrue(quoted.formatsPlainly(values));
        assertEquals("It's Django's page: {not an argument} Django", quoted.format(values));
        assertEquals(quoted.formatWithIcu(values), quoted.format(values));
    }

    @Test
    void numbersAndTypedArgumentsGoThroughIcu() {
        Message count = new Message("k", "de", "{n} Seiten");
        assertFalse(count.formatsPlainly(Map.of("n", 1234)));
        assertEquals("1.234 Seiten", count.format(Map.of("n", 1234)));
        Message plural = new Message("k", "en", "{n, plural, one {# page} other {# pages}} for {name}");
        assertFalse(plural.formatsPlainly(Map.of("n", "1", "name", "x")));
        assertEquals("1 page for x", plural.format(Map.of("n", 1, "name", "x")));
    }

    /**
     * Every message of the six bundled languages that can take the plain path, given texts with
     * the characters ICU's syntax uses, reads exactly as ICU formats it.
     */
    @Test
    void everyBundledPlainMessageReadsAsIcuFormatsIt() throws Exception {
        List<String> languages = List.of("en", "de", "fr", "es", "ja", "ar");
        SiteMessages read = MessagesReader.read(Path.of("content"), languages);
        int plain = 0;
        for (String language : languages) {
            for (Message message : read.byLanguage().get(language).messages().values()) {
                Map<String, Object> values = new HashMap<>();
                for (String argument : message.arguments()) {
                    values.put(argument, "<" + argument + " '{}' #>");
                }
                if (message.formatsPlainly(values)) {
                    plain++;
                    assertEquals(message.formatWithIcu(values), message.format(values), message.toString());
                }
            }
        }
        // Most of the 289 messages per language are plain (no plural, number or select).
        assertTrue(plain > 6 * 100, "plain messages: " + plain);
    }
}
