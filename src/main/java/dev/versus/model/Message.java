package dev.versus.model;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One message of a language: an ICU MessageFormat pattern with named arguments, and the language
 * its text is written in. That language is the one whose file the text came from, so a message a
 * translation took from its fallback is formatted by the fallback's rules (an English sentence
 * keeps English plurals and digits on a German page), never half one language, half another.
 *
 * <p>A class rather than a record because it keeps the pattern compiled once: parsing costs twice
 * what formatting does (measured with ICU4J 79.1: 36 µs to parse and format a two-argument plural
 * message, 15 µs to copy a compiled one and format it). The compiled prototype is never formatted
 * itself, only copied, because an ICU MessageFormat changes its caches while formatting and is
 * not safe to share between threads; copying it only reads it.
 */
public final class Message {
    private final String key;
    private final String language;
    private final String pattern;
    private final Set<String> arguments;
    private final MessageFormat prototype;

    /**
     * @throws IllegalArgumentException when the pattern is not a valid ICU message (the reader of
     *     the message files reports that with its position first; this is the last guard)
     */
    public Message(String key, String language, String pattern) {
        this.key = Objects.requireNonNull(key, "key");
        this.language = Objects.requireNonNull(language, "language");
        this.pattern = Objects.requireNonNull(pattern, "pattern");
        this.arguments = argumentNames(new MessagePattern(pattern));
        this.prototype = new MessageFormat(pattern, ULocale.forLanguageTag(language));
    }

    public String key() {
        return key;
    }

    /** The language the text is written in and formatted by. */
    public String language() {
        return language;
    }

    public String pattern() {
        return pattern;
    }

    /** Every argument name the pattern uses, including those inside plural and select branches. */
    public Set<String> arguments() {
        return arguments;
    }

    /**
     * The message with these arguments, by its language's rules. An argument the pattern uses but
     * that is not given is a bug of the caller: ICU would print "{name}" on the page instead.
     */
    public String format(Map<String, ?> values) {
        for (String argument : arguments) {
            if (!values.containsKey(argument)) {
                throw new IllegalArgumentException("message \"" + key + "\" (" + language
                        + ") needs the argument {" + argument + "}, given " + new TreeSet<>(values.keySet()));
            }
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> given = (Map<String, Object>) values;
        return ((MessageFormat) prototype.clone()).format(given);
    }

    private static Set<String> argumentNames(MessagePattern parsed) {
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_NAME
                    || part.getType() == MessagePattern.Part.Type.ARG_NUMBER) {
                names.add(parsed.getSubstring(part));
            }
        }
        return Set.copyOf(names);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Message that && key.equals(that.key) && language.equals(that.language)
                && pattern.equals(that.pattern);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, language, pattern);
    }

    @Override
    public String toString() {
        return key + " (" + language + ") = " + pattern;
    }
}
