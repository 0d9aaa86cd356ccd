package dev.versus.model;

/**
 * A link of the header navigation or the footer.
 *
 * @param url a path from the site root ("/categories/"), made relative on each page, or an absolute http(s) URL
 */
public record NavLink(String label, String url) {
}
