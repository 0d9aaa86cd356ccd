package dev.versus.write;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Removal of a folder tree; symbolic links are removed, never followed. */
final class Folders {
    private Folders() {
    }

    static void deleteRecursively(Path folder) throws IOException {
        deleteRecursively(folder, 1);
    }

    /** Removes subtrees on {@code threads} threads; each folder goes once its subfolders are gone. */
    static void deleteRecursively(Path folder, int threads) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(folder);
            return;
        }
        FolderTree.walk(folder, threads, new FolderTree.Visitor<>() {
            @Override
            public List<Path> enter(Path dir) throws IOException {
                return deleteFiles(dir);
            }

            @Override
            public void leave(Path dir) throws IOException {
                Files.delete(dir);
            }
        });
    }

    /**
     * Deletes the folder's files, symbolic links and empty folders; returns its other subfolders.
     * File.delete is one unlink for a file, where Files.delete reads its attributes first (and a
     * walk reads them once more); a site is mostly files. Only when it fails is the entry looked
     * at: a folder to descend into, or else deleted by Files.delete, which says why it cannot be.
     */
    private static List<Path> deleteFiles(Path dir) throws IOException {
        List<Path> subfolders = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                if (entry.toFile().delete()) {
                    continue;
                }
                if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    subfolders.add(entry);
                } else {
                    Files.deleteIfExists(entry);
                }
            }
        }
        return subfolders;
    }
}
