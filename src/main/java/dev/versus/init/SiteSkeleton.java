package dev.versus.init;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The files {@code versus init} writes, each copied byte for byte from a resource of the jar.
 * The resources' names differ from the targets' where Maven would drop a dot-file or a dot-folder
 * from the jar (.gitignore is one of its default excludes), so each target is listed here.
 */
public final class SiteSkeleton {

    /** Where the files live on the class path. */
    public static final String RESOURCE_ROOT = "dev/versus/init/site/";

    /** Resource name (under {@link #RESOURCE_ROOT}) to the path it is written to, in writing order. */
    public static final Map<String, String> FILES = files();

    private SiteSkeleton() {
    }

    private static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("versus.toml", "versus.toml");
        files.put("gitignore", ".gitignore");
        files.put("github/workflows/site.yml", ".github/workflows/site.yml");
        files.put("content/data/snapshot.json", "content/data/snapshot.json");
        files.put("content/pages/about.md", "content/pages/about.md");
        files.put("content/pages/methodology.md", "content/pages/methodology.md");
        files.put("content/pages/disclaimer.md", "content/pages/disclaimer.md");
        files.put("templates/README.md", "templates/README.md");
        return java.util.Collections.unmodifiableMap(files);
    }

    /** Writes every file into {@code site}, which exists and is empty. */
    public static void writeInto(Path site) throws IOException {
        for (Map.Entry<String, String> file : FILES.entrySet()) {
            Path target = site.resolve(file.getValue());
            Files.createDirectories(target.getParent());
            try (InputStream in = open(file.getKey())) {
                Files.copy(in, target);
            }
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = SiteSkeleton.class.getClassLoader().getResourceAsStream(RESOURCE_ROOT + resource);
        if (in == null) {
            throw new IOException("the file " + resource + " of versus init is missing from this build of Versus");
        }
        return in;
    }
}
