package dev.versus.render;

import dev.versus.compare.Catalog;
import dev.versus.compare.Comparisons;
import dev.versus.plan.Page;
import dev.versus.render.freemarker.Templates;
import dev.versus.render.keys.ComparisonInputs;
import freemarker.template.Template;
import java.io.IOException;

/**
 * Comparison pages: the pair's figures, its view, the comparison template. Keyed by the snapshot
 * records the page depends on ({@link ComparisonInputs}), so that the figures and the view are
 * only computed for pages that are rendered.
 */
final class ComparisonPages implements PageRenderer<Page.Comparison> {
    private static final String TEMPLATE = "comparison.ftlh";

    private final Catalog catalog;
    private final RenderContext context;
    private final Template template;
    private final ComparisonViews views;
    /** Digested when the first comparison is keyed: a preview showing none never digests the snapshot. */
    private final dev.versus.compare.Memo<ComparisonInputs> inputs;

    ComparisonPages(RenderContext context) throws IOException {
        this.catalog = context.catalog();
        this.context = context;
        this.template = context.templates().get(TEMPLATE);
        this.views = new ComparisonViews(context.catalog(), context.site());
        this.inputs = new dev.versus.compare.Memo<>(() -> ComparisonInputs.of(catalog.snapshot()));
    }

    @Override
    public byte[] render(Page.Comparison page) {
        return prepare(page).render();
    }

    @Override
    public String template(Page.Comparison page) {
        return TEMPLATE;
    }

    @Override
    public PreparedPage prepare(Page.Comparison page) {
        return PreparedPage.keyed(context.keyWithWords(inputs.get().keyOf(page.pair())),
                () -> Templates.renderBytes(template, views.view(Comparisons.compare(catalog, page.pair())),
                        context.t()));
    }
}
