package dev.versus.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes small hand-made site folders. Every page made by {@link #page} has the same head, so a
 * body line's number is known: the first body line is line {@value #FIRST_BODY_LINE}.
 */
public final class TestSite {
    public static final URI BASE = URI.create("https://example.org/tech/");
    static final int FIRST_BODY_LINE = 11;

    private final Path root;

    public TestSite(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    /** A complete page at {@code file} ("index.html", "a/index.html"), its stylesheet included. */
    public TestSite page(String file, String title, String... bodyLines) {
        String folder = file.endsWith("index.html") ? file.substring(0, file.length() - "index.html".length()) : file;
        String toRoot = "../".repeat((int) folder.chars().filter(c -> c == '/').count());
        return write(file, """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <title>%s</title>
                <meta name="description" content="About %s.">
                <link rel="canonical" href="%s%s">
                <link rel="stylesheet" href="%sassets/site.css">
                </head>
                <body>
                %s
                </body>
                </html>
                """.formatted(title, title, BASE, folder, toRoot, String.join("\n", bodyLines)));
    }

    /** A sitemap.xml urlset listing these paths under the base URL, one loc per line from line 3. */
    public TestSite sitemap(String... paths) {
        return write("sitemap.xml", urlset(paths));
    }

    static String urlset(String... paths) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String path : paths) {
            xml.append("<url><loc>").append(BASE).append(path).append("</loc></url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }

    public TestSite write(String file, String text) {
        try {
            Path path = root.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The site's problems, each as printed. */
    List<String> problems() {
        return check(BASE).problems().stream().map(Problem::toString).toList();
    }

    CheckReport check(URI base) {
        try {
            return SiteCheck.run(root, base, 2);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
