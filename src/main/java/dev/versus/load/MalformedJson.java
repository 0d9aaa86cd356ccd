package dev.versus.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.regex.Pattern;

/** The single error for a file that is not well-formed JSON, worded for people rather than Jackson. */
final class MalformedJson {
    static final Failure EMPTY = new Failure("the file is empty; expected a JSON object");
    static final Failure TRAILING = new Failure("unexpected content after the top-level value; expected the end of the file");

    /** Jackson's "[Source: ...; line: 3, column: 7]" inside a message, reduced to its position. */
    private static final Pattern SOURCE = Pattern.compile("\\[Source: .*?; line: (\\d+), column: (\\d+)]");

    private MalformedJson() {
    }

    /** A problem the tree parser itself finds, positioned where the parser stands. */
    record Failure(String message) {
        JsonProcessingException at(JsonParser parser) {
            JsonLocation location = parser.currentTokenLocation();
            return new Positioned(message, location);
        }
    }

    /** Carries a ready-worded message through Jackson's exception type. */
    private static final class Positioned extends JsonProcessingException {
        private static final long serialVersionUID = 1L;

        Positioned(String message, JsonLocation location) {
            super(message, location);
        }
    }

    static InvalidSnapshotException error(String file, JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        int line = location == null ? 1 : Math.max(location.getLineNr(), 1);
        int column = location == null ? 1 : Math.max(location.getColumnNr(), 1);
        JsonPath path = e.getProcessor() instanceof JsonParser parser
                ? JsonPath.of(parser.getParsingContext()) : JsonPath.ROOT;
        String message = e instanceof Positioned ? e.getOriginalMessage() : "malformed JSON: " + readable(e);
        return ErrorCollector.single(file, path, line, column, message);
    }

    /** Jackson's own message without the location noise and internal detail after the first line. */
    private static String readable(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message == null) {
            return "the parser stopped here";
        }
        message = SOURCE.matcher(message).replaceAll("line $1, column $2");
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
