package dev.versus.render;

/**
 * The 404 page. Hosts serve it for missing paths at any depth, so every link on it, the
 * layout's included, is root-relative ("/sub/categories/"), not page-relative.
 */
public record NotFoundView(PageMeta meta, String home, String categories, String search) {
}
