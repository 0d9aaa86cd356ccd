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

    /** The folder of the defaults when it is on the default file system, else null. */
    private static Path bundledFolder() {
        return BundledFolder.PATH;
    }

    /** Looked up once, on first use. */
    private static final class BundledFolder {
        static final Path PATH = find();

        private static Path find() {
            java.net.URL url = SourceNames.class.getClassLoader().getResource(SiteSources.DEFAULTS);
            try {
                return url == null || !"file".equals(url.getProtocol()) ? null
                        : Path.of(url.toURI()).toAbsolutePath().normalize();
            } catch (java.net.URISyntaxException | IllegalArgumentException e) {
                return null;
            }
        }
    }

    public static String of(Path file) {
        if (file.getFileSystem() == FileSystems.getDefault()) {
            Path bundled = bundledFolder();
            if (bundled != null && file.toAbsolutePath().normalize().startsWith(bundled)) {
                // Versus run from its class folder (tests, an IDE): the defaults are plain files.
                return "<built-in>/" + bundled.relativize(file.toAbsolutePath().normalize()).toString()
                        .replace(file.getFileSystem().getSeparator(), "/");
            }
            return file.toString();
        }
        String inJar = file.toString();
        if (inJar.startsWith(BUNDLED_ROOT + "/")) {
            inJar = inJar.substring(BUNDLED_ROOT.length());
        }
        return "<built-in>" + (inJar.startsWith("/") ? inJar : "/" + inJar);
    }
}
