package dev.versus.render;

/**
 * A further page (2 onward) of a category's comparisons.
 *
 * @param itemListJson the page's comparisons as ItemList JSON-LD, escaped for a script element
 */
public record CategoryListView(PageMeta meta, String heading, Link category, CategoryView.ComparisonList comparisons,
        String itemListJson) {
}
