package dev.versus.compare;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * The machine-readable twin of a comparison page: its figures unrounded, as compact JSON in the
 * shape and key order of the comparison rules, safe to embed in a script element.
 *
 * <p>Rules: docs/comparison-rules.md §11.1, §11.2.
 */
public final class Twin {
    private static final JsonFactory JSON = new JsonFactory();

    private Twin() {
    }

    /** The catalog is not read today: every figure the twin holds is already in the comparison. */
    public static String toJson(Comparison comparison, Catalog catalog) {
        return toJson(comparison);
    }

    public static String toJson(Comparison comparison) {
        return toJson(comparison, (String) null);
    }

    /**
     * The twin of the page in {@code language} ("de"): the same figures in every language, with
     * the page's language as its last field; null leaves the field out.
     */
    public static String toJson(Comparison comparison, String language) {
        StringWriter out = new StringWriter(1024);
        try (JsonGenerator json = open(out)) {
            new TwinWriter(json, comparison, language).write();
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return out.toString();
    }

    /** A compact generator with the script-safe escapes, the one setup every twin is written with. */
    static JsonGenerator open(Writer out) throws IOException {
        JsonGenerator json = JSON.createGenerator(out);
        json.setCharacterEscapes(new ScriptSafeEscapes());
        return json;
    }

    /** A ratio or share as the nearest double; null when the denominator is 0. */
    static Double quotient(long numerator, long denominator) {
        // Both are exact doubles (at most 2^53 in magnitude), so one division rounds correctly.
        return denominator == 0 ? null : (double) numerator / denominator;
    }

    static void writeStrings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    static void writeNumber(JsonGenerator json, String field, Double value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeNumberField(field, value.doubleValue());
        }
    }
}
