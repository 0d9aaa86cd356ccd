package dev.versus.build;

import dev.versus.model.Settings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Builds the small fixture snapshot with the project's own content and templates. */
public final class FixtureSite {
    public static final Path SNAPSHOT = Path.of("src/test/resources/snapshots/valid-small.json");
    static final URI BASE = URI.create("https://example.org/tech/");

    private FixtureSite() {
    }

    static BuildOptions options(Path snapshot, Path out) {
        return new BuildOptions(snapshot, Path.of("content"), Path.of("templates"), out, BASE, 2, Settings.DEFAULTS);
    }

    static BuildReport build(Path out) throws BuildFailure {
        return SiteBuild.run(options(SNAPSHOT, out));
    }

    /** Every file under a folder, by path relative to it with '/' separators, with its bytes. */
    public static Map<String, byte[]> files(Path folder) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
