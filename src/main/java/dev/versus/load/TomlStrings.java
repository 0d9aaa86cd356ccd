package dev.versus.load;

import java.util.Arrays;

/**
 * Where a character of a TOML string value is in the file. ICU reports a syntax error or an
 * argument by its index in the decoded string; this walks the string as written (its escapes,
 * its quotes, the newline a multi-line string starts with) to turn that index into a line and
 * column, so that {@code "\u00e9 {frist}"} points at {@code {frist}} and not six columns early.
 * When the written string does not decode to the value the TOML reader gave (a layout this walk
 * does not know), the caller gets null and reports the opening quote instead of a wrong place.
 */
final class TomlStrings {
    private final String text;
    private final int start;
    /** For each decoded UTF-16 unit, and one past the end, its offset in {@link #text}. */
    private int[] offsets = new int[16];
    private final StringBuilder decoded = new StringBuilder();

    private TomlStrings(String text, int start) {
        this.text = text;
        this.start = start;
    }

    /**
     * The line and column of the decoded character at {@code index} of the string whose opening
     * quote is at {@code quoteOffset} (at {@code quoteLine}:{@code quoteColumn}), or null when the
     * source there does not decode to {@code value}.
     */
    static int[] position(String text, int quoteOffset, int quoteLine, int quoteColumn, String value, int index) {
        if (quoteOffset < 0 || quoteOffset >= text.length() || index < 0 || index > value.length()) {
            return null;
        }
        TomlStrings walk = new TomlStrings(text, quoteOffset);
        if (!walk.decode() || !walk.decoded.toString().equals(value)) {
            return null;
        }
        int target = walk.offsets[index];
        int line = quoteLine;
        int column = quoteColumn;
        for (int i = quoteOffset; i < target; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }

    /** Decodes the string starting at {@link #start}; false when it is not a string or does not end. */
    private boolean decode() {
        char quote = text.charAt(start);
        if (quote != '"' && quote != '\'') {
            return false;
        }
        boolean multiLine = text.startsWith(String.valueOf(quote).repeat(3), start);
        int i = start + (multiLine ? 3 : 1);
        if (multiLine) {
            // A newline right after the opening quotes is not part of the string.
            i = text.startsWith("\r\n", i) ? i + 2 : text.startsWith("\n", i) ? i + 1 : i;
        }
        String closing = multiLine ? String.valueOf(quote).repeat(3) : String.valueOf(quote);
        while (i < text.length()) {
            if (text.startsWith(closing, i) && !(multiLine && text.startsWith(closing + quote, i))) {
                offsets = Arrays.copyOf(offsets, decoded.length() + 1);
                offsets[decoded.length()] = i;
                return true;
            }
            char c = text.charAt(i);
            if (!multiLine && (c == '\n' || c == '\r')) {
                return false;
            }
            if (c == '\\' && quote == '"') {
                i = escape(i, multiLine);
                if (i < 0) {
                    return false;
                }
            } else {
                append(String.valueOf(c), i);
                i++;
            }
        }
        return false;
    }

    /** Decodes the escape at {@code i}; returns the offset after it, or -1 for one this walk does not know. */
    private int escape(int i, boolean multiLine) {
        if (i + 1 >= text.length()) {
            return -1;
        }
        char kind = text.charAt(i + 1);
        int hexDigits = kind == 'x' ? 2 : kind == 'u' ? 4 : kind == 'U' ? 8 : 0;
        if (hexDigits > 0) {
            if (i + 2 + hexDigits > text.length()) {
                return -1;
            }
            try {
                append(Character.toString(Integer.parseInt(text.substring(i + 2, i + 2 + hexDigits), 16)), i);
            } catch (IllegalArgumentException e) {
                return -1;
            }
            return i + 2 + hexDigits;
        }
        String simple = switch (kind) {
            case 'b' -> "\b";
            case 't' -> "\t";
            case 'n' -> "\n";
            case 'f' -> "\f";
            case 'r' -> "\r";
            case 'e' -> "\u001b";
            case '"' -> "\"";
            case '\\' -> "\\";
            default -> null;
        };
        if (simple != null) {
            append(simple, i);
            return i + 2;
        }
        if (multiLine) {
            // A backslash ending a line drops the line break and the whitespace that follows.
            int j = i + 1;
            while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
                j++;
            }
            if (j < text.length() && (text.charAt(j) == '\n' || text.charAt(j) == '\r')) {
                while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
                    j++;
                }
                return j;
            }
        }
        return -1;
    }

    private void append(String units, int offset) {
        for (int k = 0; k < units.length(); k++) {
            if (decoded.length() + 1 >= offsets.length) {
                offsets = Arrays.copyOf(offsets, offsets.length * 2);
            }
            offsets[decoded.length()] = offset;
            decoded.append(units.charAt(k));
        }
    }
}
