package dev.versus.text;

import java.util.List;

/** Meta descriptions of technology and category pages, fitted as every page's are. */
public final class RankingDescriptions {
    private RankingDescriptions() {
    }

    /** The sentences, most important first, as many as fit; see {@link MetaDescription}. */
    public static String fit(List<String> sentences) {
        return MetaDescription.fit(sentences);
    }
}
