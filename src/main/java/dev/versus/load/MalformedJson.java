package dev.versus.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.regex.Pattern;

/** The single error for a file that is not one well-formed JSON value, worded for people rather than Jackson. */
final class MalformedJson {
    /** Jackson's "[Source: ...; line: 3, column: 7]" inside a message, reduced to its position. */
    private static final Pattern SOURCE = Pattern.compile("\\[Source: .*?; line: (\\d+), column: (\\d+)]");
    /** Advice about Jackson settings, which a snapshot's author cannot change. */
    private static final Pattern SETTING_ADVICE = Pattern.compile(": enable `[^`]*` to allow|, from `[^`]*`");

    private MalformedJson() {
    }

    /** A problem the tree parser finds itself, such as an empty file, at the parser's position. */
    static InvalidSnapshotException at(String file, JsonParser parser, String message) {
        JsonLocation location = parser.currentTokenLocation();
        return ErrorCollector.single(file, JsonPath.ROOT, Math.max(location.getLineNr(), 1),
                Math.max(location.getColumnNr(), 1), message);
    }

    static InvalidSnapshotException error(String file, JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        if (location == null && e.getProcessor() instanceof JsonParser parser) {
            location = parser.currentLocation(); // limits such as nesting depth come without one
        }
        int line = location == null ? 1 : Math.max(location.getLineNr(), 1);
        int column = location == null ? 1 : Math.max(location.getColumnNr(), 1);
        JsonPath path = e.getProcessor() instanceof JsonParser parser
                ? JsonPath.of(parser.getParsingContext()) : JsonPath.ROOT;
        return ErrorCollector.single(file, path, line, column, "malformed JSON: " + readable(e));
    }

    /** Jackson's own message without the location noise and internal detail after the first line. */
    private static String readable(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message == null) {
            return "the parser stopped here";
        }
        message = SOURCE.matcher(message).replaceAll("line $1, column $2");
        message = SETTING_ADVICE.matcher(message).replaceAll("");
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
