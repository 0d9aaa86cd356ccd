package dev.versus.render;

import dev.versus.model.Snapshot;
import dev.versus.plan.Routes;
import java.net.URI;
import java.util.List;

/**
 * What every page of one build shares: the site's name, base URL and the snapshot's date and
 * source. It makes each page's {@link PageMeta}.
 */
public record SiteContext(String siteName, URI baseUrl, String dataDate, String dataSource, String isoDate) {

    public static SiteContext of(Snapshot snapshot, URI baseUrl) {
        return new SiteContext("Versus", baseUrl, dev.versus.text.Dates.format(snapshot.info().date()),
                snapshot.info().source(), snapshot.info().date().toString());
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
                relative, json, pageJson(route, title));
    }
}
