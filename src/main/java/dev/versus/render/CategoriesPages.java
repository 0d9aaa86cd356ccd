package dev.versus.render;

import dev.versus.plan.Page;
import freemarker.template.Template;
import java.io.IOException;

/** The list of every category. */
final class CategoriesPages implements PageRenderer<Page.Categories> {
    private final Template template;
    private final CategoriesViews views;

    CategoriesPages(RenderContext context) throws IOException {
        this.template = context.templates().get("categories.ftlh");
        this.views = new CategoriesViews(context.catalog(), context.site());
    }

    @Override
    public byte[] render(Page.Categories page) {
        return prepare(page).render();
    }

    @Override
    public PreparedPage prepare(Page.Categories page) {
        return ViewPages.prepared(template, views.view());
    }
}
