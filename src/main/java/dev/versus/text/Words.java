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
    /** The names of the snapshot's categories and kinds of site in this language, by "categories.<slug>" etc. */
    private final Map<String, String> names;
    /**
     * The messages that take no arguments, formatted once: templates print dozens of them on every
     * page, and formatting one copies a compiled ICU MessageFormat each time.
     */
    private final Map<String, String> fixed;

    private Words(Language language, LocaleFormats formats, Messages messages, Map<String, String> names) {
        this.language = language;
        this.formats = formats;
        this.messages = messages;
        this.names = Map.copyOf(names);
        Map<String, String> fixed = new java.util.HashMap<>();
        messages.messages().forEach((key, message) -> {
            if (message.arguments().isEmpty()) {
                fixed.put(key, message.format(Map.of()));
            }
        });
        this.fixed = Map.copyOf(fixed);
    }

    /** @param messages the messages of {@code language}, as the message files were read */
    public static Words of(Language language, Messages messages) {
        return of(language, messages, Map.of());
    }

    /**
     * @param names the message files' names of the snapshot's categories ("categories.cms") and
     *     kinds of site ("site_kinds.shopping", "site_kinds_in_sentence.shopping") in this language;
     *     every one the snapshot has, for a language other than the snapshot's own
     */
    public static Words of(Language language, Messages messages, Map<String, String> names) {
        if (!messages.language().equals(language.code())) {
            throw new IllegalArgumentException("messages of " + messages.language() + " for " + language.code());
        }
        return new Words(language, LocaleFormats.of(language), messages, names);
    }

    /** The names of categories and kinds of site in this language, by key ("categories.cms"). */
    public Map<String, String> names() {
        return names;
    }

    /** A category's name in this language: the message files' name, else the snapshot's ("Web frameworks"). */
    public String categoryName(String slug, String snapshotName) {
        return names.getOrDefault("categories." + slug, snapshotName);
    }

    /**
     * A category's singular in this language ("web framework"): the message files'
     * {@code [category_singulars]} name, else the snapshot's in the snapshot's own language, else
     * the category's name in this language.
     */
    public String categorySingular(String slug, String snapshotSingular) {
        String given = names.get("category_singulars." + slug);
        if (given != null) {
            return given;
        }
        return names.containsKey("categories." + slug) ? names.get("categories." + slug) : snapshotSingular;
    }

    /** A kind of site's name in this language, as a label ("Education/Reference"): the message files', else the snapshot's. */
    public String siteKindName(String slug, String snapshotName) {
        return names.getOrDefault("site_kinds." + slug, snapshotName);
    }

    /**
     * A kind of site inside a sentence ("education and reference"): the message files'
     * {@code site_kinds_in_sentence} name, else {@code derived}, the caller's rule for the
     * snapshot's own language, when this language has no name of its own, else the label name.
     */
    public String siteKindInSentence(String slug, String derived) {
        String given = names.get("site_kinds_in_sentence." + slug);
        if (given != null) {
            return given;
        }
        return names.containsKey("site_kinds." + slug) ? names.get("site_kinds." + slug) : derived;
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

    /**
     * The message keys this thread formats while it records, for the test that holds each kind of
     * page to the message tables its input key covers; null (not recording) in a build.
     */
    private static final ThreadLocal<java.util.Set<String>> RECORDED = new ThreadLocal<>();

    /** Records the keys this thread formats into {@code keys} until {@link #stopRecording}. */
    public static void recordInto(java.util.Set<String> keys) {
        RECORDED.set(keys);
    }

    public static void stopRecording() {
        RECORDED.remove();
    }

    /**
     * Notes that the page being rendered shows the message at {@code key}, for a caller that
     * keeps the message's text from an earlier page instead of formatting it again, so that the
     * recording above still sees every message a page shows.
     */
    public static void noteShown(String key) {
        java.util.Set<String> recording = RECORDED.get();
        if (recording != null) {
            recording.add(key);
        }
    }

    /** The message at {@code key}, which takes no arguments. */
    public String t(String key) {
        return format(key, Map.of());
    }

    /** The message at {@code key} with its arguments as name, value, name, value... */
    public String t(String key, Object... namesAndValues) {
        return format(key, arguments(namesAndValues));
    }

    /** The message at {@code key} with these arguments. */
    public String format(String key, Map<String, ?> arguments) {
        noteShown(key);
        String text = fixed.get(key);
        return text != null ? text : messages.format(key, arguments);
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
