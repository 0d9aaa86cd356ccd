package dev.versus.render;

import dev.versus.plan.Page;
import freemarker.template.Template;
import java.io.IOException;

/** The home page. */
final class HomePages implements PageRenderer<Page.Home> {
    private final Template template;
    private final HomeViews views;

    HomePages(RenderContext context, HomeViews views) throws IOException {
        this.template = context.templates().get("home.ftlh");
        this.views = views;
    }

    @Override
    public byte[] render(Page.Home page) {
        return prepare(page).render();
    }

    @Override
    public PreparedPage prepare(Page.Home page) {
        return ViewPages.prepared(template, views.home());
    }
}
