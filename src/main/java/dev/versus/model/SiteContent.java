package dev.versus.model;

import java.util.List;
import java.util.Map;

/**
 * What the content folder adds to the snapshot: Markdown pages, and editors' texts for
 * technology and category pages (sanitized HTML by slug, from
 * {@code content/technologies/<slug>.md} and {@code content/categories/<slug>.md}).
 */
public record SiteContent(List<ContentPage> pages, Map<String, String> technologyTexts,
        Map<String, String> categoryTexts) {

    public SiteContent {
        pages = List.copyOf(pages);
        technologyTexts = Map.copyOf(technologyTexts);
        categoryTexts = Map.copyOf(categoryTexts);
    }

    public static SiteContent of(List<ContentPage> pages) {
        return new SiteContent(pages, Map.of(), Map.of());
    }
}
