package dev.versus.check;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every file of the checked folder, by path relative to it with '/' separators, sorted, each with
 * an index the other checks use instead of the path. The build's {@code .versus/} folder is not
 * part of the site and is left out.
 */
final class SiteFiles {
    static final String BUILD_FOLDER = ".versus";

    private final Path root;
    private final String[] paths;
    private final Map<String, Integer> indexes;

    private SiteFiles(Path root, String[] paths) {
        this.root = root;
        this.paths = paths;
        this.indexes = new HashMap<>(paths.length * 2);
        for (int i = 0; i < paths.length; i++) {
            indexes.put(paths[i], i);
        }
    }

    static SiteFiles walk(Path root) throws IOException {
        List<String> found = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                boolean buildFolder = dir.getParent() != null && dir.getParent().equals(root)
                        && dir.getFileName().toString().equals(BUILD_FOLDER);
                return buildFolder ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile()) {
                    found.add(root.relativize(file).toString().replace('\\', '/'));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        Collections.sort(found);
        return new SiteFiles(root, found.toArray(String[]::new));
    }

    int size() {
        return paths.length;
    }

    String path(int index) {
        return paths[index];
    }

    Path file(int index) {
        return root.resolve(paths[index]);
    }

    /** The index of a relative path, or -1 when the site has no such file. */
    int indexOf(String path) {
        Integer index = indexes.get(path);
        return index == null ? -1 : index;
    }

    boolean isHtml(int index) {
        return isHtml(paths[index]);
    }

    static boolean isHtml(String path) {
        return path.endsWith(".html") || path.endsWith(".htm");
    }
}
