package dev.versus.render;

import dev.versus.plan.Page;
import freemarker.template.Template;
import java.io.IOException;

/** The list of countries. */
final class CountryIndexPages implements PageRenderer<Page.Countries> {
    private final Template template;
    private final CountryViews views;

    CountryIndexPages(RenderContext context, CountryViews views) throws IOException {
        this.template = context.templates().get("countries.ftlh");
        this.views = views;
    }

    @Override
    public byte[] render(Page.Countries page) {
        return prepare(page).render();
    }

    @Override
    public PreparedPage prepare(Page.Countries page) {
        return ViewPages.prepared(template, views.index());
    }
}
