package dev.versus.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * What the content folder adds to the snapshot: Markdown pages, and editors' texts for
 * technology and category pages (by slug, from {@code content/technologies/<slug>.md} and
 * {@code content/categories/<slug>.md}). Every text is Markdown as read; the render stage makes a
 * copy with the editors' texts rendered to sanitized HTML, once, before the first page (they are
 * shown on many pages), and renders a page's body when it renders that page (the plan holds it).
 */
public record SiteContent(List<ContentPage> pages, Map<String, String> technologyTexts,
        Map<String, String> categoryTexts, SiteMessages messages, Map<String, List<ContentPage>> translatedPages) {

    /**
     * @param pages the Markdown pages of the site's first language ({@code content/pages/*.md})
     * @param messages every language's messages, or null for the built-in English ones
     * @param translatedPages each other language's pages ({@code content/pages/<code>/*.md}), by code
     */
    public SiteContent {
        pages = List.copyOf(pages);
        technologyTexts = Map.copyOf(technologyTexts);
        categoryTexts = Map.copyOf(categoryTexts);
        translatedPages = Map.copyOf(translatedPages);
    }

    /** Content of a single-language site with the built-in English messages. */
    public SiteContent(List<ContentPage> pages, Map<String, String> technologyTexts, Map<String, String> categoryTexts) {
        this(pages, technologyTexts, categoryTexts, null, Map.of());
    }

    /** The same content with {@code pages} as its pages: one language's, for that language's renderers. */
    public SiteContent withPages(List<ContentPage> pages) {
        return new SiteContent(pages, technologyTexts, categoryTexts, messages, translatedPages);
    }

    /** The pages of {@code language}: the first language's, or a translation's. */
    public List<ContentPage> pagesIn(String language, boolean first) {
        return first ? pages : translatedPages.getOrDefault(language, List.of());
    }

    /** The same content with every editor's text passed through {@code render}; the pages as they are. */
    public SiteContent withTexts(UnaryOperator<String> render) {
        return new SiteContent(pages, each(technologyTexts, render), each(categoryTexts, render), messages,
                translatedPages);
    }

    private static Map<String, String> each(Map<String, String> texts, UnaryOperator<String> render) {
        Map<String, String> rendered = new TreeMap<>();
        texts.forEach((slug, text) -> rendered.put(slug, render.apply(text)));
        return rendered;
    }

    public static SiteContent of(List<ContentPage> pages) {
        return new SiteContent(pages, Map.of(), Map.of());
    }
}
