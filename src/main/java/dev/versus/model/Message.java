package dev.versus.model;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
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
     * The pattern as literal texts (Strings) and argument names ({@link Argument}s) when every
     * argument is a plain {@code {name}}, else null. Formatting such a message with text values
     * is a concatenation, which ICU's formatter would do through a copy of the prototype and a
     * StringBuffer: a sixth of a build's CPU went there before.
     */
    private final List<Object> plainParts;

    /**
     * Locales by language tag: a build reads some 300 messages per language, and ICU
     * canonicalizes a tag each time it parses one (hot enough at startup to be compiled by C2).
     */
    private static final Map<String, ULocale> LOCALES = new java.util.concurrent.ConcurrentHashMap<>();

    /** The ICU locale of a language tag, parsed once per tag. */
    public static ULocale locale(String languageTag) {
        return LOCALES.computeIfAbsent(languageTag, ULocale::forLanguageTag);
    }

    /** A plain {@code {name}} argument of {@link #plainParts}. */
    private record Argument(String name) {
    }

    /**
     * @throws IllegalArgumentException when the pattern is not a valid ICU message (the reader of
     *     the message files reports that with its position first; this is the last guard)
     */
    public Message(String key, String language, String pattern) {
        this.key = Objects.requireNonNull(key, "key");
        this.language = Objects.requireNonNull(language, "language");
        this.pattern = Objects.requireNonNull(pattern, "pattern");
        MessagePattern parsed = new MessagePattern(pattern);
        this.arguments = argumentNames(parsed);
        this.prototype = new MessageFormat(pattern, locale(language));
        this.plainParts = plainParts(parsed);
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
        return formatsPlainly(values) ? concatenated(values) : formatWithIcu(values);
    }

    /** Whether {@link #format} takes the plain path for these values (for the test that compares both paths). */
    boolean formatsPlainly(Map<String, ?> values) {
        return plainParts != null && textsOnly(values);
    }

    /** What ICU's formatter writes for this message, whatever path {@link #format} takes. */
    String formatWithIcu(Map<String, ?> values) {
        @SuppressWarnings("unchecked")
        Map<String, Object> given = (Map<String, Object>) values;
        return ((MessageFormat) prototype.clone()).format(given);
    }

    /** ICU writes a String argument as it is; a number or date it formats by the language's rules. */
    private boolean textsOnly(Map<String, ?> values) {
        for (String argument : arguments) {
            if (!(values.get(argument) instanceof String)) {
                return false;
            }
        }
        return true;
    }

    private String concatenated(Map<String, ?> values) {
        StringBuilder text = new StringBuilder(pattern.length() + 32 * arguments.size());
        for (Object part : plainParts) {
            text.append(part instanceof Argument argument ? (String) values.get(argument.name()) : (String) part);
        }
        return text.toString();
    }

    /**
     * Walks the parsed pattern as ICU's MessageFormat.format does at the top level: the text
     * between parts is copied, syntax parts (the apostrophes of quoting) are skipped, and an
     * argument is replaced by its value. Null when any argument has a type (number, plural,
     * select...) or the pattern uses a part that walk does not cover.
     */
    private static List<Object> plainParts(MessagePattern parsed) {
        String source = parsed.getPatternString();
        List<Object> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int previous = parsed.getPart(0).getLimit();
        for (int i = 1; ; i++) {
            MessagePattern.Part part = parsed.getPart(i);
            literal.append(source, previous, part.getIndex());
            MessagePattern.Part.Type type = part.getType();
            if (type == MessagePattern.Part.Type.MSG_LIMIT) {
                break;
            }
            previous = part.getLimit();
            if (type == MessagePattern.Part.Type.SKIP_SYNTAX || type == MessagePattern.Part.Type.INSERT_CHAR) {
                // INSERT_CHAR marks a lone apostrophe for re-quoting a pattern; formatting
                // copies the apostrophe itself, which the text between parts holds.
                continue;
            }
            if (type != MessagePattern.Part.Type.ARG_START
                    || part.getArgType() != MessagePattern.ArgType.NONE) {
                return null;
            }
            int limit = parsed.getLimitPartIndex(i);
            MessagePattern.Part name = parsed.getPart(i + 1);
            if (name.getType() != MessagePattern.Part.Type.ARG_NAME) {
                return null;
            }
            if (literal.length() > 0) {
                parts.add(literal.toString());
                literal.setLength(0);
            }
            parts.add(new Argument(parsed.getSubstring(name)));
            previous = parsed.getPart(limit).getLimit();
            i = limit;
        }
        if (literal.length() > 0) {
            parts.add(literal.toString());
        }
        return List.copyOf(parts);
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
