package dev.versus.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * A link of the header navigation or the footer.
 *
 * @param label what the link says in the site's first language; null for a default link, whose
 *     words are the message {@code message} in every language
 * @param url a path from the site root ("/categories/"), made relative on each page, or an absolute http(s) URL
 * @param labels what the link says in each other language, by language code (versus.toml's {@code labels})
 * @param message the message key of a default link's words ("nav.categories"), or null
 */
public record NavLink(String label, String url, Map<String, String> labels, String message) {
    public NavLink {
        labels = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(labels));
    }

    /** A link that says {@code label} in a single-language site. */
    public NavLink(String label, String url) {
        this(label, url, Map.of(), null);
    }

    /** A default link, whose words are a message of each language. */
    public static NavLink ofMessage(String message, String url) {
        return new NavLink(null, url, Map.of(), message);
    }
}
