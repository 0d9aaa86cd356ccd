package dev.versus.render;

import dev.versus.compare.Catalog;
import dev.versus.compare.Comparisons;
import dev.versus.plan.Page;
import dev.versus.render.freemarker.Templates;
import dev.versus.render.keys.SnapshotInputs;
import freemarker.template.Template;
import java.io.IOException;

/**
 * Comparison pages: the pair's figures, its view, the comparison template. Keyed by the snapshot
 * records the page depends on ({@link SnapshotInputs}), so that the figures and the view are
 * only computed for pages that are rendered.
 */
final class ComparisonPages implements PageRenderer<Page.Comparison> {
    private static final String TEMPLATE = "comparison.ftlh";

    /**
     * The figures of the last pair this thread computed, with its catalog. The plan streams a
     * pair's page in every language one after another, and the writer hands pages to threads in
     * runs of hundreds, so each pair is computed once for all its languages, not once per language.
     */
    private static final ThreadLocal<Object[]> LAST = new ThreadLocal<>();
    /** How many pairs were computed, for the test that pins "once per pair". */
    static final java.util.concurrent.atomic.AtomicLong COMPUTED = new java.util.concurrent.atomic.AtomicLong();

    private final Catalog catalog;
    private final RenderContext context;
    private final Template template;
    private final ComparisonViews views;
    /** Digested when the first page is keyed: a preview showing none never digests the snapshot. */
    private final dev.versus.compare.Memo<SnapshotInputs> inputs;

    /** @param inputs the snapshot's keys, shared by every language of the build */
    ComparisonPages(RenderContext context, dev.versus.compare.Memo<SnapshotInputs> inputs) throws IOException {
        this.catalog = context.catalog();
        this.context = context;
        this.template = context.templates().get(TEMPLATE);
        this.views = new ComparisonViews(context.catalog(), context.site());
        this.inputs = inputs;
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
        return PreparedPage.keyed(context.keyWithWords(TEMPLATE, inputs.get().keyOf(page.pair())),
                () -> Templates.renderBytes(template, views.view(comparison(page.pair())), context.t()));
    }

    private dev.versus.compare.Comparison comparison(dev.versus.compare.Pair pair) {
        Object[] last = LAST.get();
        if (last != null && last[0] == catalog && last[1] == pair) {
            return (dev.versus.compare.Comparison) last[2];
        }
        dev.versus.compare.Comparison comparison = Comparisons.compare(catalog, pair);
        COMPUTED.incrementAndGet();
        LAST.set(new Object[] {catalog, pair, comparison});
        return comparison;
    }
}
