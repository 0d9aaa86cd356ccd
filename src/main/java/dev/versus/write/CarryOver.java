package dev.versus.write;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Brings the files of the current site that a rebuild keeps into its staging folder: each file
 * hard-linked (same inode, so the same bytes and modification time, at the cost of a directory
 * entry), symbolic links recreated as links, folders mirrored. Where the file system refuses hard
 * links, files are copied with their attributes. Subtrees are carried over on several threads
 * (see {@link FolderTree}).
 */
final class CarryOver {
    /** Tests replace this to make a link fail as on a full disk; the build always uses createLink. */
    static volatile Linker links = Files::createLink;

    /** Makes a hard link, as {@link Files#createLink} does. */
    interface Linker {
        void link(Path link, Path existing) throws IOException;
    }

    private CarryOver() {
    }

    /**
     * @param skip paths relative to the site, '/'-separated, that the new site has already or
     *     must not have
     * @param threads how many threads link at once; the result does not depend on it
     */
    static void into(Path site, Path staging, Predicate<String> skip, Cancellation cancellation, int threads)
            throws IOException {
        Linking linking = new Linking(skip, cancellation);
        FolderTree.walk(new Folder(site, staging, ""), threads, linking::carry);
    }

    /** A folder of the current site, its counterpart in staging, and its path relative to the site. */
    private record Folder(Path source, Path copy, String relative) {
        String childPath(String name) {
            return relative.isEmpty() ? name : relative + '/' + name;
        }
    }

    /** The state shared by the threads of one carry-over. */
    private static final class Linking {
        private final Predicate<String> skip;
        private final Cancellation cancellation;
        /** Set for good by the first refused link: the file system will refuse the others too. */
        private volatile boolean copying;

        Linking(Predicate<String> skip, Cancellation cancellation) {
            this.skip = skip;
            this.cancellation = cancellation;
        }

        /** Carries over one folder's files and makes its subfolders in staging, which it returns. */
        List<Folder> carry(Folder folder) throws IOException {
            cancellation.throwIfCancelled();
            List<Folder> subfolders = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder.source())) {
                for (Path entry : entries) {
                    String name = entry.getFileName().toString();
                    BasicFileAttributes attrs = Files.readAttributes(entry, BasicFileAttributes.class,
                            LinkOption.NOFOLLOW_LINKS);
                    Path copy = folder.copy().resolve(name);
                    if (attrs.isDirectory()) {
                        if (mirror(copy)) {
                            subfolders.add(new Folder(entry, copy, folder.childPath(name)));
                        }
                    } else if (!skip.test(folder.childPath(name))) {
                        carryFile(entry, attrs, copy);
                    }
                }
            }
            return subfolders;
        }

        /** Whether the folder is in staging now, to be filled. */
        private static boolean mirror(Path copy) throws IOException {
            try {
                Files.createDirectory(copy);
                return true;
            } catch (FileAlreadyExistsException e) {
                // Made by a page written there, or, if not a folder, the new site has a page where this
                // folder was (a user's folder, say): the page wins.
                return Files.isDirectory(copy, LinkOption.NOFOLLOW_LINKS);
            }
        }

        private void carryFile(Path file, BasicFileAttributes attrs, Path copy) throws IOException {
            try {
                if (attrs.isSymbolicLink()) {
                    Files.createSymbolicLink(copy, Files.readSymbolicLink(file));
                } else if (attrs.isRegularFile()) {
                    if (copying || !link(copy, file)) {
                        copying = true;
                        Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
            } catch (FileAlreadyExistsException e) {
                // The new site has a folder where this file was (a user's file, say): the new site wins.
            }
        }
    }

    /** Whether the link was made; false when the file system does not do hard links here. */
    private static boolean link(Path link, Path existing) throws IOException {
        try {
            links.link(link, existing);
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
