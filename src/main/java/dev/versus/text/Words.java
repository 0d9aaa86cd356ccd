package dev.versus.text;

import dev.versus.model.Messages;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything a page needs to speak one language: its messages (the publisher's ICU message
 * files, checked when the build started) and its formats (CLDR's numbers, dates, ordinals, lists
 * and country names). One per language per build; immutable and safe to share between threads.
 */
public final class Words {
    private final Language language;
    private final LocaleFormats formats;
    private final Messages messages;

    private Words(Language language, LocaleFormats formats, Messages messages) {
        this.language = language;
        this.formats = formats;
        this.messages = messages;
    }

    /** @param messages the messages of {@code language}, as the message files were read */
    public static Words of(Language language, Messages messages) {
        if (!messages.language().equals(language.code())) {
            throw new IllegalArgumentException("messages of " + messages.language() + " for " + language.code());
        }
        return new Words(language, LocaleFormats.of(language), messages);
    }

    public Language language() {
        return language;
    }

    public LocaleFormats formats() {
        return formats;
    }

    public Messages messages() {
        return messages;
    }

    /** The message at {@code key}, which takes no arguments. */
    public String t(String key) {
        return messages.format(key, Map.of());
    }

    /** The message at {@code key} with its arguments as name, value, name, value... */
    public String t(String key, Object... namesAndValues) {
        return messages.format(key, arguments(namesAndValues));
    }

    /** Arguments as a message takes them, from name, value pairs. */
    public static Map<String, Object> arguments(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("arguments come in name, value pairs");
        }
        Map<String, Object> arguments = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            arguments.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return arguments;
    }

    /** "67,300" in English, "67.300" in German: a count with the language's grouping. */
    public String count(long count) {
        return formats.count(count);
    }
}
