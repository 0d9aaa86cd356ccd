package dev.versus.load;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where a build reads its content and templates from: the folders given, else ./content and
 * ./templates when they exist, else the defaults packed into the jar. The defaults are opened as
 * a zip file system so that every later step reads plain {@link Path}s.
 *
 * <p>Templates come in layers, as Hugo and Zola themes do: a file in the site's templates folder
 * replaces the built-in file of that name, and every other file is the built-in one.
 *
 * @param templates the site's templates folder, or the built-in one when the site has none
 * @param builtInTemplates the templates packed into Versus
 */
public record SiteSources(Path content, Path templates, Path builtInTemplates) {

    static final String DEFAULTS = "versus/default";

    /** Resolves each folder: the one given, the one in the working folder, or the bundled one. */
    public static SiteSources resolve(Path content, Path templates) throws IOException {
        return new SiteSources(
                pick(content, Path.of("content"), "content"),
                pick(templates, Path.of("templates"), "templates"),
                bundled("templates"));
    }

    /** The template folders to look in, first to last: the site's, then the built-in one. */
    public List<Path> templateLayers() {
        return templates.equals(builtInTemplates) ? List.of(builtInTemplates) : List.of(templates, builtInTemplates);
    }

    private static Path pick(Path given, Path local, String bundledName) throws IOException {
        if (given != null) {
            if (!Files.isDirectory(given)) {
                throw new IOException("not a folder: " + given);
            }
            return given;
        }
        return Files.isDirectory(local) ? local : bundled(bundledName);
    }

    /** The bundled default folder of that name (content or templates). */
    public static Path bundled(String name) throws IOException {
        URL url = SiteSources.class.getClassLoader().getResource(DEFAULTS + "/" + name);
        if (url == null) {
            throw new IOException("the default " + name + " are missing from this build of Versus");
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return Path.of(uri);
            }
            return jarFileSystem(uri).provider().getPath(uri);
        } catch (URISyntaxException e) {
            throw new IOException("cannot read the default " + name + ": " + e.getMessage(), e);
        }
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        }
    }

    /** The snapshot in the content folder: data/snapshot.json.gz, else data/snapshot.json. */
    public Path defaultSnapshot() throws IOException {
        for (String name : new String[] {"data/snapshot.json.gz", "data/snapshot.json"}) {
            Path file = content.resolve(name);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        throw new IOException("no snapshot in " + content.resolve("data")
                + " (expected snapshot.json.gz or snapshot.json); give one with --snapshot FILE");
    }
}
