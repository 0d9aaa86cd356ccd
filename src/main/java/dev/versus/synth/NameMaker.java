package dev.versus.synth;

import java.util.List;
import java.util.Locale;

/**
 * Made-up, pronounceable names ("Korvex", "Zanitra JS") for technologies and towns, from
 * syllables, so that no synthetic technology passes for a real one by accident.
 */
final class NameMaker {
    private static final List<String> ONSETS = List.of("b", "br", "c", "d", "dr", "f", "fl", "g", "gl", "h", "j", "k",
            "kr", "l", "m", "n", "p", "pl", "qu", "r", "s", "sk", "st", "t", "tr", "v", "w", "z");
    private static final List<String> VOWELS = List.of("a", "e", "i", "o", "u", "a", "e", "o", "ai", "io", "ea", "y");
    private static final List<String> CODAS = List.of("", "", "", "n", "r", "x", "s", "l", "m", "t", "ck", "nd");
    /** Endings that make a name look like a product; each keeps the slug valid. */
    private static final List<String> PRODUCT_SUFFIXES = List.of(" JS", ".js", " CMS", " Cloud", " Analytics", " UI",
            " DB", " Pay", " Press", " Hub", " Stack", " Commerce", " Chat", " CDN", " Forms");
    private static final List<String> TOWN_SUFFIXES = List.of("ville", "burg", "ford", "mouth", "field", "haven",
            "port", "wick", "stead", " Falls", " Bay", " Springs");

    private NameMaker() {
    }

    /** Two or three syllables, capitalized, with a product ending one time in four. */
    static String technology(SynthRandom random) {
        String word = word(random, 2 + random.nextInt(2));
        return random.chance(0.25) ? word + random.pick(PRODUCT_SUFFIXES) : word;
    }

    static String town(SynthRandom random) {
        return word(random, 2) + random.pick(TOWN_SUFFIXES);
    }

    private static String word(SynthRandom random, int syllables) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            word.append(random.pick(ONSETS)).append(random.pick(VOWELS));
            if (i == syllables - 1 || random.chance(0.3)) {
                word.append(random.pick(CODAS));
            }
        }
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** "Zanitra JS" becomes "zanitra-js", ".js" stays ".js": lower case, runs of other characters a hyphen. */
    static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-").replaceAll("^[-.]+|[-.]+$", "");
    }
}
