package dev.versus.load;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The translated Markdown pages of the default site (content/pages/<code>/) keep everything of the
 * English page that is not words: slug and layout, the heading levels, the shape of lists, tables
 * and code blocks, every link target, every inline code span and every number. A translator who
 * drops a threshold or breaks a link is told the file and line.
 */
class TranslatedPagesTest {
    private static final Path PAGES = Path.of("content", "pages");
    private static final List<String> LANGUAGES = List.of("de", "fr", "es", "ja", "ar");
    private static final List<String> SLUGS = List.of("about", "disclaimer", "methodology");

    private static final Pattern HEADING = Pattern.compile("^(#{1,6}) \\S");
    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\(([^)\\s]*)\\)");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*%?");
    private static final Pattern CODE_SPAN = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern LIST_ITEM = Pattern.compile("^(\\s*)(-|\\d+\\.) ");

    static Stream<Arguments> translations() {
        return LANGUAGES.stream().flatMap(language -> SLUGS.stream().map(slug -> Arguments.of(language, slug)));
    }

    /** A page's lines after the front matter, each with its line number in the file. */
    private record Page(String file, FrontMatter front, List<String> bodyLines) {
        static Page read(Path path) throws Exception {
            String file = path.toString().replace('\\', '/');
            FrontMatter front = FrontMatter.parse(file, Files.readString(path, StandardCharsets.UTF_8));
            return new Page(file, front, front.body().lines().toList());
        }

        String at(int bodyIndex) {
            return file + ":" + (front.closingLine() + 1 + bodyIndex);
        }

        /** Each match of {@code pattern} (group 1, or the whole match) outside code blocks, with its position. */
        Map<String, List<String>> occurrences(Pattern pattern) {
            Map<String, List<String>> found = new LinkedHashMap<>();
            forProseLines((index, line) -> {
                Matcher m = pattern.matcher(line);
                while (m.find()) {
                    String token = m.groupCount() > 0 ? m.group(1) : m.group();
                    found.computeIfAbsent(token, k -> new ArrayList<>()).add(at(index));
                }
            });
            return found;
        }

        /** What each structural line is (heading level, list item, table row with its cells, fence), in order. */
        List<Marker> structure() {
            List<Marker> markers = new ArrayList<>();
            boolean inCode = false;
            for (int i = 0; i < bodyLines.size(); i++) {
                String line = bodyLines.get(i);
                if (line.startsWith("```")) {
                    inCode = !inCode;
                    markers.add(new Marker("code fence", at(i)));
                } else if (inCode) {
                    markers.add(new Marker("code: " + line, at(i)));
                } else {
                    String where = at(i);
                    kindOf(line).ifPresent(kind -> markers.add(new Marker(kind, where)));
                }
            }
            return markers;
        }

        private void forProseLines(BiConsumer<Integer, String> action) {
            boolean inCode = false;
            for (int i = 0; i < bodyLines.size(); i++) {
                String line = bodyLines.get(i);
                if (line.startsWith("```")) {
                    inCode = !inCode;
                } else if (!inCode) {
                    action.accept(i, line);
                }
            }
        }
    }

    private record Marker(String kind, String where) {
    }

    private static Optional<String> kindOf(String line) {
        Matcher heading = HEADING.matcher(line);
        if (heading.find()) {
            return Optional.of("heading level " + heading.group(1).length());
        }
        Matcher item = LIST_ITEM.matcher(line);
        if (item.find()) {
            String kind = item.group(2).equals("-") ? "bullet" : "numbered item " + item.group(2);
            return Optional.of(kind + " indented " + item.group(1).length());
        }
        if (line.startsWith("|")) {
            // Cells are the parts between pipes; the header separator keeps its dashes so its row is told apart.
            long cells = line.chars().filter(c -> c == '|').count() - 1;
            String separator = line.matches("\\|( --- \\|)+") ? " separator" : "";
            return Optional.of("table row of " + cells + " cells" + separator);
        }
        return Optional.empty();
    }

    @ParameterizedTest(name = "{0}/{1}.md")
    @MethodSource("translations")
    void theTranslationKeepsEverythingThatIsNotWords(String language, String slug) throws Exception {
        Path translated = PAGES.resolve(language).resolve(slug + ".md");
        assertTrue(Files.isRegularFile(translated), translated + " is missing");
        Page english = Page.read(PAGES.resolve(slug + ".md"));
        Page page = Page.read(translated);
        List<String> failures = new ArrayList<>();
        checkFrontMatter(english, page, failures);
        checkStructure(english, page, failures);
        checkSameMultiset("link target", english, page, LINK_TARGET, failures);
        checkSameMultiset("inline code", english, page, CODE_SPAN, failures);
        checkNumbers(english, page, failures);
        if (english.front().body().strip().equals(page.front().body().strip())) {
            failures.add(page.file() + ":1: the text is the English text");
        }
        if (!failures.isEmpty()) {
            fail(String.join("\n", failures));
        }
    }

    private static void checkFrontMatter(Page english, Page page, List<String> failures) {
        for (String key : List.of("slug", "layout")) {
            if (!english.front().value(key).equals(page.front().value(key))) {
                failures.add(page.front().positionOf(page.file(), key) + ": " + key + " is "
                        + page.front().value(key).orElse("absent") + ", in English "
                        + english.front().value(key).orElse("absent"));
            }
        }
        for (String key : List.of("title", "description")) {
            String value = page.front().value(key).orElse("").strip();
            if (value.isEmpty() || value.equals(english.front().value(key).orElseThrow().strip())) {
                failures.add(page.front().positionOf(page.file(), key) + ": " + key + " \"" + value
                        + "\" is empty or the English one");
            }
        }
    }

    /** Heading levels, list items, table rows and code blocks line up one to one with the English page. */
    private static void checkStructure(Page english, Page page, List<String> failures) {
        List<Marker> expected = english.structure();
        List<Marker> actual = page.structure();
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            Marker want = i < expected.size() ? expected.get(i) : null;
            Marker got = i < actual.size() ? actual.get(i) : null;
            if (want == null || got == null || !want.kind().equals(got.kind())) {
                failures.add((got == null ? page.file() + ":end" : got.where()) + ": "
                        + (got == null ? "nothing" : got.kind()) + " where " + (want == null ? "the English page ends"
                        : want.where() + " has " + want.kind()));
                return; // after the first misalignment every later marker would differ too
            }
        }
    }

    private static void checkSameMultiset(String what, Page english, Page page, Pattern pattern, List<String> failures) {
        Map<String, List<String>> expected = english.occurrences(pattern);
        Map<String, List<String>> actual = page.occurrences(pattern);
        for (String token : union(expected, actual)) {
            List<String> want = expected.getOrDefault(token, List.of());
            List<String> got = actual.getOrDefault(token, List.of());
            if (want.size() != got.size()) {
                failures.add(page.file() + ": " + what + " " + token + " occurs " + got.size() + " times "
                        + got + ", in English " + want.size() + " times " + want);
            }
        }
    }

    /** Every number of the English page occurs in the translation at least as often, written the same way. */
    private static void checkNumbers(Page english, Page page, List<String> failures) {
        Map<String, List<String>> expected = english.occurrences(NUMBER);
        Map<String, List<String>> actual = page.occurrences(NUMBER);
        expected.forEach((number, where) -> {
            int got = actual.getOrDefault(number, List.of()).size();
            if (got < where.size()) {
                failures.add(page.file() + ": the number " + number + " occurs " + got + " times, in English "
                        + where.size() + " times " + where);
            }
        });
    }

    private static List<String> union(Map<String, ?> a, Map<String, ?> b) {
        List<String> keys = new ArrayList<>(a.keySet());
        b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(keys::add);
        return keys;
    }
}
