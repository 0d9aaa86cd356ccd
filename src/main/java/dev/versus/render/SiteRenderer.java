package dev.versus.render;

import dev.versus.compare.Catalog;
import dev.versus.compare.Comparisons;
import dev.versus.plan.ContentPage;
import dev.versus.plan.Page;
import freemarker.template.Template;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Renders any planned page to the bytes of its file. Templates are compiled when the renderer
 * is made, so a broken template fails the build before any page is written.
 */
public final class SiteRenderer implements Function<Page, byte[]> {
    private final Catalog catalog;
    private final Template comparisonTemplate;
    private final Map<String, Template> layouts;
    private final ComparisonViews comparisons;
    private final ContentViews contents;

    private SiteRenderer(Catalog catalog, Template comparisonTemplate, Map<String, Template> layouts,
            SiteContext site) {
        this.catalog = catalog;
        this.comparisonTemplate = comparisonTemplate;
        this.layouts = layouts;
        this.comparisons = new ComparisonViews(catalog, site);
        this.contents = new ContentViews(catalog, site);
    }

    public static SiteRenderer create(Path templateFolder, Catalog catalog, URI baseUrl, Iterable<ContentPage> pages)
            throws IOException {
        Templates templates = Templates.from(templateFolder);
        Map<String, Template> layouts = new HashMap<>();
        for (ContentPage page : pages) {
            if (!layouts.containsKey(page.layout())) {
                layouts.put(page.layout(), templates.get(page.layout() + ".ftlh"));
            }
        }
        return new SiteRenderer(catalog, templates.get("comparison.ftlh"), layouts,
                SiteContext.of(catalog.snapshot(), baseUrl));
    }

    @Override
    public byte[] apply(Page page) {
        if (page instanceof Page.Asset asset) {
            return asset.bytes();
        }
        return html(page).getBytes(StandardCharsets.UTF_8);
    }

    private String html(Page page) {
        if (page instanceof Page.Comparison comparison) {
            return Templates.render(comparisonTemplate, comparisons.view(Comparisons.compare(catalog, comparison.pair())));
        }
        Page.Content content = (Page.Content) page;
        return Templates.render(layouts.get(content.page().layout()), contents.view(content.page()));
    }
}
