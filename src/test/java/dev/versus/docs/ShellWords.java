package dev.versus.docs;

import java.util.ArrayList;
import java.util.List;

/** A command line of the doc split into words as a POSIX shell would for the simple lines it holds. */
final class ShellWords {
    private ShellWords() {
    }

    /** The words of {@code line}: blanks separate, '...' and "..." group; anything fancier is refused. */
    static List<String> of(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else if ("|&;<>$`\\*?".indexOf(c) >= 0) {
                throw new IllegalArgumentException("the doc test runs plain commands only, not " + c + " in: " + line);
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("unclosed quote in: " + line);
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
