package dev.versus.check;

/**
 * A link to a fragment of another page, checked once every page's ids are known.
 *
 * @param target index in {@link SiteFiles} of the linked page
 */
record PendingAnchor(Finding where, String href, int target, String fragment) {
}
