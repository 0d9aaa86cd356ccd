package dev.versus.serve;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.build.BuildFailure;
import dev.versus.build.BuildOptions;
import dev.versus.build.SiteBuild;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildErrorsTest {
    @TempDir
    Path dir;

    @Test
    void aTemplateSyntaxErrorStartsWithTheTemplatesFileLineAndColumn() throws Exception {
        Path templates = dir.resolve("templates");
        try (Stream<Path> files = Files.walk(Path.of("templates"))) {
            for (Path file : files.toList()) {
                Path target = templates.resolve(Path.of("templates").relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        Path comparison = templates.resolve("comparison.ftlh");
        // Line 5 becomes "<h1>${v.heading?nope}</h1>": the unknown built-in starts in column 17.
        Files.writeString(comparison, Files.readString(comparison).replace("<h1>${v.heading}</h1>", "<h1>${v.heading?nope}</h1>"));
        BuildOptions options = new BuildOptions(Path.of("src/test/resources/snapshots/valid-small.json"), Path.of("content"),
                templates, dir.resolve("site"), URI.create("https://example.org/"), 1);

        BuildFailure failure = assertThrows(BuildFailure.class, () -> SiteBuild.run(options));
        String message = BuildErrors.describe(failure, templates);

        assertTrue(message.startsWith(comparison + ":5:17: "), message);
        assertTrue(message.contains("Unknown built-in: \"nope\""), message);
    }
}
