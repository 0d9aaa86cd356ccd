package dev.versus.load;

import com.vladsch.flexmark.ext.yaml.front.matter.AbstractYamlFrontMatterVisitor;
import com.vladsch.flexmark.util.ast.Document;
import dev.versus.plan.ContentPage;
import dev.versus.plan.SiteContent;
import dev.versus.render.Markdown;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads the content folder: the Markdown pages of {@code content/pages} (front matter with
 * title, description, slug and optionally layout, and a body rendered to sanitized HTML), and
 * editors' texts in {@code content/technologies/<slug>.md} and {@code content/categories/<slug>.md}.
 * Files are read sorted by name so that the build does not depend on the order the file system
 * lists them in.
 */
public final class ContentReader {
    private ContentReader() {
    }

    public static SiteContent read(Path contentFolder) throws IOException, InvalidContentException {
        List<String> errors = new ArrayList<>();
        Map<String, String> technologies = readTexts(contentFolder.resolve("technologies"), errors);
        Map<String, String> categories = readTexts(contentFolder.resolve("categories"), errors);
        List<ContentPage> pages;
        try {
            pages = readPages(contentFolder);
        } catch (InvalidContentException e) {
            errors.addAll(e.errors());
            pages = List.of();
        }
        if (!errors.isEmpty()) {
            throw new InvalidContentException(errors);
        }
        return new SiteContent(pages, technologies, categories);
    }

    /** Editors' texts by slug: the file name without ".md" must be a valid slug. */
    private static Map<String, String> readTexts(Path folder, List<String> errors) throws IOException {
        Map<String, String> texts = new TreeMap<>();
        for (Path file : markdownFiles(folder)) {
            String name = file.getFileName().toString();
            String slug = name.substring(0, name.length() - ".md".length());
            if (!Slugs.isValid(slug)) {
                errors.add(file + ":1:1: file name \"" + name + "\" is not <slug>.md with a valid slug");
                continue;
            }
            texts.put(slug, Markdown.toSafeHtml(Files.readString(file, StandardCharsets.UTF_8)));
        }
        return texts;
    }

    private static List<Path> markdownFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
        }
    }

    public static List<ContentPage> readPages(Path contentFolder) throws IOException, InvalidContentException {
        List<Path> files = markdownFiles(contentFolder.resolve("pages"));
        List<ContentPage> pages = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Path file : files) {
            readPage(file, errors).ifPresent(pages::add);
        }
        if (!errors.isEmpty()) {
            throw new InvalidContentException(errors);
        }
        return pages;
    }

    private static java.util.Optional<ContentPage> readPage(Path file, List<String> errors) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Document document = Markdown.parse(text);
        AbstractYamlFrontMatterVisitor visitor = new AbstractYamlFrontMatterVisitor();
        visitor.visit(document);
        Map<String, List<String>> front = visitor.getData();
        String name = file.toString();
        String title = required(front, "title", name, errors);
        String description = required(front, "description", name, errors);
        String slug = required(front, "slug", name, errors);
        if (slug != null && !Slugs.isValid(slug)) {
            errors.add(name + ":1:1: front matter slug \"" + slug + "\" is not a valid slug "
                    + "(lower-case letters and digits, parts joined by '.' or '-', none equal to \"vs\")");
            return java.util.Optional.empty();
        }
        if (title == null || description == null || slug == null) {
            return java.util.Optional.empty();
        }
        String layout = first(front, "layout");
        return java.util.Optional.of(new ContentPage(
                name, slug, title, description, layout == null ? "page" : layout, Markdown.toSafeHtml(document)));
    }

    private static String required(Map<String, List<String>> front, String key, String file, List<String> errors) {
        String value = first(front, key);
        if (value == null || value.isBlank()) {
            errors.add(file + ":1:1: front matter has no \"" + key + "\"; expected title, description and slug");
            return null;
        }
        return value;
    }

    private static String first(Map<String, List<String>> front, String key) {
        List<String> values = front.get(key);
        if (values == null || values.isEmpty()) {
            return null;
        }
        return unquote(values.get(0).trim());
    }

    private static String unquote(String value) {
        boolean quoted = value.length() >= 2
                && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"));
        return quoted ? value.substring(1, value.length() - 1) : value;
    }
}
