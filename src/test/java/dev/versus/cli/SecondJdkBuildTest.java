package dev.versus.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.versus.build.FixtureSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The test JDK and a second one (Java 17 and Temurin 25 on the project's machines) build the
 * same bytes, manifest included, and a rebuild on the second JDK of the first one's output
 * renders and rewrites nothing. Runs when VERSUS_SECOND_JAVA names a java executable or a JDK
 * folder, or /usr/lib/jvm/temurin-25* exists; skipped otherwise.
 */
class SecondJdkBuildTest {
    private static final String BASE_URL = "https://example.org/tech/";

    @TempDir
    Path dir;

    @Test
    void bothJdksBuildByteIdenticalSitesAndASwitchOfJdkRewritesNothing() throws Exception {
        Optional<Path> second = secondJava();
        assumeTrue(second.isPresent(), "no second JDK: set VERSUS_SECOND_JAVA");
        Path thisJava = Path.of(System.getProperty("java.home"), "bin", "java");
        assumeTrue(!Files.isSameFile(thisJava, second.get()), "the second JDK is the one running the tests");
        // France becomes Türkiye: Java 17's locale data calls it "Turkey", Java 25's "Türkiye",
        // so a page that took the name from the JDK would differ here.
        Path snapshot = dir.resolve("snapshot.json");
        String fixture = Files.readString(FixtureSite.SNAPSHOT, StandardCharsets.UTF_8);
        Files.writeString(snapshot, fixture.replace("\"FR\":", "\"TR\":"), StandardCharsets.UTF_8);

        Path first = build(thisJava, snapshot, dir.resolve("first"));
        Path other = build(second.get(), snapshot, dir.resolve("second"));

        Map<String, byte[]> firstFiles = FixtureSite.files(first);
        Map<String, byte[]> otherFiles = FixtureSite.files(other);
        assertEquals(firstFiles.keySet(), otherFiles.keySet());
        firstFiles.forEach((path, bytes) -> assertArrayEquals(bytes, otherFiles.get(path), path + " differs between the JDKs"));
        assertTrue(new String(firstFiles.get("countries/tr/index.html"), StandardCharsets.UTF_8).contains("Türkiye"),
                "the country page names CLDR's Türkiye");

        Map<String, FileTime> before = ageEveryFile(first);
        build(second.get(), snapshot, first);
        assertEquals(before, modificationTimes(first), "the second JDK rewrote no file of the first one's output");
        assertEquals("", Files.readString(dir.resolve("changes.txt")), "and reported no change");
    }

    private Path build(Path java, Path snapshot, Path out) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                "dev.versus.cli.Main", "build", "--snapshot", snapshot.toString(), "--out", out.toString(),
                "--base-url", BASE_URL, "--threads", "1", "--quiet", "--changes", dir.resolve("changes.txt").toString()));
        Path log = dir.resolve("child.log");
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertEquals(0, child.waitFor(), java + ": " + Files.readString(log));
        return out;
    }

    /** VERSUS_SECOND_JAVA (a java executable or a JDK folder), else the newest /usr/lib/jvm/temurin-25*. */
    static Optional<Path> secondJava() throws IOException {
        String named = System.getenv("VERSUS_SECOND_JAVA");
        if (named != null && !named.isBlank()) {
            Path path = Path.of(named);
            return Optional.of(Files.isDirectory(path) ? path.resolve("bin/java") : path).filter(Files::isExecutable);
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> list = Files.list(jvms)) {
            return list.filter(p -> p.getFileName().toString().startsWith("temurin-25")).sorted()
                    .map(p -> p.resolve("bin/java")).filter(Files::isExecutable).reduce((a, b) -> b);
        }
    }

    private static Map<String, FileTime> ageEveryFile(Path folder) throws IOException {
        FileTime longAgo = FileTime.fromMillis(1_000_000_000_000L);
        for (Path file : files(folder)) {
            Files.setLastModifiedTime(file, longAgo);
        }
        return modificationTimes(folder);
    }

    private static Map<String, FileTime> modificationTimes(Path folder) throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        for (Path file : files(folder)) {
            times.put(folder.relativize(file).toString(), Files.getLastModifiedTime(file));
        }
        return times;
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }
}
