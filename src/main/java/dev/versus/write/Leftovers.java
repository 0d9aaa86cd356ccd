package dev.versus.write;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * What a killed build left beside the output: staging and previous-* folders and scratch files
 * (see {@link Siblings}). Run under the output's lock before every build: if the kill fell between
 * the swap's two renames, the output is missing and its previous-* folder is renamed back (the
 * old site, whole); everything else is deleted. Only names with exactly those prefixes are touched.
 */
public final class Leftovers {
    private Leftovers() {
    }

    /**
     * What recovery did.
     *
     * @param restored whether the output was missing and the previous site was put back
     * @param removed how many folders and files were deleted
     */
    public record Recovery(boolean restored, int removed) {
        public boolean isEmpty() {
            return !restored && removed == 0;
        }

        /** One line for stderr, naming the output folder as the user did. */
        public String describe(Path out) {
            String what = removed + (removed == 1 ? " folder or file" : " folders or files");
            if (restored) {
                return "restored " + out + " to the previous site, which an interrupted build had moved aside"
                        + (removed == 0 ? "" : ", and removed what it left beside it (" + what + ")");
            }
            return "removed what an interrupted build left beside " + out + " (" + what + ")";
        }
    }

    /** Cleans up beside {@code out}; call only while holding its {@link OutputLock}. */
    public static Recovery recover(Path out) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        List<Path> leftovers = list(target);
        boolean restored = false;
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            for (Path leftover : leftovers) {
                if (isPrevious(target, leftover) && Files.isDirectory(leftover, LinkOption.NOFOLLOW_LINKS)) {
                    Files.move(leftover, target, StandardCopyOption.ATOMIC_MOVE);
                    leftovers.remove(leftover);
                    restored = true;
                    break;
                }
            }
        }
        for (Path leftover : leftovers) {
            Folders.deleteRecursively(leftover);
        }
        return new Recovery(restored, leftovers.size());
    }

    private static List<Path> list(Path target) throws IOException {
        List<Path> found = new ArrayList<>();
        Path parent = target.getParent();
        if (!Files.isDirectory(parent)) {
            return found;
        }
        String prefix = Siblings.prefix(target);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, entry -> {
            String name = entry.getFileName().toString();
            return name.startsWith(prefix + Siblings.STAGING) || name.startsWith(prefix + Siblings.PREVIOUS)
                    || name.startsWith(prefix + Siblings.CHANGES);
        })) {
            entries.forEach(found::add);
        }
        found.sort(null);
        return found;
    }

    private static boolean isPrevious(Path target, Path leftover) {
        return leftover.getFileName().toString().startsWith(Siblings.prefix(target) + Siblings.PREVIOUS);
    }
}
