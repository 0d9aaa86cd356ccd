package dev.versus.load;

/** Quotes text from a snapshot for an error message: escaped, one line, visible, and not too long. */
final class Quote {
    /** Long enough to recognise a value, short enough to keep an error on one line. */
    private static final int MAX_LENGTH = 60;

    private Quote() {
    }

    static String of(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_LENGTH) + 8).append('"');
        int end = Math.min(text.length(), MAX_LENGTH);
        if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // never cut a character in half
        }
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (isHidden(text, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
        if (end < text.length()) {
            out.append("... (").append(text.length()).append(" characters)");
        }
        return out.toString();
    }

    /**
     * Whether the char at {@code i} would not show as itself in a terminal: a control character,
     * a format character (zero-width, bidi embeddings and overrides, which could reorder the rest
     * of the message) or half of a surrogate pair that has lost its other half.
     */
    private static boolean isHidden(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return Character.isISOControl(c) || Character.getType(c) == Character.FORMAT;
    }
}
