package dev.versus.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One language's message file as written: its messages by key with their positions, and the
 * settings of its {@code [language]} table. Tables group keys, so {@code title} under
 * {@code [comparison]} is the message {@code comparison.title}; every value outside
 * {@code [language]} must be a string. Nothing here compares the file with another language.
 */
final class MessageFile {
    /** The reserved table of settings; no message key starts with it. */
    static final String SETTINGS = "language";
    private static final String FALLBACK = "fallback";

    /** A message as written: its key, its text and where the key and the value are. */
    record Entry(String key, String pattern, TomlPositions.Position at) {
    }

    final String name;
    final String language;
    private final String text;
    private final TomlPositions positions;
    private final MessageErrors errors;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    /** Every message key written, a valid string or not, so a bad value is not also reported missing. */
    private final java.util.Set<String> written = new java.util.HashSet<>();
    private String fallback;
    private boolean fallbackWritten;

    private MessageFile(String name, String language, String text, MessageErrors errors) {
        this.name = name;
        this.language = language;
        this.text = text;
        this.positions = TomlPositions.scan(text);
        this.errors = errors;
    }

    /** The file's messages, or null when it is not UTF-8 or not TOML (reported to {@code errors}). */
    static MessageFile read(Path file, String name, String language, MessageErrors errors) throws IOException {
        errors.file(name);
        String text;
        try {
            text = Utf8Text.decode(Files.readAllBytes(file)).toString();
        } catch (Utf8Text.NotUtf8Exception e) {
            errors.add(name, e.line(), e.column(), e.getMessage() + "; save the file as UTF-8");
            return null;
        }
        JsonNode root;
        try {
            root = SiteConfigReader.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            errors.add(name, at == null ? 1 : Math.max(at.getLineNr(), 1), at == null ? 1 : Math.max(at.getColumnNr(), 1),
                    "not valid TOML: " + e.getOriginalMessage());
            return null;
        }
        MessageFile read = new MessageFile(name, language, text, errors);
        if (root != null) {
            read.top(root);
        }
        return read;
    }

    /** The messages in file order. */
    Map<String, Entry> entries() {
        return Collections.unmodifiableMap(entries);
    }

    /** The language named by {@code fallback} in {@code [language]}, or null. */
    String fallback() {
        return fallback;
    }

    /** Whether the file has a message at {@code key}, even one that is not a string. */
    boolean wrote(String key) {
        return written.contains(key);
    }

    /** Whether {@code [language]} sets a fallback, even one that is not a string. */
    boolean setsFallback() {
        return fallbackWritten;
    }

    /** Where the fallback's value is (only when there is one). */
    TomlPositions.Position fallbackAt() {
        return positions.of(SETTINGS + "." + FALLBACK);
    }

    /** The {@code [language]} header when there is one, else the file's first line. */
    TomlPositions.Position settingsAt() {
        return positions.of(SETTINGS);
    }

    /** The line and column of the character at {@code index} of the entry's text, else of its opening quote. */
    int[] position(Entry entry, int index) {
        TomlPositions.Position at = entry.at();
        int[] exact = index < 0 ? null : TomlStrings.position(text, at.valueOffset(), at.valueLine(),
                at.valueColumn(), entry.pattern(), index);
        return exact != null ? exact : new int[] {at.valueLine(), at.valueColumn()};
    }

    void error(TomlPositions.Position at, String message) {
        errors.add(name, at.line(), at.column(), message);
    }

    void valueError(TomlPositions.Position at, String message) {
        errors.add(name, at.valueLine(), at.valueColumn(), message);
    }

    private void top(JsonNode root) {
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getKey().equals(SETTINGS)) {
                settings(field.getValue());
            } else {
                messages(field.getKey(), field.getValue());
            }
        }
    }

    private void settings(JsonNode table) {
        if (!table.isObject()) {
            valueError(positions.of(SETTINGS), "\"" + SETTINGS + "\" is reserved for the table [language]"
                    + " of settings, got " + SiteConfigReader.kind(table));
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = table.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String path = SETTINGS + "." + field.getKey();
            if (!field.getKey().equals(FALLBACK)) {
                error(positions.of(path), "unknown key \"" + field.getKey() + "\" in [language]; known keys: "
                        + FALLBACK);
            } else {
                fallbackWritten = true;
                if (field.getValue().isTextual()) {
                    fallback = field.getValue().textValue();
                } else {
                    valueError(positions.of(path), "fallback must be a string naming a language, got "
                            + SiteConfigReader.kind(field.getValue()));
                }
            }
        }
    }

    private void messages(String key, JsonNode value) {
        if (value.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                messages(key + "." + field.getKey(), field.getValue());
            }
            return;
        }
        written.add(key);
        if (value.isTextual()) {
            entries.put(key, new Entry(key, value.textValue(), positions.of(key)));
        } else {
            valueError(positions.of(key), "the message \"" + key + "\" must be a string, got " + SiteConfigReader.kind(value));
        }
    }
}
