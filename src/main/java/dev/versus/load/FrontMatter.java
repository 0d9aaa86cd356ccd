package dev.versus.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * The YAML block between a first line {@code ---} and the next line {@code ---} at the top of a
 * Markdown file, and the body after it. Every error is positioned in the file's own lines (the
 * YAML parser counts from the block's first line), and {@link #parse} throws nothing but
 * {@link InvalidContentException}, whatever the text.
 *
 * @param entries the keys given, each with its text value and where it is
 * @param closingLine the line of the closing {@code ---}, where a missing key would go; 1 without
 *     front matter
 * @param body the Markdown after the front matter
 */
public record FrontMatter(Map<String, Entry> entries, int closingLine, String body) {

    /** The keys a page's front matter may have; a page without layout uses "page". */
    public static final List<String> PAGE_KEYS = List.of("title", "description", "slug", "layout");
    private static final List<String> REQUIRED_PAGE_KEYS = List.of("title", "description", "slug");
    private static final String FENCE = "---";
    private static final YAMLFactory YAML = new YAMLFactory();

    public FrontMatter {
        entries = Map.copyOf(entries);
    }

    /**
     * One {@code key: value} line.
     *
     * @param keyLine the key's line and column in the file, for errors about the key
     * @param valueLine the value's line and column in the file, for errors about the value
     */
    public record Entry(String key, String value, int keyLine, int keyColumn, int valueLine, int valueColumn) {
    }

    /** A content page's front matter: title, description and slug are required, layout is optional. */
    public static FrontMatter parse(String file, String text) throws InvalidContentException {
        return parse(file, text, PAGE_KEYS, REQUIRED_PAGE_KEYS);
    }

    /** An editor's text for a technology or category: front matter is optional and has no keys. */
    public static FrontMatter parseEditorText(String file, String text) throws InvalidContentException {
        return parse(file, text, List.of(), List.of());
    }

    public Optional<String> value(String key) {
        Entry entry = entries.get(key);
        return entry == null ? Optional.empty() : Optional.of(entry.value());
    }

    /** Where the value of {@code key} is, as {@code file:line:col}; the opening line when the key is absent. */
    public String positionOf(String file, String key) {
        Entry entry = entries.get(key);
        return entry == null ? file + ":1:1" : file + ":" + entry.valueLine() + ":" + entry.valueColumn();
    }

    private static FrontMatter parse(String file, String text, List<String> known, List<String> required)
            throws InvalidContentException {
        List<String> errors = new ArrayList<>();
        Lines lines = new Lines(text);
        Set<String> given = new HashSet<>();
        FrontMatter front = lines.startsWithFence() ? readBlock(file, lines, known, errors, given)
                : new FrontMatter(Map.of(), 1, text);
        // Keys cannot be said to be missing from a block that could not be read, nor when given wrong.
        if (front != null) {
            errors.addAll(missingKeys(file, lines.startsWithFence(), front.closingLine, required, given));
        }
        if (!errors.isEmpty()) {
            throw new InvalidContentException(errors);
        }
        return front;
    }

    private static List<String> missingKeys(String file, boolean hasBlock, int closingLine, List<String> required,
            Set<String> given) {
        String requiredList = String.join(", ", required);
        if (!hasBlock) {
            return required.isEmpty() ? List.of() : List.of(file + ":1:1: no front matter; a page starts with a line "
                    + "---, then " + requiredList + " as key: value lines, then a line ---");
        }
        List<String> errors = new ArrayList<>();
        for (String key : required) {
            if (!given.contains(key)) {
                errors.add(file + ":" + closingLine + ":1: front matter has no \"" + key + "\"; add a line " + key
                        + ": ... before this one (required: " + requiredList + ")");
            }
        }
        return errors;
    }

    /** The block and the body after it, or null when the block cannot be read as YAML at all. */
    private static FrontMatter readBlock(String file, Lines lines, List<String> known, List<String> errors,
            Set<String> given) {
        int closing = lines.closingFence();
        if (closing < 0) {
            errors.add(file + ":1:1: front matter opened by --- is never closed: no line --- follows it");
            return null;
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        // The block starts on line 2 of the file; the YAML parser counts it as line 1.
        boolean readable = new BlockReader(file, 1, known, errors, entries, given).read(lines.between(1, closing));
        return readable ? new FrontMatter(entries, closing + 1, lines.after(closing)) : null;
    }

    /** Reads the YAML of one block, token by token, so that each key and value keeps its position. */
    private record BlockReader(String file, int lineShift, List<String> known, List<String> errors,
            Map<String, Entry> entries, Set<String> given) {

        /** Whether the block was YAML; entries and errors about them are added as they are read. */
        boolean read(String yaml) {
            try (JsonParser parser = YAML.createParser(yaml)) {
                JsonToken first = parser.nextToken();
                if (first == null) {
                    return true;
                }
                if (first != JsonToken.START_OBJECT) {
                    errors.add(at(parser.currentTokenLocation()) + "front matter must be key: value lines, "
                            + "one per key (" + keyList() + ")");
                    return false;
                }
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    readEntry(parser);
                }
                if (parser.nextToken() != null) {
                    errors.add(at(parser.currentTokenLocation()) + "front matter holds more than one YAML document");
                    return false;
                }
                return true;
            } catch (MarkedYAMLException e) {
                errors.add(yamlError(e));
            } catch (JsonProcessingException e) {
                Throwable cause = e.getCause();
                errors.add(cause instanceof MarkedYAMLException marked ? yamlError(marked)
                        : at(e.getLocation()) + "front matter is not valid YAML: " + e.getOriginalMessage());
            } catch (IOException | RuntimeException e) {
                // The parser reads a string, so this is a YAML construct it cannot handle; say so at the block.
                errors.add(file + ":" + (lineShift + 1) + ":1: front matter is not valid YAML: " + e.getMessage());
            }
            return false;
        }

        private void readEntry(JsonParser parser) throws IOException {
            String key = parser.currentName();
            JsonLocation keyAt = parser.currentTokenLocation();
            JsonToken value = parser.nextToken();
            JsonLocation valueAt = parser.currentTokenLocation();
            String text = value == JsonToken.VALUE_STRING ? parser.getText() : null;
            parser.skipChildren();
            if (!known.contains(key)) {
                errors.add(at(keyAt) + "unknown front matter key \"" + key + "\"; "
                        + (known.isEmpty() ? "this file takes none" : "the known keys are " + keyList()));
            } else if (!given.add(key)) {
                errors.add(at(keyAt) + "\"" + key + "\" is given twice");
            } else if (text == null) {
                errors.add(at(keyAt) + wrongType(key, value, parser));
            } else if (text.isBlank()) {
                errors.add(at(valueAt) + "\"" + key + "\" is empty");
            } else {
                entries.put(key, new Entry(key, text, line(keyAt), column(keyAt), line(valueAt), column(valueAt)));
            }
        }

        private static String wrongType(String key, JsonToken value, JsonParser parser) throws IOException {
            return switch (value) {
                case START_ARRAY -> "\"" + key + "\" must be text, found a list";
                case START_OBJECT -> "\"" + key + "\" must be text, found a map (key: value pairs)";
                case VALUE_NULL -> "\"" + key + "\" has no value";
                default -> "\"" + key + "\" must be text, but YAML reads " + parser.getText() + " as a "
                        + (value.isNumeric() ? "number" : value.isBoolean() ? "boolean" : "non-text value")
                        + "; put it in quotes: " + key + ": \"" + parser.getText() + "\"";
            };
        }

        private String yamlError(MarkedYAMLException e) {
            String problem = e.getProblem() == null ? "syntax error" : e.getProblem();
            Mark context = e.getContextMark();
            boolean hasContext = e.getContext() != null && context != null;
            // At the end of the block the problem is where something began and never ended: point there.
            if (hasContext && (problem.contains("end of stream") || e.getProblemMark() == null)) {
                return at(context) + "front matter is not valid YAML: " + problem + " " + e.getContext()
                        + " that starts here";
            }
            String message = at(e.getProblemMark()) + "front matter is not valid YAML: " + problem;
            if (hasContext) {
                message += " (" + e.getContext() + " at line " + (context.getLine() + 1 + lineShift) + ", column "
                        + (context.getColumn() + 1) + ")";
            }
            return message;
        }

        /** SnakeYAML counts lines and columns from 0. */
        private String at(Mark mark) {
            if (mark == null) {
                return file + ":" + (lineShift + 1) + ":1: ";
            }
            return file + ":" + (mark.getLine() + 1 + lineShift) + ":" + (mark.getColumn() + 1) + ": ";
        }

        private String at(JsonLocation location) {
            if (location == null) {
                return file + ":" + (lineShift + 1) + ":1: ";
            }
            return file + ":" + line(location) + ":" + column(location) + ": ";
        }

        private int line(JsonLocation location) {
            return Math.max(location.getLineNr(), 1) + lineShift;
        }

        private static int column(JsonLocation location) {
            return Math.max(location.getColumnNr(), 1);
        }

        private String keyList() {
            return String.join(", ", known);
        }
    }

    /** The text split at \n, \r\n and \r, as editors and the YAML parser count lines. */
    private static final class Lines {
        private final String text;
        /** Offsets where each line starts, and one past the end. */
        private final List<Integer> starts = new ArrayList<>();

        Lines(String text) {
            this.text = text;
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                    starts.add(i + 1);
                }
            }
            if (starts.get(starts.size() - 1) != text.length()) {
                starts.add(text.length());
            }
        }

        int count() {
            return starts.size() - 1;
        }

        /** Line {@code index} (0-based) without its line end. */
        String line(int index) {
            String line = text.substring(starts.get(index), starts.get(index + 1));
            return line.replaceFirst("(\r\n|\r|\n)$", "");
        }

        boolean startsWithFence() {
            return count() > 0 && isFence(line(0));
        }

        /** The 0-based index of the first fence after the opening one, or -1. */
        int closingFence() {
            for (int i = 1; i < count(); i++) {
                if (isFence(line(i))) {
                    return i;
                }
            }
            return -1;
        }

        /** Lines {@code from} (inclusive) to {@code to} (exclusive), with their line ends. */
        String between(int from, int to) {
            return text.substring(starts.get(from), starts.get(to));
        }

        String after(int index) {
            return text.substring(starts.get(index + 1));
        }

        private static boolean isFence(String line) {
            return line.stripTrailing().equals(FENCE);
        }
    }
}
