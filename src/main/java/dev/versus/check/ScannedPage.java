package dev.versus.check;

import java.util.List;

/**
 * What the check keeps of a page after parsing it: little enough for a million pages.
 *
 * @param ids hashed ids and a names, see {@link IdSet}
 * @param title the head's title, whitespace-normalised, or null when missing or empty
 * @param titleElement index of the title element in document order, or -1
 * @param findings problems found in the page alone
 * @param anchors links to fragments of other pages, checked once all pages are read
 * @param links URLs checked, external ones included
 * @param externalLinks http(s) URLs to other hosts, counted and not fetched
 * @param alternates the hreflang links packed by code id ({@link Alternates}), or null when none
 * @param lang code id of the html element's lang when the page has alternates, else -1
 * @param headElement index of the head element in document order
 */
record ScannedPage(long[] ids, String title, int titleElement, boolean noindex, List<Finding> findings,
        List<PendingAnchor> anchors, int links, int externalLinks, long[] alternates, int lang, int headElement) {
}
