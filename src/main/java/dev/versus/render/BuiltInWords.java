package dev.versus.render;

import dev.versus.load.InvalidContentException;
import dev.versus.load.MessagesReader;
import dev.versus.load.SiteSources;
import dev.versus.text.Language;
import dev.versus.text.Words;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The built-in English words, for renderers made without a site's content (tests and tools). */
public final class BuiltInWords {
    private static volatile Words english;

    private BuiltInWords() {
    }

    public static Words english() {
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
