package dev.versus.render;

import java.util.List;

/**
 * The home page: what the site is, the search box, popular technologies and comparisons, and
 * plain links to every category (which is all a reader without scripts needs to get anywhere).
 *
 * @param jsonLd the WebSite and the ItemList of the categories, escaped for a script element
 */
public record HomeView(PageMeta meta, String heading, String intro, SearchBox search,
        List<Entry> technologies, List<Entry> comparisons, List<Entry> categories, Link countries, String jsonLd) {

    /** A link with a short figure beside it. */
    public record Entry(Link link, String detail) {
    }
}
