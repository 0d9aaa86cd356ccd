package dev.versus.load;

import dev.versus.model.ContentPage;
import dev.versus.model.SiteContent;
import dev.versus.text.Counts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import dev.versus.model.SiteMessages;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads the content folder: the Markdown pages of {@code content/pages} (front matter with
 * title, description, slug and optionally layout, and a Markdown body, which the render stage turns
 * into sanitized HTML), and
 * editors' texts in {@code content/technologies/<slug>.md} and {@code content/categories/<slug>.md}.
 * Files are read sorted by name so that the build does not depend on the order the file system
 * lists them in. Every file is checked and every error reported, each as {@code file:line:col:}.
 */
public final class ContentReader {
    /**
     * The largest Markdown file read. Rendering takes about a hundred times a page's size in memory
     * (a 50 MB page took 5 GB), and no hand-written page comes near a megabyte.
     */
    static final long MAX_FILE_BYTES = 1 << 20;

    private ContentReader() {
    }

    public static SiteContent read(Path contentFolder) throws IOException, InvalidContentException {
        return read(contentFolder, SiteSources.bundled("content"), List.of("en"));
    }

    /**
     * The content of a site in {@code languages} (the first at the root): its messages (the
     * site's files, else the built-in ones) and each other language's pages from
     * {@code content/pages/<code>/}. A page the first language has and another lacks is an
     * error, unless that language's messages name a fallback: then the fallback's page is shown.
     *
     * @param builtIn the bundled content folder, whose message files fill the site's gaps; null for none
     */
    public static SiteContent read(Path contentFolder, Path builtIn, List<String> languages)
            throws IOException, InvalidContentException {
        List<String> errors = new ArrayList<>();
        SiteMessages messages = null;
        try {
            messages = MessagesReader.read(contentFolder, builtIn, languages);
        } catch (InvalidContentException e) {
            errors.addAll(e.errors());
        }
        Map<String, String> technologies = readTexts(contentFolder.resolve("technologies"), errors);
        Map<String, String> categories = readTexts(contentFolder.resolve("categories"), errors);
        List<ContentPage> pages;
        try {
            pages = readPages(contentFolder);
        } catch (InvalidContentException e) {
            errors.addAll(e.errors());
            pages = List.of();
        }
        Map<String, List<ContentPage>> translated = new TreeMap<>();
        if (messages != null) {
            translated = translatedPages(contentFolder, pages, messages, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidContentException(errors);
        }
        return new SiteContent(pages, technologies, categories, messages, translated);
    }

    /** Each other language's pages, with the same slugs as the first language's. */
    private static Map<String, List<ContentPage>> translatedPages(Path contentFolder, List<ContentPage> firstPages,
            SiteMessages messages, List<String> errors) throws IOException {
        List<String> languages = messages.languages();
        Map<String, Map<String, ContentPage>> bySlug = new java.util.HashMap<>();
        bySlug.put(languages.get(0), slugs(firstPages));
        for (String language : languages.subList(1, languages.size())) {
            Path folder = contentFolder.resolve("pages").resolve(language);
            List<ContentPage> pages = new ArrayList<>();
            for (Path file : markdownFiles(folder)) {
                try {
                    readPage(file, errors).ifPresent(pages::add);
                } catch (InvalidContentException e) {
                    errors.addAll(e.errors());
                }
            }
            bySlug.put(language, slugs(pages));
            for (ContentPage page : pages) {
                if (!bySlug.get(languages.get(0)).containsKey(page.slug())) {
                    errors.add(page.file() + ":1:1: no page \"" + page.slug() + "\" in the first language, "
                            + languages.get(0) + "; every language has the same pages, with the same slugs");
                }
            }
        }
        Map<String, List<ContentPage>> translated = new TreeMap<>();
        for (String language : languages.subList(1, languages.size())) {
            List<ContentPage> pages = new ArrayList<>();
            for (ContentPage first : firstPages) {
                ContentPage page = null;
                for (String from : messages.of(language).languages()) {
                    page = bySlug.getOrDefault(from, Map.of()).get(first.slug());
                    if (page != null) {
                        break;
                    }
                }
                if (page == null) {
                    errors.add(SourceNames.of(contentFolder.resolve("pages").resolve(language)
                            .resolve(first.slug() + ".md")) + ":1:1: missing page \"" + first.slug() + "\" in "
                            + language + " (" + first.file() + "); translate it, or name a language to take missing"
                            + " pages and messages from in messages/" + language + ".toml (start from a copy of the built-in one):"
                            + " [language] fallback = \"" + languages.get(0) + "\"");
                } else {
                    pages.add(page);
                }
            }
            translated.put(language, pages);
        }
        return translated;
    }

    private static Map<String, ContentPage> slugs(List<ContentPage> pages) {
        Map<String, ContentPage> bySlug = new TreeMap<>();
        for (ContentPage page : pages) {
            bySlug.put(page.slug(), page);
        }
        return bySlug;
    }

    /** Editors' texts by slug: the file name without ".md" must be a valid slug. */
    private static Map<String, String> readTexts(Path folder, List<String> errors) throws IOException {
        Map<String, String> texts = new TreeMap<>();
        for (Path file : markdownFiles(folder)) {
            String name = file.getFileName().toString();
            String slug = name.substring(0, name.length() - ".md".length());
            String shownAs = SourceNames.of(file);
            if (!Slugs.isValid(slug)) {
                errors.add(shownAs + ":1:1: file name \"" + name + "\" is not <slug>.md with a valid slug");
                continue;
            }
            try {
                FrontMatter front = FrontMatter.parseEditorText(shownAs, readText(file, shownAs));
                texts.put(slug, front.body());
            } catch (InvalidContentException e) {
                errors.addAll(e.errors());
            }
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
            try {
                readPage(file, errors).ifPresent(pages::add);
            } catch (InvalidContentException e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidContentException(errors);
        }
        return pages;
    }

    private static Optional<ContentPage> readPage(Path file, List<String> errors)
            throws IOException, InvalidContentException {
        String name = SourceNames.of(file);
        FrontMatter front = FrontMatter.parse(name, readText(file, name));
        String slug = front.value("slug").orElseThrow();
        if (!Slugs.isValid(slug)) {
            errors.add(front.positionOf(name, "slug") + ": front matter slug \"" + slug + "\" is not a valid slug "
                    + "(lower-case letters and digits, parts joined by '.' or '-', none equal to \"vs\")");
            return Optional.empty();
        }
        return Optional.of(new ContentPage(name, slug, front.value("title").orElseThrow(),
                front.value("description").orElseThrow(), front.value("layout").orElse("page"),
                front.body(), front.positionOf(name, "layout")));
    }

    /** The file as text, refused before reading when it is too large and after when it is not UTF-8. */
    private static String readText(Path file, String shownAs) throws IOException, InvalidContentException {
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            throw new InvalidContentException(List.of(shownAs + ":1:1: the page is " + Counts.format(size)
                    + " bytes; the limit is " + Counts.format(MAX_FILE_BYTES) + " (1 MB)"));
        }
        return Utf8Text.decodeString(shownAs, Files.readAllBytes(file));
    }
}
