package dev.versus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The build's stages run load, compare, plan, render, write, and each may use only the stages
 * before it, so that a stage can be read, tested and replaced knowing only what comes before.
 * Scans the sources' imports and fully qualified names (no bytecode tools needed).
 */
class ArchitectureTest {
    /** The stages in the order a build runs them; a stage may use the ones before it. */
    private static final List<String> STAGES = List.of("load", "compare", "plan", "render", "write");

    /**
     * Packages any stage may use. {@code text} words the comparisons' results, so it may use
     * {@code compare} as well; {@code model} and {@code hash} use nothing of Versus.
     */
    private static final Map<String, Set<String>> SHARED = Map.of(
            "model", Set.of(),
            "hash", Set.of(),
            "text", Set.of("model", "compare"));

    // build, cli, serve, check, derive and synth put the stages together and may use anything.

    private static final Path SOURCES = Path.of("src/main/java/dev/versus");
    private static final Pattern REFERENCE = Pattern.compile("\\bdev\\.versus\\.([a-z]+)\\b");

    @Test
    void stagesUseOnlyEarlierStagesAndSharedPackages() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String from = SOURCES.relativize(file).getName(0).toString();
                String shown = "src/main/java/dev/versus/" + SOURCES.relativize(file).toString().replace('\\', '/');
                violations.addAll(violations(shown, from, Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void aStageThatUsesALaterStageIsNamedWithFileLineAndColumn() {
        String source = """
                package dev.versus.load;

                import dev.versus.model.Snapshot;
                import dev.versus.plan.Page;
                // dev.versus.render is named in a comment, which is no use of it
                final class Reader {
                    Object page = dev.versus.render.Markdown.toSafeHtml("");
                }
                """;
        assertEquals(List.of(
                "Load.java:4:8: load uses dev.versus.plan, a later stage",
                "Load.java:7:19: load uses dev.versus.render, a later stage"),
                violations("Load.java", "load", source));
    }

    @Test
    void sharedPackagesUseOnlyWhatTheyAreAllowed() {
        String source = "package dev.versus.model;\n\nimport dev.versus.compare.Share;\nimport dev.versus.model.Unit;\n";
        assertEquals(List.of("Model.java:3:8: model is shared by every stage and may use only []"
                + ", not dev.versus.compare"), violations("Model.java", "model", source));
        assertEquals(List.of(), violations("Text.java", "text", "import dev.versus.compare.Share;\n"));
    }

    /** Each use of a package this one may not use, as {@code file:line:col: message}. */
    static List<String> violations(String shown, String from, String source) {
        List<String> found = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        boolean inComment = false;
        for (int i = 0; i < lines.length; i++) {
            String code = lines[i];
            if (inComment) {
                int end = code.indexOf("*/");
                inComment = end < 0;
                code = inComment ? "" : " ".repeat(end + 2) + code.substring(end + 2);
            }
            code = withoutComments(code).replaceAll("/\\*.*?\\*/", "");
            inComment = code.contains("/*");
            if (inComment) {
                code = code.substring(0, code.indexOf("/*"));
            }
            if (code.startsWith("package ")) {
                continue;
            }
            Matcher reference = REFERENCE.matcher(code);
            while (reference.find()) {
                int line = i + 1;
                int column = reference.start() + 1;
                problem(from, reference.group(1))
                        .ifPresent(problem -> found.add(shown + ":" + line + ":" + column + ": " + problem));
            }
        }
        return found;
    }

    /** The line with string literals and a trailing line comment blanked out. */
    private static String withoutComments(String line) {
        String noStrings = line.replaceAll("\"(?:\\\\.|[^\"\\\\])*\"", "\"\"");
        int comment = noStrings.indexOf("//");
        return comment < 0 ? noStrings : noStrings.substring(0, comment);
    }

    private static Optional<String> problem(String from, String used) {
        if (from.equals(used) || SHARED.containsKey(used) && !SHARED.containsKey(from)) {
            return Optional.empty();
        }
        if (SHARED.containsKey(from)) {
            Set<String> allowed = SHARED.get(from);
            return allowed.contains(used) ? Optional.empty()
                    : Optional.of(from + " is shared by every stage and may use only "
                            + allowed.stream().sorted().toList() + ", not dev.versus." + used);
        }
        int fromIndex = STAGES.indexOf(from);
        int usedIndex = STAGES.indexOf(used);
        if (fromIndex < 0 || usedIndex < fromIndex) {
            return Optional.empty();
        }
        return Optional.of(from + " uses dev.versus." + used
                + (usedIndex < 0 ? ", which is no stage" : ", a later stage"));
    }
}
