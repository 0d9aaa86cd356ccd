package dev.versus.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/comparison-rules.md and the code keep pointing at each other: every section a class names
 * ("Rules: docs/comparison-rules.md §4.2") is a heading of the doc, and every numbered heading is
 * named by some class, itself or through one of its subsections.
 */
class RulesDocTest {

    private static final Path DOC = Path.of("docs", "comparison-rules.md");
    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Pattern HEADING = Pattern.compile("^#{2,6} §(\\d+(?:\\.\\d+)*) ", Pattern.MULTILINE);
    private static final Pattern SECTION = Pattern.compile("§(\\d+(?:\\.\\d+)*)");

    @Test
    void everySectionNamedInTheCodeIsAHeadingOfTheDoc() {
        Set<String> headings = headings(read(DOC));
        List<String> missing = new ArrayList<>();
        references(SOURCES).forEach((section, classes) -> {
            if (!headings.contains(section)) {
                missing.add("§" + section + " (named by " + String.join(", ", classes) + ")");
            }
        });
        assertEquals(List.of(), missing, DOC + " has no heading for these sections");
    }

    @Test
    void everyHeadingOfTheDocIsNamedByAClass() {
        List<String> unnamed = unnamed(headings(read(DOC)), references(SOURCES).keySet());
        assertEquals(List.of(), unnamed, "no class under " + SOURCES + " names these sections of " + DOC);
    }

    @Test
    void headingsAreReadFromNumberedMarkdownHeadingsOnly() {
        String doc = "# Title §9\n## §1 Pairs\ntext §7 here\n### §1.2 Where\n#### §10.10 Meta\n";
        assertEquals(Set.of("1", "1.2", "10.10"), headings(doc));
    }

    @Test
    void referencesAreTakenFromTheLineNamingTheRulesDocOnly() {
        Map<String, Set<String>> found = new TreeMap<>();
        collect("A.java", " * <p>Rules: docs/comparison-rules.md §4.2, §10.10.\n * other.md §5\n", found);
        assertEquals(Map.of("4.2", Set.of("A.java"), "10.10", Set.of("A.java")), found);
    }

    @Test
    void aHeadingCountsAsNamedThroughASubsectionButNotThroughAPrefix() {
        Set<String> headings = new TreeSet<>(List.of("1", "1.1", "1.2", "2", "10"));
        assertEquals(List.of("§1.2", "§10"), unnamed(headings, Set.of("1.1", "2", "1")));
    }

    static Set<String> headings(String doc) {
        Set<String> sections = new TreeSet<>();
        Matcher heading = HEADING.matcher(doc);
        while (heading.find()) {
            sections.add(heading.group(1));
        }
        return sections;
    }

    /** Headings no class names, neither directly nor through a subsection ("§1.1" covers "§1"). */
    static List<String> unnamed(Set<String> headings, Set<String> named) {
        List<String> unnamed = new ArrayList<>();
        for (String heading : headings) {
            boolean covered = named.stream().anyMatch(n -> n.equals(heading) || n.startsWith(heading + "."));
            if (!covered) {
                unnamed.add("§" + heading);
            }
        }
        return unnamed;
    }

    /** Section to the source files (relative paths) that name it. */
    static Map<String, Set<String>> references(Path root) {
        Map<String, Set<String>> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(file -> file.toString().endsWith(".java"))
                    .sorted()
                    .forEach(file -> collect(root.relativize(file).toString(), read(file), found));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** Only the rest of a line that names the rules doc counts, so other docs' § numbers do not. */
    static void collect(String file, String source, Map<String, Set<String>> found) {
        for (String line : source.split("\n")) {
            int at = line.indexOf("comparison-rules.md");
            if (at < 0) {
                continue;
            }
            Matcher section = SECTION.matcher(line.substring(at));
            while (section.find()) {
                found.computeIfAbsent(section.group(1), s -> new TreeSet<>()).add(file);
            }
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
