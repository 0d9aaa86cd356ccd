package dev.versus.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The messages of every language of a site, in the site's order; the first language is the
 * reference that defines the keys and their arguments.
 */
public record SiteMessages(Map<String, Messages> byLanguage) {
    public SiteMessages {
        if (byLanguage.isEmpty()) {
            throw new IllegalArgumentException("a site has at least one language");
        }
        byLanguage = Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage));
    }

    /** The site's languages, the reference first. */
    public List<String> languages() {
        return List.copyOf(byLanguage.keySet());
    }

    public Messages reference() {
        return byLanguage.values().iterator().next();
    }

    public Messages of(String language) {
        Messages messages = byLanguage.get(language);
        if (messages == null) {
            throw new IllegalArgumentException("no messages for language \"" + language + "\"; the site has "
                    + languages());
        }
        return messages;
    }
}
