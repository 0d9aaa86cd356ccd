package dev.versus.load;

import dev.versus.load.JsonValue.ArrayValue;
import dev.versus.load.JsonValue.BooleanValue;
import dev.versus.load.JsonValue.IntegerValue;
import dev.versus.load.JsonValue.NullValue;
import dev.versus.load.JsonValue.ObjectValue;
import dev.versus.load.JsonValue.StringValue;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Type checks without coercion. Each method takes a value (null when the field is absent, which
 * was reported already or is allowed) and returns it typed, or null after reporting what it found.
 */
final class Expect {
    /** 2^53 - 1: the largest integer a JavaScript or JSON double holds exactly. */
    static final long MAX_COUNT = (1L << 53) - 1;

    private final ErrorCollector errors;

    Expect(ErrorCollector errors) {
        this.errors = errors;
    }

    ErrorCollector errors() {
        return errors;
    }

    ObjectValue object(JsonValue value, JsonPath path) {
        return value instanceof ObjectValue object ? object : wrongType(value, path, "an object");
    }

    ArrayValue array(JsonValue value, JsonPath path) {
        return value instanceof ArrayValue array ? array : wrongType(value, path, "an array");
    }

    /** An array with at least one item; {@code itemName} says what one item is ("category"). */
    ArrayValue nonEmptyArray(JsonValue value, JsonPath path, String itemName) {
        ArrayValue array = array(value, path);
        if (array != null && array.items().isEmpty()) {
            errors.at(array, path, "expected at least one " + itemName + ", found an empty array");
            return null;
        }
        return array;
    }

    StringValue string(JsonValue value, JsonPath path) {
        return value instanceof StringValue string ? string : wrongType(value, path, "a string");
    }

    /** The text of a string field, or null when it is absent, null, or (reported) of another type. */
    String nullableText(JsonValue value, JsonPath path) {
        if (value instanceof NullValue) {
            return null;
        }
        StringValue string = nullableString(value, path);
        return string == null ? null : string.value();
    }

    /**
     * A one-line text a page shows, such as a name: a string that {@link ShownText} accepts with
     * {@link ShownText#MAX_NAME_LENGTH}. {@code noun} names the field in messages ("name").
     */
    String name(JsonValue value, JsonPath path, String noun) {
        return shown(string(value, path), path, noun, ShownText.MAX_NAME_LENGTH);
    }

    /** Like {@link #name}, but null is allowed and means "none". */
    String nullableName(JsonValue value, JsonPath path, String noun) {
        return value instanceof NullValue ? null : shown(nullableString(value, path), path, noun,
                ShownText.MAX_NAME_LENGTH);
    }

    /** A one-line text of at most {@code maxLength} code points, such as a domain. */
    String oneLine(JsonValue value, JsonPath path, String noun, int maxLength) {
        return shown(string(value, path), path, noun, maxLength);
    }

    /** Markdown a page renders (about, notes); null is allowed when {@code nullable}. */
    String markdown(JsonValue value, JsonPath path, String noun, boolean nullable) {
        if (nullable && value instanceof NullValue) {
            return null;
        }
        StringValue string = nullable ? nullableString(value, path) : string(value, path);
        return string == null ? null : reported(string, path, ShownText.markdownProblem(noun, string.value()));
    }

    private StringValue nullableString(JsonValue value, JsonPath path) {
        return value instanceof StringValue s ? s : wrongType(value, path, "a string or null");
    }

    private String shown(StringValue string, JsonPath path, String noun, int maxLength) {
        return string == null ? null
                : reported(string, path, ShownText.oneLineProblem(noun, string.value(), maxLength));
    }

    /** The string's text, or null after reporting its problem. */
    private String reported(StringValue string, JsonPath path, Optional<String> problem) {
        problem.ifPresent(message -> errors.at(string, path, message));
        return problem.isPresent() ? null : string.value();
    }

    Boolean bool(JsonValue value, JsonPath path) {
        BooleanValue bool = value instanceof BooleanValue b ? b : wrongType(value, path, "a boolean");
        return bool == null ? null : bool.value();
    }

    IntegerValue integer(JsonValue value, JsonPath path) {
        return value instanceof IntegerValue integer ? integer : wrongType(value, path, "an integer");
    }

    /** An integer from {@code min} to 2^53 - 1; {@code what} names it in messages ("a count"). */
    Long integerAtLeast(long min, String what, JsonValue value, JsonPath path) {
        IntegerValue integer = integer(value, path);
        if (integer == null) {
            return null;
        }
        boolean belowMin = integer.isNegative() || (integer.big() == null && integer.value() < min);
        if (belowMin) {
            errors.at(integer, path, "expected " + what + " of at least " + min + ", found " + integer.text());
            return null;
        }
        if (integer.isAbove(MAX_COUNT)) {
            errors.at(integer, path, "found " + integer.text() + ", above the largest allowed value, 2^53 - 1 ("
                    + MAX_COUNT + ")");
            return null;
        }
        return integer.value();
    }

    /** A count of the snapshot's unit: an integer from 0 to 2^53 - 1. */
    Long count(JsonValue value, JsonPath path) {
        return integerAtLeast(0, "a count", value, path);
    }

    /** A date written {@code YYYY-MM-DD} that exists in the calendar. */
    LocalDate date(JsonValue value, JsonPath path) {
        StringValue string = string(value, path);
        if (string == null) {
            return null;
        }
        LocalDate date = Dates.parse(string.value());
        if (date == null) {
            errors.at(string, path, "expected a date written YYYY-MM-DD, found " + string.describe());
        } else if (date.isBefore(Dates.EARLIEST)) {
            errors.at(string, path, "date " + date + " is before " + Dates.EARLIEST
                    + ", the earliest a snapshot may describe: there was no web to measure before then");
            return null;
        }
        return date;
    }

    /** Reports that {@code value} is not of the {@code expected} type; null when it is absent. */
    <T> T wrongType(JsonValue value, JsonPath path, String expected) {
        if (value != null) {
            errors.at(value, path, "expected " + expected + ", found " + value.describe());
        }
        return null;
    }
}
