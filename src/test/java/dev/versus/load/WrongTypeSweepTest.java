package dev.versus.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Takes valid fixtures apart value by value: every value in them, at every depth, is replaced in
 * turn by each of a set of wrong values (other types, nulls, odd numbers, deep nesting ...) and
 * every object member is removed in turn. Reading each result must give the snapshot or an
 * {@link InvalidSnapshotException}, never any other exception: a person can act on the one, not
 * on a stack trace.
 */
class WrongTypeSweepTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Stands in the tree for a replacement, which is then pasted in as raw JSON text. */
    private static final String HOLE = "\"\\u0000hole\\u0000\"";

    /** Raw JSON text, so that tokens the tree cannot hold (huge numbers, NaN) can be tried too. */
    private static final List<String> WRONG_VALUES = List.of(
            "\"x\"", "\"\"", "\"   \"", "\"yes\"", "\"2023-01-01\"", "\"\\ud800\"", "\"\\u0000\"",
            "0", "1", "-1", "1.5", "1e3", "-0", "1e999999", "-1e999999",
            "99999999999999999999999999", "-99999999999999999999999999", "9007199254740992",
            "9223372036854775807", "9223372036854775808",
            "true", "false", "null",
            "{}", "{\"a\": 1}", "{\"slug\": null}", "{\"\": {}}",
            "[]", "[null]", "[1, \"a\", true]", "[[[]]]", "[{}]",
            "{\"a\": 1, \"a\": [], \"a\": {}}", "[" + "{}, ".repeat(5_000) + "{}]",
            "[".repeat(2000) + "]".repeat(2000),
            "{\"a\":".repeat(2000) + "1" + "}".repeat(2000));

    @Test
    void everyValueOfTheSmallFixtureReplacedByEachWrongValueIsReadOrRefusedCleanly() {
        int tried = sweepWithoutFailures("valid-small.json");
        // Hand-counted lower bound: valid-small has well over 200 values; the sweep must really visit them.
        assertTrue(tried > 200 * WRONG_VALUES.size(), "only " + tried + " documents tried");
    }

    @Test
    void everyValueOfTheNullableFixtureIsSweptToo() {
        sweepWithoutFailures("valid-nullable-fields.json");
    }

    @Test
    void theOpenSourceFlagGivenAsAStringIsAnErrorNotACrash() {
        String json = Fixtures.text("valid-nullable-fields.json")
                .replace("\"about\": null,", "\"about\": null, \"openSource\": \"yes\",");
        List<SnapshotError> errors = Fixtures.errors("inline.json", json.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, errors.size(), errors::toString);
        assertEquals("$.technologies[0].openSource", errors.get(0).path());
        assertEquals("expected a boolean, found the string \"yes\"", errors.get(0).message());
    }

    /** How many documents were read; fails listing every document that threw something else. */
    private static int sweepWithoutFailures(String fixture) {
        List<String> failures = new ArrayList<>();
        int tried = sweep(fixture, failures);
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + tried + " documents threw; the first ones:\n"
                    + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
        }
        return tried;
    }

    private static int sweep(String fixture, List<String> failures) {
        JsonNode original = parse(Fixtures.text(fixture));
        List<List<Object>> paths = new ArrayList<>();
        collectPaths(original, new ArrayList<>(), paths);
        int tried = 0;
        for (List<Object> path : paths) {
            for (String wrong : WRONG_VALUES) {
                JsonNode copy = original.deepCopy();
                JsonNode replaced = replace(copy, path, TextNode.valueOf("\u0000hole\u0000"));
                readExpectingOnlyInvalidSnapshot(path + " = " + abbreviate(wrong), text(replaced).replace(HOLE, wrong),
                        failures);
                tried++;
            }
            if (!path.isEmpty() && path.get(path.size() - 1) instanceof String) {
                readExpectingOnlyInvalidSnapshot(path + " removed", text(remove(original.deepCopy(), path)), failures);
                tried++;
            }
        }
        return tried;
    }

    private static void readExpectingOnlyInvalidSnapshot(String change, String json, List<String> failures) {
        try {
            SnapshotReader.read("sweep.json", json.getBytes(StandardCharsets.UTF_8));
        } catch (InvalidSnapshotException expected) {
            if (expected.totalErrors() == 0) {
                failures.add(change + ": an InvalidSnapshotException without errors");
            }
        } catch (RuntimeException | StackOverflowError e) {
            StackTraceElement top = e.getStackTrace().length == 0 ? null : e.getStackTrace()[0];
            failures.add(change + ": " + e + " at " + top);
        }
    }

    private static void collectPaths(JsonNode node, List<Object> path, List<List<Object>> into) {
        into.add(List.copyOf(path));
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                path.add(field.getKey());
                collectPaths(field.getValue(), path, into);
                path.remove(path.size() - 1);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                path.add(i);
                collectPaths(node.get(i), path, into);
                path.remove(path.size() - 1);
            }
        }
    }

    /** The tree with the value at {@code path} replaced; the root itself when the path is empty. */
    private static JsonNode replace(JsonNode root, List<Object> path, JsonNode value) {
        if (path.isEmpty()) {
            return value;
        }
        JsonNode parent = parentOf(root, path);
        Object last = path.get(path.size() - 1);
        if (last instanceof String key) {
            ((ObjectNode) parent).set(key, value);
        } else {
            ((ArrayNode) parent).set((Integer) last, value);
        }
        return root;
    }

    private static JsonNode remove(JsonNode root, List<Object> path) {
        ((ObjectNode) parentOf(root, path)).remove((String) path.get(path.size() - 1));
        return root;
    }

    private static JsonNode parentOf(JsonNode root, List<Object> path) {
        JsonNode node = root;
        for (Object step : path.subList(0, path.size() - 1)) {
            node = step instanceof String key ? node.get(key) : node.get((Integer) step);
        }
        return node;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String abbreviate(String json) {
        return json.length() <= 40 ? json : json.substring(0, 40) + "... (" + json.length() + " characters)";
    }
}
