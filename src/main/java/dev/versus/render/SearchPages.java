package dev.versus.render;

import dev.versus.plan.Page;
import freemarker.template.Template;
import java.io.IOException;

/** The search page. */
final class SearchPages implements PageRenderer<Page.Search> {
    private final Template template;
    private final HomeViews views;

    SearchPages(RenderContext context, HomeViews views) throws IOException {
        this.template = context.templates().get("search.ftlh");
        this.views = views;
    }

    @Override
    public byte[] render(Page.Search page) {
        return prepare(page).render();
    }

    @Override
    public PreparedPage prepare(Page.Search page) {
        return ViewPages.prepared(template, views.search());
    }
}
