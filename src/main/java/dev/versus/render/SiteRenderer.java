package dev.versus.render;

import dev.versus.compare.Catalog;
import dev.versus.plan.Page;
import dev.versus.plan.SiteContent;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Renders any planned page to the bytes of its file, with the renderer registered for its kind.
 * Templates are compiled when the renderer is made, so a broken template fails the build before
 * any page is written.
 */
public final class SiteRenderer implements Function<Page, byte[]> {
    private final Map<Class<?>, PageRenderer<?>> renderers = new HashMap<>();

    private SiteRenderer() {
    }

    public static SiteRenderer create(Path templateFolder, Catalog catalog, URI baseUrl, SiteContent content)
            throws IOException {
        RenderContext context = new RenderContext(Templates.from(templateFolder), catalog,
                SiteContext.of(catalog.snapshot(), baseUrl), content);
        SiteRenderer site = new SiteRenderer();
        site.register(Page.Asset.class, Page.Asset::bytes);
        site.register(Page.Content.class, new ContentPages(context));
        site.register(Page.Comparison.class, new ComparisonPages(context));

        // Technology and category pages.

        // Country pages, the home page and the search index.

        // Files for hosts and crawlers: 404, robots.txt, sitemaps, redirect maps.

        return site;
    }

    private <P extends Page> void register(Class<P> kind, PageRenderer<P> renderer) {
        renderers.put(kind, renderer);
    }

    @Override
    public byte[] apply(Page page) {
        @SuppressWarnings("unchecked")
        PageRenderer<Page> renderer = (PageRenderer<Page>) renderers.get(page.getClass());
        if (renderer == null) {
            throw new IllegalStateException("no renderer for " + page.getClass().getSimpleName());
        }
        try {
            return renderer.render(page);
        } catch (RenderException e) {
            throw new RenderException(page.source() + ": " + e.getMessage(), e);
        }
    }
}
