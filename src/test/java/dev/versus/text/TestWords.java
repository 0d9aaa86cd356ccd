package dev.versus.text;


/** The bundled English words (content/messages/en.toml), for tests of the wording. */
final class TestWords {
    private TestWords() {
    }

    /** English wording with the bundled messages. */
    static Wording wording(dev.versus.model.Unit unit, CountryNames countries,
            java.util.Map<String, dev.versus.model.Category> categories, java.util.Map<String, String> siteKinds) {
        return new Wording(unit, countries, categories, siteKinds, words());
    }

    /** The build's own built-in English words, read once. */
    static Words words() {
        return dev.versus.render.BuiltInWords.english();
    }
}
