package dev.versus.render;

import dev.versus.plan.Page;
import dev.versus.render.freemarker.Templates;
import dev.versus.render.keys.InputKeys;
import freemarker.template.Template;
import java.io.IOException;
import java.util.function.Function;

/**
 * Pages of one kind rendered from one view record each, with one template: technology,
 * category, country, home, search pages and the like. The page is keyed by a digest of its view,
 * or, for the thousands of technology and category pages, by a digest of their inputs
 * ({@link ViewInputs}); comparisons have their own keys ({@link ComparisonPages}).
 *
 * @param <P> the kind of page
 */
final class ViewPages<P extends Page> implements PageRenderer<P> {
    private final Template template;
    private final String templateName;
    private final Function<P, ? extends Record> views;
    private final RenderContext context;
    /** The digest of a page's inputs without its messages, or null to digest its view instead. */
    private final Function<P, byte[]> inputs;

    /** Compiles {@code templateName} now, so that a broken template fails before any page is written. */
    ViewPages(RenderContext context, String templateName, Function<P, ? extends Record> views) throws IOException {
        this(context, templateName, views, null);
    }

    /**
     * Pages keyed by {@code inputs} ({@link ViewInputs}), so that a page whose key is unchanged
     * never builds its view.
     */
    ViewPages(RenderContext context, String templateName, Function<P, ? extends Record> views,
            Function<P, byte[]> inputs) throws IOException {
        this.template = context.templates().get(templateName);
        this.templateName = templateName;
        this.views = views;
        this.context = context;
        this.inputs = inputs;
    }

    @Override
    public byte[] render(P page) {
        return prepare(page).render();
    }

    @Override
    public String template(P page) {
        return templateName;
    }

    @Override
    public PreparedPage prepare(P page) {
        if (inputs != null) {
            return PreparedPage.keyed(context.keyWithWords(templateName, inputs.apply(page)),
                    () -> Templates.renderBytes(template, views.apply(page), context.t()));
        }
        return prepared(context, template, views.apply(page));
    }

    /**
     * The view holds every figure and word the page shows, so a digest of it (with the
     * templates, which the build's inputs cover) decides whether the page can change.
     */
    static PreparedPage prepared(RenderContext context, Template template, Record view) {
        return new PreparedPage() {
            @Override
            public byte[] inputKey() {
                return context.keyWithWords(template.getName(), InputKeys.of(view));
            }

            @Override
            public byte[] render() {
                return Templates.renderBytes(template, view, context.t());
            }
        };
    }
}
