package dev.versus.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The messages of every language of a site, in the site's order; the first language is the
 * reference that defines the keys and their arguments.
 */
public record SiteMessages(Map<String, Messages> byLanguage, Map<String, Map<String, MessageName>> names,
        Map<String, String> files) {

    /**
     * @param names each language's names of the snapshot's categories and kinds of site, by key,
     *     filled along its fallback chain like the messages
     * @param files the file each language's messages were read from, as messages name it
     */
    public SiteMessages {
        if (byLanguage.isEmpty()) {
            throw new IllegalArgumentException("a site has at least one language");
        }
        byLanguage = Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage));
        Map<String, Map<String, MessageName>> copied = new LinkedHashMap<>();
        names.forEach((language, byKey) -> copied.put(language, Map.copyOf(byKey)));
        names = Collections.unmodifiableMap(copied);
        files = Map.copyOf(files);
    }

    public SiteMessages(Map<String, Messages> byLanguage) {
        this(byLanguage, Map.of(), Map.of());
    }

    /** The names in {@code language}, by key ("categories.cms"); none when it has none. */
    public Map<String, MessageName> namesIn(String language) {
        return names.getOrDefault(language, Map.of());
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
