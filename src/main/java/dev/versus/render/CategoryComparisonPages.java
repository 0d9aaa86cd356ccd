package dev.versus.render;

import dev.versus.plan.Page;
import freemarker.template.Template;
import java.io.IOException;

/** The further pages (2 onward) of a category's comparisons. */
final class CategoryComparisonPages implements PageRenderer<Page.CategoryComparisons> {
    private final Template template;
    private final CategoryViews views;

    CategoryComparisonPages(RenderContext context) throws IOException {
        this.template = context.templates().get("category-comparisons.ftlh");
        this.views = new CategoryViews(context.catalog(), context.site(), context.content());
    }

    @Override
    public byte[] render(Page.CategoryComparisons page) {
        return prepare(page).render();
    }

    @Override
    public PreparedPage prepare(Page.CategoryComparisons page) {
        return ViewPages.prepared(template, views.view(page));
    }
}
