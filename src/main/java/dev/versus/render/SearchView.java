package dev.versus.render;

/**
 * The search page: the search box, room for its results, and where to go without scripts.
 *
 * @param categories the category list, for readers without scripts
 * @param homeCategories the home page's list of every category
 */
public record SearchView(PageMeta meta, String heading, String intro, SearchBox search, Link categories,
        Link homeCategories, Link countries) {
}
