package dev.versus.render;

import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads templates from a {@link Path}, so that a folder on disk and the default templates inside
 * the jar (a zip file system) are read the same way. FreeMarker's own FileTemplateLoader needs a
 * {@code java.io.File}, which a path inside a jar cannot give.
 */
final class PathTemplateLoader implements TemplateLoader {
    private final Path root;

    PathTemplateLoader(Path root) {
        this.root = root;
    }

    @Override
    public Object findTemplateSource(String name) {
        Path file = root.resolve(name).normalize();
        return file.startsWith(root) && Files.isRegularFile(file) ? file : null;
    }

    @Override
    public long getLastModified(Object templateSource) {
        try {
            return Files.getLastModifiedTime((Path) templateSource).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public Reader getReader(Object templateSource, String encoding) throws IOException {
        return Files.newBufferedReader((Path) templateSource, StandardCharsets.UTF_8);
    }

    @Override
    public void closeTemplateSource(Object templateSource) {
        // Nothing is held open between calls.
    }
}
