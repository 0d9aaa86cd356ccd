package dev.versus.render;

import dev.versus.plan.Page;
import dev.versus.render.freemarker.Templates;
import dev.versus.render.keys.InputKeys;
import freemarker.template.Template;
import java.io.IOException;
import java.util.function.Function;

/**
 * Pages of one kind rendered from one view record each, with one template: technology,
 * category, country, home, search pages and the like. The page is keyed by a digest of its view
 * (comparisons have their own keys: {@link dev.versus.render.keys.ComparisonInputs}).
 *
 * @param <P> the kind of page
 */
final class ViewPages<P extends Page> implements PageRenderer<P> {
    private final Template template;
    private final String templateName;
    private final Function<P, ? extends Record> views;
    private final RenderContext context;

    /** Compiles {@code templateName} now, so that a broken template fails before any page is written. */
    ViewPages(RenderContext context, String templateName, Function<P, ? extends Record> views) throws IOException {
        this.template = context.templates().get(templateName);
        this.templateName = templateName;
        this.views = views;
        this.context = context;
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
