package dev.versus.render;

import dev.versus.model.ContentPage;
import dev.versus.plan.Page;
import dev.versus.render.freemarker.RenderException;
import dev.versus.render.freemarker.Templates;
import dev.versus.render.keys.InputKeys;
import freemarker.template.Template;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** Markdown pages, each with the template its front matter names as its layout. */
final class ContentPages implements PageRenderer<Page.Content> {
    private final Map<String, Template> layouts = new HashMap<>();
    private final ContentViews views;
    private final RenderContext context;

    /** Loads every layout the pages name, so that a missing one fails the build before any page is written. */
    ContentPages(RenderContext context) throws IOException {
        Templates templates = context.templates();
        for (ContentPage page : context.content().pages()) {
            if (!layouts.containsKey(page.layout())) {
                Template layout = templates.find(page.layout() + ".ftlh");
                if (layout == null) {
                    throw new RenderException(page.layoutAt() + ": layout \"" + page.layout() + "\" does not exist: no "
                            + templates.displayName(page.layout() + ".ftlh"), null);
                }
                layouts.put(page.layout(), layout);
            }
        }
        this.views = new ContentViews(context.catalog(), context.site());
        this.context = context;
    }

    @Override
    public byte[] render(Page.Content page) {
        return prepare(page).render();
    }

    @Override
    public String template(Page.Content page) {
        return page.page().layout() + ".ftlh";
    }

    /** The view holds the page's rendered Markdown and every figure it shows; the layout names the template. */
    @Override
    public PreparedPage prepare(Page.Content page) {
        Template layout = layouts.get(page.page().layout());
        ContentView view = views.view(page.page());
        return PreparedPage.keyed(context.keyWithWords(page.page().layout() + ".ftlh", InputKeys.of(java.util.List.of(page.page().layout(), view))),
                () -> Templates.renderBytes(layout, view, context.t()));
    }
}
