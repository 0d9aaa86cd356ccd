package dev.versus.render;

import java.util.List;

/**
 * What every page's head, header and footer show.
 *
 * @param root the relative prefix from this page to the site root ("../../")
 * @param canonical the absolute URL of this page
 * @param breadcrumbs from Home to this page; the last one is the page itself
 * @param breadcrumbJson BreadcrumbList JSON-LD, already escaped for a script element
 * @param pageJson WebPage JSON-LD with the snapshot's date as {@code dateModified}, escaped likewise
 * @param nav the header's links (versus.toml's [[nav]]), relative to this page
 * @param footer the footer's links (versus.toml's [[footer]]), relative to this page
 */
public record PageMeta(
        String title,
        String description,
        String canonical,
        String root,
        boolean noindex,
        String siteName,
        String dataDate,
        String dataSource,
        List<Link> breadcrumbs,
        String breadcrumbJson,
        String pageJson,
        List<Link> nav,
        List<Link> footer) {

    /** The Open Graph locale of every page: the pages are written in US English ("favor", "color"). */
    public String locale() {
        return "en_US";
    }

    public String stylesheet() {
        return root + "assets/site.css";
    }

    public String home() {
        return root.isEmpty() ? "./" : root;
    }

    public String methodology() {
        return root + "methodology/";
    }

    public String disclaimer() {
        return root + "disclaimer/";
    }
}
