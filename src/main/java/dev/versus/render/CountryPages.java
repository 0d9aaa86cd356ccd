package dev.versus.render;

import dev.versus.plan.Page;
import freemarker.template.Template;
import java.io.IOException;

/** Country pages: the country's rankings, its view, the country template. */
final class CountryPages implements PageRenderer<Page.Country> {
    private final Template template;
    private final CountryViews views;

    CountryPages(RenderContext context, CountryViews views) throws IOException {
        this.template = context.templates().get("country.ftlh");
        this.views = views;
    }

    @Override
    public byte[] render(Page.Country page) {
        return prepare(page).render();
    }

    @Override
    public PreparedPage prepare(Page.Country page) {
        return ViewPages.prepared(template, views.country(page.code()));
    }
}
