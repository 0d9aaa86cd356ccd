package dev.versus.render;

import dev.versus.plan.Page;
import freemarker.template.Template;
import java.io.IOException;

/** Technology pages: the technology's figures, its view, the technology template. */
final class TechnologyPages implements PageRenderer<Page.Technology> {
    private final Template template;
    private final TechnologyViews views;

    TechnologyPages(RenderContext context) throws IOException {
        this.template = context.templates().get("technology.ftlh");
        this.views = new TechnologyViews(context.catalog(), context.site(), context.content());
    }

    @Override
    public byte[] render(Page.Technology page) {
        return prepare(page).render();
    }

    @Override
    public PreparedPage prepare(Page.Technology page) {
        return ViewPages.prepared(template, views.view(page.technology()));
    }
}
