package dev.versus.render.freemarker;

import dev.versus.load.SourceNames;
import dev.versus.load.Utf8Text;
import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads templates from a {@link Path}, so that a folder on disk and the default templates inside
 * the jar (a zip file system) are read the same way. FreeMarker's own FileTemplateLoader needs a
 * {@code java.io.File}, which a path inside a jar cannot give. Templates are decoded as strict
 * UTF-8 here, so a bad byte is reported where it is, whichever template or import reads the file.
 *
 * <p>The folders are layers: a name is looked up in the first folder (the site's), then in the
 * next (the built-ins), so a site overrides one template and keeps the rest; an
 * {@code <#import "layout.ftlh">} in any template finds the site's layout.ftlh when there is one.
 * One loader rather than FreeMarker's MultiTemplateLoader, so that messages can name the copy used.
 */
final class PathTemplateLoader implements TemplateLoader {
    private final List<Path> roots;

    PathTemplateLoader(List<Path> roots) {
        if (roots.isEmpty()) {
            throw new IllegalArgumentException("no template folder");
        }
        this.roots = List.copyOf(roots);
    }

    /** The template as the user would name it: "templates/comparison.ftlh", or "<built-in>/templates/comparison.ftlh". */
    String displayName(String templateName) {
        Path file = find(templateName);
        return SourceNames.of(file != null ? file : roots.get(0).resolve(templateName));
    }

    @Override
    public Object findTemplateSource(String name) {
        return find(name);
    }

    /** The file of the first layer that has one of that name, or null. */
    private Path find(String name) {
        for (Path root : roots) {
            Path file = root.resolve(name).normalize();
            if (file.startsWith(root) && Files.isRegularFile(file)) {
                return file;
            }
        }
        return null;
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
        Path file = (Path) templateSource;
        try {
            return new StringReader(Utf8Text.decode(Files.readAllBytes(file)).toString());
        } catch (Utf8Text.NotUtf8Exception e) {
            throw new UnreadableTemplateException(SourceNames.of(file) + ":" + e.line() + ":" + e.column() + ": "
                    + e.getMessage() + "; save the template as UTF-8");
        }
    }

    @Override
    public void closeTemplateSource(Object templateSource) {
        // Nothing is held open between calls.
    }

    /** FreeMarker's messages about a missing template name the loader; name the folder as the user gave it. */
    @Override
    public String toString() {
        return "the templates folder " + SourceNames.of(roots.get(0));
    }

    /** A template file that is not text; the message is complete, with the file and position. */
    static final class UnreadableTemplateException extends IOException {
        UnreadableTemplateException(String message) {
            super(message);
        }
    }
}
