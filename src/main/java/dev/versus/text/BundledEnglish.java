package dev.versus.text;

import dev.versus.load.InvalidContentException;
import dev.versus.load.MessagesReader;
import dev.versus.load.SiteSources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The bundled English words (content/messages/en.toml in the jar), for callers that word a
 * snapshot without a site's content: the one-language constructors kept for tools and tests.
 */
public final class BundledEnglish {
    private static volatile Words english;

    private BundledEnglish() {
    }

    /** Read once, on first use. */
    public static Words words() {
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
