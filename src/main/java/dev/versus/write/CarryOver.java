package dev.versus.write;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.function.Predicate;

/**
 * Brings the files of the current site that a rebuild keeps into its staging folder: each file
 * hard-linked (same inode, so the same bytes and modification time, at the cost of a directory
 * entry), symbolic links recreated as links, folders mirrored. Where the file system refuses hard
 * links, files are copied with their attributes.
 */
final class CarryOver {
    private static final int CHECK_EVERY = 1024;

    private CarryOver() {
    }

    /**
     * @param skip paths relative to the site, '/'-separated, that the new site has already or
     *     must not have
     */
    static void into(Path site, Path staging, Predicate<String> skip, Cancellation cancellation) throws IOException {
        Files.walkFileTree(site, new SimpleFileVisitor<>() {
            private boolean copying;
            private long visited;

            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Path copy = staging.resolve(site.relativize(dir).toString());
                try {
                    Files.createDirectory(copy);
                } catch (FileAlreadyExistsException e) {
                    // Made by a page written there, or, if not a folder, the new site has a page where this
                    // folder was (a user's folder, say): the page wins.
                    return Files.isDirectory(copy, LinkOption.NOFOLLOW_LINKS) ? FileVisitResult.CONTINUE
                            : FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (++visited % CHECK_EVERY == 0) {
                    cancellation.throwIfCancelled();
                }
                String path = site.relativize(file).toString().replace(File.separatorChar, '/');
                if (skip.test(path)) {
                    return FileVisitResult.CONTINUE;
                }
                Path copy = staging.resolve(path);
                try {
                    if (attrs.isSymbolicLink()) {
                        Files.createSymbolicLink(copy, Files.readSymbolicLink(file));
                    } else if (attrs.isRegularFile()) {
                        copying = copying || !link(copy, file);
                        if (copying) {
                            Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
                        }
                    }
                } catch (FileAlreadyExistsException e) {
                    // The new site has a folder where this file was (a user's file, say): the new site wins.
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Whether the link was made; false when the file system does not do hard links here. */
    private static boolean link(Path link, Path existing) throws IOException {
        try {
            Files.createLink(link, existing);
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (FileSystemException e) {
            if (e.getReason() != null && e.getReason().contains("No space")) {
                throw e;
            }
            // EPERM (protected hard links, a file owned by another user), EMLINK and the like.
            return false;
        }
    }

    /** Removes folders emptied by deletions, up to (not including) the site folder. */
    static void removeEmptyFolders(Path site, Path folder) throws IOException {
        while (folder != null && folder.startsWith(site) && !folder.equals(site)) {
            try {
                Files.deleteIfExists(folder);
            } catch (DirectoryNotEmptyException e) {
                return;
            }
            folder = folder.getParent();
        }
    }
}
