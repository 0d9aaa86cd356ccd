package dev.versus.load;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each table and key of a TOML file is, by path ("site", "site.title", "nav[1].url").
 * Jackson's TOML module reads into a tree without positions, so messages about a key find it
 * here by a scan of the lines; the simple layout versus.toml uses (headers and {@code key = value}
 * lines) is covered, and anything else falls back to the line of its table.
 */
final class TomlPositions {
    private static final Pattern ARRAY_HEADER = Pattern.compile("^\\s*\\[\\[\\s*([A-Za-z0-9_.-]+)\\s*]]");
    private static final Pattern TABLE_HEADER = Pattern.compile("^\\s*\\[\\s*([A-Za-z0-9_.-]+)\\s*]");
    private static final Pattern KEY = Pattern.compile("^(\\s*)([A-Za-z0-9_-]+|\"[^\"]*\"|'[^']*')\\s*=\\s*");

    /** A 1-based line and column; for a key, also where its value starts. */
    record Position(int line, int column, int valueLine, int valueColumn, int valueOffset) {
    }

    private final String text;
    private final Map<String, Position> positions = new HashMap<>();

    private TomlPositions(String text) {
        this.text = text;
    }

    static TomlPositions scan(String text) {
        TomlPositions found = new TomlPositions(text);
        found.scanLines();
        return found;
    }

    private void scanLines() {
        Map<String, Integer> arrayCounts = new HashMap<>();
        String table = "";
        int offset = 0;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int lineNumber = i + 1;
            Matcher array = ARRAY_HEADER.matcher(line);
            Matcher header = TABLE_HEADER.matcher(line);
            Matcher key = KEY.matcher(line);
            if (array.find()) {
                int index = arrayCounts.merge(array.group(1), 1, Integer::sum) - 1;
                table = array.group(1) + "[" + index + "]";
                put(table, lineNumber, line.indexOf('['), offset);
            } else if (header.find()) {
                table = header.group(1);
                put(table, lineNumber, line.indexOf('['), offset);
            } else if (key.find()) {
                String name = key.group(2).replaceAll("^[\"']|[\"']$", "");
                String path = table.isEmpty() ? name : table + "." + name;
                positions.put(path, new Position(lineNumber, key.start(2) + 1, lineNumber, key.end() + 1,
                        offset + key.end()));
            }
            offset += line.length() + 1;
        }
    }

    private void put(String path, int line, int start, int offset) {
        int column = Math.max(start, 0) + 1;
        positions.putIfAbsent(path, new Position(line, column, line, column, offset + column - 1));
    }

    /** The position of the key or table at that path, else of its table, else the first line. */
    Position of(String path) {
        for (String at = path; ; at = parent(at)) {
            Position position = positions.get(at);
            if (position != null) {
                return position;
            }
            if (at.isEmpty()) {
                return new Position(1, 1, 1, 1, 0);
            }
        }
    }

    /** Where {@code literal} (a string element of the key's array) starts, else where the value starts. */
    Position element(String path, String literal) {
        return element(path, literal, 1);
    }

    /** Where the {@code occurrence}th (from 1) {@code literal} of the key's array starts, else where the value starts. */
    Position element(String path, String literal, int occurrence) {
        Position key = of(path);
        int found = key.valueOffset() - 1;
        for (int i = 0; i < occurrence && (i == 0 || found >= 0); i++) {
            found = text.indexOf(literal, found + 1);
        }
        if (found < 0) {
            return new Position(key.valueLine(), key.valueColumn(), key.valueLine(), key.valueColumn(), key.valueOffset());
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < found; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = found - lineStart + 1;
        return new Position(line, column, line, column, found);
    }

    private static String parent(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(0, dot);
    }
}
