package dev.versus.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Folder helpers the tests share: copying a project or a site. */
public final class TestFolders {
    private TestFolders() {
    }

    /** Copies {@code from} and everything in it to {@code to}, which may exist already. */
    public static void copy(Path from, Path to) throws IOException {
        copy(from, to, null);
    }

    /** The same, leaving out {@code skip} (a folder of the tree, say the output) when not null. */
    public static void copy(Path from, Path to, Path skip) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                if (skip != null && source.normalize().startsWith(skip.normalize())) {
                    continue;
                }
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
