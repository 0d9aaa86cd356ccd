package dev.versus.load;

import com.fasterxml.jackson.core.JsonStreamContext;

/**
 * Where a value sits in the document, written {@code $.technologies[3].usage.total}; keys that are
 * not identifiers go in brackets: {@code $.usage.bySiteCategory['education-reference']}. Paths are
 * built for every value the validator visits but rendered only for errors, so they are a cheap
 * linked chain rather than strings.
 */
final class JsonPath {
    static final JsonPath ROOT = new JsonPath(null, null, -1);

    private final JsonPath parent;
    private final String key;
    private final int index;

    private JsonPath(JsonPath parent, String key, int index) {
        this.parent = parent;
        this.key = key;
        this.index = index;
    }

    JsonPath key(String name) {
        return new JsonPath(this, name, -1);
    }

    JsonPath index(int position) {
        return new JsonPath(this, null, position);
    }

    /** The path of the value a streaming parser is at, for errors found while parsing. */
    static JsonPath of(JsonStreamContext context) {
        if (context == null || context.inRoot()) {
            return ROOT;
        }
        JsonPath parentPath = of(context.getParent());
        if (context.inArray()) {
            return parentPath.index(Math.max(context.getCurrentIndex(), 0));
        }
        String name = context.getCurrentName();
        return name == null ? parentPath : parentPath.key(name);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        appendTo(out);
        return out.toString();
    }

    private void appendTo(StringBuilder out) {
        if (parent == null) {
            out.append('$');
            return;
        }
        parent.appendTo(out);
        if (key == null) {
            out.append('[').append(index).append(']');
        } else if (isIdentifier(key)) {
            out.append('.').append(key);
        } else {
            out.append("['").append(key.replace("\\", "\\\\").replace("'", "\\'")).append("']");
        }
    }

    /** ASCII letters, digits, {@code _} and {@code $}, not starting with a digit. */
    static boolean isIdentifier(String key) {
        if (key.isEmpty()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
            boolean digit = c >= '0' && c <= '9';
            if (!letter && !(digit && i > 0)) {
                return false;
            }
        }
        return true;
    }
}
