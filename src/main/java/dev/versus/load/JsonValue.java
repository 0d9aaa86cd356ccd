package dev.versus.load;

import java.math.BigInteger;
import java.util.List;

/**
 * A JSON value together with the line and column (1-based, UTF-16 code units) of its first
 * character. The validator needs positions for every value it may complain about, which Jackson's
 * own trees do not keep, so the reader builds this small tree instead.
 */
sealed interface JsonValue {

    int line();

    int column();

    /** How an error message names what was found: {@code the string "12"}, {@code an array}. */
    String describe();

    /** One key of an object, positioned at the key's opening quote. */
    record Member(String key, int line, int column, JsonValue value) {
    }

    /** An object; a repeated key is reported while parsing and only its first occurrence kept. */
    record ObjectValue(List<Member> members, int line, int column) implements JsonValue {
        /** The member with this key, or null. A scan: schema objects have a handful of keys. */
        Member member(String key) {
            for (Member member : members) {
                if (member.key().equals(key)) {
                    return member;
                }
            }
            return null;
        }

        @Override
        public String describe() {
            return "an object";
        }
    }

    record ArrayValue(List<JsonValue> items, int line, int column) implements JsonValue {
        @Override
        public String describe() {
            return items.isEmpty() ? "an empty array" : "an array";
        }
    }

    record StringValue(String value, int line, int column) implements JsonValue {
        @Override
        public String describe() {
            return value.isEmpty() ? "an empty string" : "the string " + Quote.of(value);
        }
    }

    /**
     * A number written without fraction or exponent.
     *
     * @param big the value when it does not fit a long, else null
     */
    record IntegerValue(long value, BigInteger big, int line, int column) implements JsonValue {
        boolean isNegative() {
            return big != null ? big.signum() < 0 : value < 0;
        }

        /** Whether the value is above {@code limit}, which must be non-negative. */
        boolean isAbove(long limit) {
            return big != null ? big.signum() > 0 : value > limit;
        }

        String text() {
            return big != null ? big.toString() : Long.toString(value);
        }

        @Override
        public String describe() {
            return "the number " + text();
        }
    }

    /** A number with a fraction or exponent, such as {@code 1.5}, {@code 1870.0} or {@code 1.87e3}. */
    record DecimalValue(String text, int line, int column) implements JsonValue {
        @Override
        public String describe() {
            return "the number " + text;
        }
    }

    record BooleanValue(boolean value, int line, int column) implements JsonValue {
        @Override
        public String describe() {
            return "the boolean " + value;
        }
    }

    record NullValue(int line, int column) implements JsonValue {
        @Override
        public String describe() {
            return "null";
        }
    }
}
