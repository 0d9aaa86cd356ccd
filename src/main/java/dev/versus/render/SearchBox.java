package dev.versus.render;

/**
 * The search box as a page shows it. Without scripts it is a plain form that opens the search
 * page; with them, assets/search.js loads the index on first use and lists matches as one types.
 *
 * @param action the search page, relative to this page
 * @param index the search index file, relative to this page
 * @param script the search script, relative to this page
 * @param root the prefix from this page to the site root, for the links the script makes
 * @param example a query to show as the box's placeholder: the most used category's first pair
 */
public record SearchBox(String action, String index, String script, String root, String example) {
}
