package dev.versus.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The messages of one language, one per key of the site's first language. A key this language's
 * file leaves out has already been filled from its fallback when the files were read, so a lookup
 * never falls back while pages render; formatting a key that is not here is a bug of Versus.
 *
 * @param languages this language first, then the languages it falls back to, in chain order
 * @param messages by key ("comparison.title")
 */
public record Messages(List<String> languages, SortedMap<String, Message> messages) {
    public Messages {
        languages = List.copyOf(languages);
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("messages need a language");
        }
        messages = Collections.unmodifiableSortedMap(new TreeMap<>(messages));
        for (Map.Entry<String, Message> entry : messages.entrySet()) {
            if (!entry.getKey().equals(entry.getValue().key()) || !languages.contains(entry.getValue().language())) {
                throw new IllegalArgumentException("message " + entry.getValue() + " filed under \""
                        + entry.getKey() + "\" for languages " + languages);
            }
        }
    }

    /** The language these messages are for. */
    public String language() {
        return languages.get(0);
    }

    public Set<String> keys() {
        return messages.keySet();
    }

    /** The message at {@code key}; one that does not exist is a bug (the files were checked). */
    public Message message(String key) {
        Message message = messages.get(key);
        if (message == null) {
            throw new IllegalArgumentException("no message \"" + key + "\" for language " + language());
        }
        return message;
    }

    /** The message at {@code key} formatted with these arguments, by the rules of its language. */
    public String format(String key, Map<String, ?> arguments) {
        return message(key).format(arguments);
    }
}
