package dev.versus.load;

import dev.versus.load.JsonValue.Member;
import dev.versus.load.JsonValue.ObjectValue;
import java.util.List;

/**
 * One JSON object being checked against the fields its place in the schema allows. Creating it
 * reports the unknown fields; {@link #required} reports a missing one at the object's {@code {}.
 */
final class ObjectFields {
    private final ObjectValue object;
    private final JsonPath path;
    private final ErrorCollector errors;

    private ObjectFields(ObjectValue object, JsonPath path, ErrorCollector errors) {
        this.object = object;
        this.path = path;
        this.errors = errors;
    }

    /** The fields of {@code object}, reporting each key not in {@code known} (schema order). */
    static ObjectFields check(ObjectValue object, JsonPath path, ErrorCollector errors, List<String> known) {
        for (Member member : object.members()) {
            if (!known.contains(member.key())) {
                errors.add(path.key(member.key()), member.line(), member.column(),
                        "unknown field " + Quote.of(member.key()) + "; expected one of: " + String.join(", ", known));
            }
        }
        return new ObjectFields(object, path, errors);
    }

    /** The value of a required field, or null after reporting it missing. */
    JsonValue required(String key) {
        Member member = object.member(key);
        if (member == null) {
            errors.at(object, path, "missing required field " + Quote.of(key));
            return null;
        }
        return member.value();
    }

    /** The value of an optional field, or null when it is absent. */
    JsonValue optional(String key) {
        Member member = object.member(key);
        return member == null ? null : member.value();
    }

    JsonPath path(String key) {
        return path.key(key);
    }

    JsonPath path() {
        return path;
    }
}
