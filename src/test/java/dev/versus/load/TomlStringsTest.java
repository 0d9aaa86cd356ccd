package dev.versus.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * An index in a decoded TOML string back to its line and column as written; each value below
 * starts with its opening quote at line 1, column 5 ({@code t = "}), offset 4.
 */
class TomlStringsTest {

    private static int[] at(String text, String value, int index) {
        return TomlStrings.position(text, 4, 1, 5, value, index);
    }

    @Test
    void aBasicStringCountsEachEscapeAsWritten() {
        // \U0001F600 is ten characters that decode to two UTF-16 units: "frist" is index 4, column 18.
        assertArrayEquals(new int[] {1, 18}, at("t = \"\\U0001F600 {frist}\"", "\uD83D\uDE00 {frist}", 4));
        assertArrayEquals(new int[] {1, 6}, at("t = \"\\t{frist}\"", "\t{frist}", 0));
    }

    @Test
    void aLiteralStringHasNoEscapes() {
        assertArrayEquals(new int[] {1, 18}, at("t = '{a} \\u00e9 {frist}'", "{a} \\u00e9 {frist}", 12));
    }

    @Test
    void multiLineStringsDropTheFirstNewlineAndTheLineEndingBackslash() {
        assertArrayEquals(new int[] {2, 6}, at("t = \"\"\"\n{a} {frist}\"\"\"", "{a} {frist}", 5));
        assertArrayEquals(new int[] {2, 6}, at("t = \"\"\"one \\\n    {frist}\"\"\"", "one {frist}", 5));
        assertArrayEquals(new int[] {3, 1}, at("t = '''\nfirst line\n{frist}'''", "first line\n{frist}", 11));
    }

    @Test
    void aSourceThatDoesNotDecodeToTheValueGivesNoPosition() {
        assertNull(at("t = \"{first}\"", "{frist}", 1));
        assertNull(at("t = [\"{first}\"]", "{first}", 1));
        assertNull(at("t = \"{first}", "{first}", 1));
    }
}
