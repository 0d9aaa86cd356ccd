package dev.versus.render;

import dev.versus.plan.Page;
import freemarker.template.Template;
import java.io.IOException;

/** Category pages: ranking, share chart and the first page of the category's comparisons. */
final class CategoryPages implements PageRenderer<Page.Category> {
    private final Template template;
    private final CategoryViews views;

    CategoryPages(RenderContext context) throws IOException {
        this.template = context.templates().get("category.ftlh");
        this.views = new CategoryViews(context.catalog(), context.site(), context.content());
    }

    @Override
    public byte[] render(Page.Category page) {
        return prepare(page).render();
    }

    @Override
    public PreparedPage prepare(Page.Category page) {
        return ViewPages.prepared(template, views.view(page));
    }
}
