package dev.versus.load;

import java.util.Optional;

/**
 * The rules for text from a snapshot that pages show: names, titles, Markdown texts and links.
 * Each check returns why a text is refused, as a message naming the field by its noun
 * ("expected a non-empty name, found an empty string"), or empty when the text is fine.
 */
final class ShownText {
    /**
     * Longest name, title, source or headquarters, in code points (not UTF-16 units, so that
     * scripts outside the BMP get no less room): enough for any real product or company name
     * and short enough that a heading, a table cell and a page title still lay out.
     */
    static final int MAX_NAME_LENGTH = 200;
    /** Longest Markdown text (about, notes), in code points: several pages of prose. */
    static final int MAX_MARKDOWN_LENGTH = 20_000;
    /** Longest website URL, in code points: below the 2,048 that browsers and crawlers handle. */
    static final int MAX_URL_LENGTH = 2_000;
    /** Longest top-site domain: the DNS limit for a whole name (RFC 1035). */
    static final int MAX_DOMAIN_LENGTH = 253;

    /** Whether a text may hold line breaks and tabs: Markdown may, one-line names may not. */
    private enum Lines { ONE, MANY }

    private ShownText() {
    }

    /** A one-line text such as a name: not blank, at most {@code maxLength} code points, no controls. */
    static Optional<String> oneLineProblem(String noun, String text, int maxLength) {
        return problem(noun, text, maxLength, Lines.ONE);
    }

    /** A Markdown text: not blank, at most {@link #MAX_MARKDOWN_LENGTH} code points; tabs and line breaks allowed. */
    static Optional<String> markdownProblem(String noun, String text) {
        return problem(noun, text, MAX_MARKDOWN_LENGTH, Lines.MANY);
    }

    private static Optional<String> problem(String noun, String text, int maxLength, Lines lines) {
        if (text.isEmpty()) {
            return Optional.of("expected " + withArticle("non-empty " + noun) + ", found an empty string");
        }
        int length = text.codePointCount(0, text.length());
        if (length > maxLength) {
            return Optional.of("expected " + withArticle(noun) + " of at most " + maxLength + " characters, found "
                    + length + " characters");
        }
        Optional<String> forbidden = forbiddenCharacter(noun, text, lines);
        if (forbidden.isPresent()) {
            return forbidden;
        }
        if (text.codePoints().noneMatch(ShownText::isVisible)) {
            return Optional.of("expected " + withArticle(noun) + " with a visible character, found only white space"
                    + " or invisible characters: " + Quote.of(text));
        }
        return Optional.empty();
    }

    /** The first character a page must not show, described with its position (1-based, in code points). */
    private static Optional<String> forbiddenCharacter(String noun, String text, Lines lines) {
        int position = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int c = text.codePointAt(i);
            position++;
            String where = " (character " + position + ")";
            if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) { // codePointAt joins pairs
                return Optional.of(noun + " contains an unpaired surrogate " + codePoint(c) + where
                        + ", half of a character that cannot be shown or written as UTF-8");
            }
            if (Character.isISOControl(c) && !(lines == Lines.MANY && (c == '\n' || c == '\r' || c == '\t'))) {
                return Optional.of(noun + " contains the control character " + codePoint(c) + where
                        + (lines == Lines.ONE ? "; it is one line of plain text" : ""));
            }
            if (isBidiControl(c)) {
                return Optional.of(noun + " contains " + codePoint(c) + " " + Character.getName(c) + where
                        + ", which would reorder the text shown after it; the marks U+200E, U+200F and U+061C"
                        + " are allowed instead");
            }
        }
        return Optional.empty();
    }

    /**
     * The bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069). Left
     * unclosed they reorder everything after them on the page, a name included into a sentence
     * can be made to read differently ("Trojan Source", CVE-2021-42574). The marks U+200E LRM,
     * U+200F RLM and U+061C ALM are allowed: they only set the direction of the characters next to
     * them, right-to-left names may need them, and they cannot leak past the text they are in.
     */
    static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /** Whether a character leaves a mark: not white space, a space, a format character or a control. */
    private static boolean isVisible(int c) {
        int type = Character.getType(c);
        return !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                && type != Character.FORMAT && type != Character.CONTROL;
    }

    private static String withArticle(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    private static String codePoint(int c) {
        return String.format("U+%04X", c);
    }
}
