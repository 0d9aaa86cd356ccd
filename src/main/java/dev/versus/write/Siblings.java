package dev.versus.write;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The names a build gives what it creates beside the output folder {@code site}: {@code
 * .site.staging-<random>} (the new site being assembled, with its scratch files {@code
 * .site.staging-<random>.file-<n>}), {@code .site.previous-<random>} (the old site during the
 * swap) and {@code .site.lock}. Recovery removes exactly these names and nothing else.
 */
final class Siblings {
    static final String STAGING = "staging-";
    static final String PREVIOUS = "previous-";
    /** What builds before the staged swap called their staging folder; still cleaned up. */
    static final String CHANGES = "changes-";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Siblings() {
    }

    /** {@code .site.} for the output folder {@code site}: the start of every sibling's name. */
    static String prefix(Path output) {
        return "." + output.getFileName() + ".";
    }

    static Path lockFile(Path output) {
        return output.resolveSibling(prefix(output) + "lock");
    }

    /**
     * A new, empty folder beside the output, named {@code .site.<kind><random>}. Created with no
     * attributes so it gets the umask's mode, like mkdir: it becomes the site, which a web server
     * running as another user must be able to read (a temporary folder would be owner-only).
     */
    static Path createFolder(Path output, String kind) throws IOException {
        while (true) {
            Path folder = output.resolveSibling(prefix(output) + kind + randomSuffix());
            try {
                return Files.createDirectory(folder);
            } catch (FileAlreadyExistsException e) {
                // Another folder has this name; draw another.
            }
        }
    }

    /** A name for the previous site during the swap, not yet taken. */
    static Path unusedName(Path output, String kind) {
        while (true) {
            Path path = output.resolveSibling(prefix(output) + kind + randomSuffix());
            if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return path;
            }
        }
    }

    private static String randomSuffix() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
