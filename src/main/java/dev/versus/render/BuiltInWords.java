package dev.versus.render;

import dev.versus.text.Words;

/** The built-in English words, for renderers made without a site's content (tests and tools). */
final class BuiltInWords {
    private BuiltInWords() {
    }

    static Words english() {
        return dev.versus.text.BundledEnglish.words();
    }
}
