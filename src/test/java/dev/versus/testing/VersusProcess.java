package dev.versus.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code versus ARGS} as a user would, in a folder of their choice: a child JVM on the test
 * class path (the jar exists only after {@code package}), with that folder as its working folder,
 * since a build with no flags reads ./content, ./templates and ./versus.toml.
 */
public final class VersusProcess {
    /** Generous: five helpers may share two cores while a test builds a site. */
    private static final long LIMIT_SECONDS = 300;

    /** What the command did: its exit code and what it printed. */
    public record Result(int exitCode, String out, String err) {
        /** For assertion messages: everything it printed. */
        public String printed() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private VersusProcess() {
    }

    /** Runs versus with {@code args} in {@code folder}; its output goes to files beside nothing it reads. */
    public static Result run(Path folder, List<String> args, Path scratch) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.versus.cli.Main"));
        command.addAll(args);
        Files.createDirectories(scratch);
        Path out = Files.createTempFile(scratch, "out", ".txt");
        Path err = Files.createTempFile(scratch, "err", ".txt");
        Process process = new ProcessBuilder(command).directory(folder.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("versus " + String.join(" ", args) + " in " + folder + " took over "
                    + LIMIT_SECONDS + " s:\n" + Files.readString(err, StandardCharsets.UTF_8));
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
