package dev.versus.init;

import dev.versus.load.SiteSources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Copies the built-in templates and assets into a site's templates folder, for {@code init --templates}. */
public final class BuiltInTemplates {

    private BuiltInTemplates() {
    }

    /** Copies every built-in template and asset into {@code templates}, byte for byte; returns how many files. */
    public static int copyInto(Path templates) throws IOException {
        Path builtIn = SiteSources.bundled("templates");
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(builtIn)) {
            // Sorted, so that the folders come before their files and the order is the same every time.
            sources = walk.sorted().toList();
        }
        int files = 0;
        for (Path source : sources) {
            // By name, not by Path: the built-ins may sit in the jar's zip file system.
            Path target = templates.resolve(builtIn.relativize(source).toString());
            if (Files.isDirectory(source)) {
                Files.createDirectories(target);
            } else {
                Files.copy(source, target);
                files++;
            }
        }
        return files;
    }
}
