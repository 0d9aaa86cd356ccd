package dev.versus.model;

import java.util.List;

/**
 * A web technology and how many sites use it.
 *
 * @param categories category slugs, in the snapshot's order, at least one
 * @param website absolute http(s) URL, or null
 * @param headquarters shown only when present, or null
 * @param about Markdown, or null
 */
public record Technology(
        String slug,
        String name,
        List<String> categories,
        String website,
        String headquarters,
        boolean openSource,
        List<Pricing> pricing,
        String about,
        Usage usage,
        List<TopSite> topSites) {

    public Technology {
        categories = List.copyOf(categories);
        pricing = List.copyOf(pricing);
        topSites = List.copyOf(topSites);
    }

    public long total() {
        return usage.total();
    }
}
