package dev.versus.compare;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * JSON's standard escapes plus {@code <}, {@code >} and {@code &} as {@code \u003c}, {@code \u003e}
 * and {@code \u0026}, so JSON embedded in a script element can never close it or open a comment.
 * Written out in lower case, as the rules show them (Jackson's own escapes are upper case).
 *
 * <p>Rules: docs/comparison-rules.md §11.3.
 */
public final class ScriptSafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private static final SerializedString LESS_THAN = new SerializedString("\\u003c");
    private static final SerializedString GREATER_THAN = new SerializedString("\\u003e");
    private static final SerializedString AMPERSAND = new SerializedString("\\u0026");

    private final int[] asciiEscapes;

    public ScriptSafeEscapes() {
        asciiEscapes = standardAsciiEscapesForJSON();
        asciiEscapes['<'] = ESCAPE_CUSTOM;
        asciiEscapes['>'] = ESCAPE_CUSTOM;
        asciiEscapes['&'] = ESCAPE_CUSTOM;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return asciiEscapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        return switch (ch) {
            case '<' -> LESS_THAN;
            case '>' -> GREATER_THAN;
            case '&' -> AMPERSAND;
            default -> null;
        };
    }
}
