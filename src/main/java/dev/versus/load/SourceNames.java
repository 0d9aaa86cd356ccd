package dev.versus.load;

import java.nio.file.FileSystems;
import java.nio.file.Path;

/**
 * How messages name an input file: as the user would, the folder they passed joined with the
 * file's path under it ("templates/comparison.ftlh"). A file of the defaults packed into the jar
 * has no such name, so it is shown as {@code <built-in>/templates/comparison.ftlh}, which says it is
 * not one of the user's files.
 */
public final class SourceNames {
    private static final String BUNDLED_ROOT = "/" + SiteSources.DEFAULTS;

    private SourceNames() {
    }

    public static String of(Path file) {
        if (file.getFileSystem() == FileSystems.getDefault()) {
            return file.toString();
        }
        String inJar = file.toString();
        if (inJar.startsWith(BUNDLED_ROOT + "/")) {
            inJar = inJar.substring(BUNDLED_ROOT.length());
        }
        return "<built-in>" + (inJar.startsWith("/") ? inJar : "/" + inJar);
    }
}
