package dev.versus.text;

import java.util.List;

/**
 * Meta descriptions short enough that search engines show them whole.
 *
 * <p>Rules: docs/comparison-rules.md §10.10.
 */
final class MetaDescription {
    /** Search results cut descriptions at about this many characters. */
    static final int LIMIT = 160;

    private MetaDescription() {
    }

    /**
     * The sentences, most important first, as many as fit in {@link #LIMIT} characters; the
     * first is always kept, cut at a word with "…" only when it alone is too long.
     */
    static String fit(List<String> sentences) {
        String text = sentences.get(0);
        for (String next : sentences.subList(1, sentences.size())) {
            String longer = text + " " + next;
            if (length(longer) > LIMIT) {
                break;
            }
            text = longer;
        }
        return length(text) <= LIMIT ? text : cut(text);
    }

    private static String cut(String text) {
        int end = text.offsetByCodePoints(0, LIMIT - 1);
        int space = text.lastIndexOf(' ', end);
        return text.substring(0, space > 0 ? space : end).stripTrailing() + "…";
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
