package dev.versus.render;

import dev.versus.plan.HostFiles;
import dev.versus.render.freemarker.Templates;
import dev.versus.render.host.HostUrls;
import freemarker.template.Template;
import java.io.IOException;
import java.util.List;

/** The 404 page: the site's layout with links home, to the categories and to search. */
final class NotFoundPages implements PageRenderer<HostFiles.NotFound> {
    private static final String TEMPLATE = "404.ftlh";

    private final Template template;
    private final NotFoundView view;
    private final RenderContext context;

    NotFoundPages(RenderContext context, HostUrls urls) throws IOException {
        this.template = context.templates().get(TEMPLATE);
        this.view = view(context.site(), urls);
        this.context = context;
    }

    /**
     * The view, with the base URL's path as the root of every link. The page has no breadcrumbs
     * and says noindex; its canonical URL is its own file's.
     */
    static NotFoundView view(SiteContext site, HostUrls urls) {
        String root = urls.rawPath();
        String title = site.words().t("not_found.title", "site", site.siteName());
        PageMeta meta = new PageMeta(title, site.words().t("not_found.description"),
                urls.absolute(new HostFiles.NotFound().route()), root, true, site.siteName(), site.dataDate(),
                site.dataSource(), List.of(new Link(site.words().t("nav.home"), root)), "",
                JsonLd.webPage(title, urls.absolute(new HostFiles.NotFound().route()),
                        site.siteName(), site.isoDate(), site.language().htmlLang()),
                SiteContext.relative(site.nav(), root), SiteContext.relative(site.footer(), root), site.language(),
                root, List.of(), List.of(), site.footerData());
        return new NotFoundView(meta, root, root + "categories/",
                site.builds(dev.versus.model.PageKind.SEARCH) ? root + "search/" : null);
    }

    @Override
    public byte[] render(HostFiles.NotFound page) {
        return Templates.renderBytes(template, view, context.t());
    }

    @Override
    public String template(HostFiles.NotFound page) {
        return TEMPLATE;
    }

    @Override
    public PreparedPage prepare(HostFiles.NotFound page) {
        return ViewPages.prepared(context, template, view);
    }
}
