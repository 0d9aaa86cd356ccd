package dev.versus.render;

import dev.versus.compare.Catalog;
import dev.versus.compare.Comparisons;
import dev.versus.plan.Page;
import dev.versus.write.PreparedPage;
import freemarker.template.Template;
import java.io.IOException;

/** Comparison pages: the pair's figures, its view, the comparison template. */
final class ComparisonPages implements PageRenderer<Page.Comparison> {
    private final Catalog catalog;
    private final Template template;
    private final ComparisonViews views;

    ComparisonPages(RenderContext context) throws IOException {
        this.catalog = context.catalog();
        this.template = context.templates().get("comparison.ftlh");
        this.views = new ComparisonViews(context.catalog(), context.site());
    }

    @Override
    public byte[] render(Page.Comparison page) {
        return prepare(page).render();
    }

    @Override
    public PreparedPage prepare(Page.Comparison page) {
        return ViewPages.prepared(template, views.view(Comparisons.compare(catalog, page.pair())));
    }
}
