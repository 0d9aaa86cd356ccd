package dev.versus.render;

import dev.versus.model.Snapshot;
import dev.versus.plan.Routes;
import java.net.URI;
import java.util.List;
import java.util.Set;
import dev.versus.model.NavLink;
import dev.versus.model.PageKind;
import dev.versus.model.SiteConfig;

/**
 * What every page of one build shares: the site's name, base URL and the snapshot's date and
 * source, and the site configuration's links and page kinds. It makes each page's {@link PageMeta}.
 *
 * @param tagline the home page's heading
 * @param nav the header's links, with paths from the site root ("/categories/") or absolute URLs
 * @param pages the page kinds built; views leave out links to the others
 */
public record SiteContext(String siteName, URI baseUrl, String dataDate, String dataSource, String isoDate,
        String tagline,
        List<NavLink> nav, List<NavLink> footer, Set<PageKind> pages) {

    public static SiteContext of(Snapshot snapshot, URI baseUrl) {
        return of(snapshot, baseUrl, SiteConfig.DEFAULTS);
    }

    public static SiteContext of(Snapshot snapshot, URI baseUrl, SiteConfig config) {
        return new SiteContext(config.title(), baseUrl, dev.versus.text.Dates.format(snapshot.info().date()),
                config.dataSource() != null ? config.dataSource() : snapshot.info().source(),
                snapshot.info().date().toString(), config.tagline(),
                built(config.nav(), config.pages()), built(config.footer(), config.pages()), config.pages());
    }

    /** The links, less those to the search page or country pages when the site does not build them. */
    private static List<NavLink> built(List<NavLink> links, Set<PageKind> pages) {
        return links.stream()
                .filter(link -> pages.contains(PageKind.SEARCH) || !link.url().equals("/" + Routes.search()))
                .filter(link -> pages.contains(PageKind.COUNTRIES) || !link.url().startsWith("/" + Routes.countries()))
                .toList();
    }

    public boolean builds(PageKind kind) {
        return pages.contains(kind);
    }

    /** The links as seen from a page {@code root} away from the site root: "/about/" becomes "../../about/". */
    static List<Link> relative(List<NavLink> links, String root) {
        return links.stream()
                .map(link -> new Link(link.label(), link.url().startsWith("/") ? relativePath(root, link.url()) : link.url()))
                .toList();
    }

    private static String relativePath(String root, String path) {
        String rest = path.substring(1);
        return root.isEmpty() && rest.isEmpty() ? "./" : root + rest;
    }

    /** The page's WebPage JSON-LD: every page shows the snapshot's figures, so it changed on the snapshot's date. */
    String pageJson(String route, String title) {
        return JsonLd.webPage(title, absolute(route), siteName, isoDate);
    }

    public String absolute(String route) {
        return baseUrl.toString() + route;
    }

    /**
     * The meta of the page at {@code route}.
     *
     * @param trail the breadcrumbs between Home and this page, with routes as hrefs
     */
    public PageMeta meta(String route, String title, String description, boolean noindex, List<Link> trail,
            String current) {
        String root = Routes.toRoot(route);
        List<Link> crumbs = new java.util.ArrayList<>();
        crumbs.add(new Link("Home", ""));
        crumbs.addAll(trail);
        crumbs.add(new Link(current, route));
        String json = JsonLd.breadcrumbs(crumbs, this);
        List<Link> relative = crumbs.stream()
                .map(link -> new Link(link.text(), link.href().isEmpty() && root.isEmpty() ? "./" : root + link.href()))
                .toList();
        return new PageMeta(title, description, absolute(route), root, noindex, siteName, dataDate, dataSource,
                relative, json, pageJson(route, title), relative(nav, root), relative(footer, root));
    }
}
