package dev.versus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code target/versus} (src/main/bin/versus): the java it runs is given the
 * benchmark's options, or the user's instead, then the jar beside the script and every argument
 * as it was. A stand-in java prints what it was given, one argument per line.
 */
class LauncherScriptTest {
    private static final List<String> DEFAULT_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:MaxInlineLevel=6",
            "-XX:InlineSmallCode=1000");

    @TempDir
    Path dir;

    @Test
    void theBenchmarksOptionsComeBeforeTheJarAndTheArgumentsAsGiven() throws Exception {
        Run run = launch(Map.of(), "build", "--out", "my site", "--quiet");

        assertEquals(0, run.exitCode);
        assertEquals(concat(DEFAULT_OPTIONS, List.of("-jar", dir.resolve("versus.jar").toString(), "build", "--out",
                "my site", "--quiet")), run.lines);
    }

    @Test
    void versusJavaOptsReplacesTheOptionsAndEmptyMeansNone() throws Exception {
        assertEquals(List.of("-Xmx1g", "-XX:TieredStopAtLevel=1", "-jar", dir.resolve("versus.jar").toString(), "build"),
                launch(Map.of("VERSUS_JAVA_OPTS", "-Xmx1g -XX:TieredStopAtLevel=1"), "build").lines);
        assertEquals(List.of("-jar", dir.resolve("versus.jar").toString(), "check"),
                launch(Map.of("VERSUS_JAVA_OPTS", ""), "check").lines);
    }

    @Test
    void withoutTheJarItSaysWhatToDoAndExitsWithTwo() throws Exception {
        Files.delete(launcher().resolveSibling("versus.jar"));

        Run run = launch(Map.of(), "build");

        assertEquals(2, run.exitCode);
        assertTrue(run.lines.get(0).endsWith("versus.jar is missing; build it first (mvn -q package)"), run.lines.toString());
    }

    private record Run(int exitCode, List<String> lines) {
    }

    private Path launcher() throws IOException {
        Path script = dir.resolve("versus");
        if (!Files.exists(script)) {
            Files.copy(Path.of("src/main/bin/versus"), script);
            Files.write(dir.resolve("versus.jar"), new byte[0]);
            Path java = dir.resolve("fake-java");
            Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
            java.toFile().setExecutable(true);
        }
        return script;
    }

    private Run launch(Map<String, String> env, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("sh", launcher().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("VERSUS_JAVA_OPTS");
        builder.environment().put("JAVA", dir.resolve("fake-java").toString());
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), output.lines().toList());
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new java.util.ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
