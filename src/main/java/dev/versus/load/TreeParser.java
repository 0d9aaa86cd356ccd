package dev.versus.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.versus.load.JsonValue.ArrayValue;
import dev.versus.load.JsonValue.Member;
import dev.versus.load.JsonValue.ObjectValue;
import java.io.IOException;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON text into a positioned {@link JsonValue} tree with Jackson's streaming parser.
 * Repeated keys are reported here, the one place that sees both occurrences; malformed JSON
 * ends the whole read with a single error at the parser's position.
 */
final class TreeParser {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private final String file;
    private final JsonParser parser;
    private final ErrorCollector errors;
    /** Keys seen in the object open at each depth, reused so objects cost no map of their own. */
    private final List<Map<String, Member>> keysByDepth = new ArrayList<>();

    private TreeParser(String file, JsonParser parser, ErrorCollector errors) {
        this.file = file;
        this.parser = parser;
        this.errors = errors;
    }

    /** The document's single top-level value. */
    static JsonValue parse(String file, CharBuffer text, ErrorCollector errors) throws InvalidSnapshotException {
        try (JsonParser parser = FACTORY.createParser(text.array(), text.arrayOffset(), text.remaining())) {
            return new TreeParser(file, parser, errors).document();
        } catch (JsonProcessingException e) {
            throw MalformedJson.error(file, e);
        } catch (IOException e) {
            throw new IllegalStateException("reading from memory cannot fail", e);
        }
    }

    private JsonValue document() throws IOException, InvalidSnapshotException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw MalformedJson.at(file, parser, "the file is empty; expected a JSON object");
        }
        JsonValue root = value(first, 0);
        if (parser.nextToken() != null) {
            throw MalformedJson.at(file, parser,
                    "unexpected content after the top-level value; expected the end of the file");
        }
        return root;
    }

    private JsonValue value(JsonToken token, int depth) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        return switch (token) {
            case START_OBJECT -> object(line, column, depth);
            case START_ARRAY -> array(line, column, depth);
            case VALUE_STRING -> new JsonValue.StringValue(parser.getText(), line, column);
            case VALUE_NUMBER_INT -> integer(line, column);
            case VALUE_NUMBER_FLOAT -> new JsonValue.DecimalValue(parser.getText(), line, column);
            case VALUE_TRUE -> new JsonValue.BooleanValue(true, line, column);
            case VALUE_FALSE -> new JsonValue.BooleanValue(false, line, column);
            case VALUE_NULL -> new JsonValue.NullValue(line, column);
            default -> throw new IllegalStateException("unexpected token " + token);
        };
    }

    private JsonValue integer(int line, int column) throws IOException {
        if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            return new JsonValue.IntegerValue(0, parser.getBigIntegerValue(), line, column);
        }
        return new JsonValue.IntegerValue(parser.getLongValue(), null, line, column);
    }

    private ObjectValue object(int line, int column, int depth) throws IOException {
        Map<String, Member> seen = keysAt(depth);
        List<Member> members = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonLocation at = parser.currentTokenLocation();
            Member first = seen.get(key);
            if (first != null) {
                errors.add(JsonPath.of(parser.getParsingContext()), at.getLineNr(), at.getColumnNr(),
                        "key " + Quote.of(key) + " is repeated in this object (first at line " + first.line()
                                + ", column " + first.column() + ")");
            }
            Member member = new Member(key, at.getLineNr(), at.getColumnNr(), value(parser.nextToken(), depth + 1));
            if (first == null) {
                seen.put(key, member);
                members.add(member);
            }
        }
        seen.clear();
        return new ObjectValue(members, line, column);
    }

    private ArrayValue array(int line, int column, int depth) throws IOException {
        List<JsonValue> items = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            items.add(value(token, depth + 1));
        }
        return new ArrayValue(items, line, column);
    }

    private Map<String, Member> keysAt(int depth) {
        while (keysByDepth.size() <= depth) {
            keysByDepth.add(new HashMap<>());
        }
        return keysByDepth.get(depth);
    }
}
