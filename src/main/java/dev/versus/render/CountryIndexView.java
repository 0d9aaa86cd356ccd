package dev.versus.render;

import java.util.List;

/**
 * The list of countries with a page, by name.
 *
 * @param jsonLd the ItemList of the countries, escaped for a script element
 */
public record CountryIndexView(PageMeta meta, String heading, String intro, String modeledNote,
        List<Entry> countries, String jsonLd) {

    /** A country and how many technologies were detected there. */
    public record Entry(Link country, String detail) {
    }
}
