package dev.versus.text;

import dev.versus.load.InvalidContentException;
import dev.versus.load.MessagesReader;
import dev.versus.load.SiteSources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The bundled English words (content/messages/en.toml), for tests of the wording. */
final class TestWords {
    private static volatile Words english;

    private TestWords() {
    }

    /** English wording with the bundled messages. */
    static Wording wording(dev.versus.model.Unit unit, CountryNames countries,
            java.util.Map<String, dev.versus.model.Category> categories, java.util.Map<String, String> siteKinds) {
        return new Wording(unit, countries, categories, siteKinds, words());
    }

    /** Read once, on first use. */
    static Words words() {
        Words words = english;
        if (words == null) {
            try {
                words = Words.of(Language.EN, MessagesReader.read(SiteSources.bundled("content"), List.of("en"))
                        .of("en"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InvalidContentException e) {
                throw new IllegalStateException("the built-in English messages do not read: " + e.getMessage(), e);
            }
            english = words;
        }
        return words;
    }
}
