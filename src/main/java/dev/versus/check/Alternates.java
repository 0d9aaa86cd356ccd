package dev.versus.check;

import java.util.Arrays;

/**
 * A page's alternate links packed into one long per hreflang code id ({@link LanguageCodes}):
 * the link's element index in the high half, the page it leads to in the low half. Eight bytes
 * per language keep every page's alternates in memory on sites of a million pages, so that the
 * reciprocity checks can run once all pages are read.
 */
final class Alternates {
    /** No link for this code. */
    static final long ABSENT = -1L;
    /** The link's target, when it leads to no page of the site (reported where it was found). */
    static final int NO_PAGE = -1;

    private Alternates() {
    }

    static long[] empty(int codes) {
        long[] links = new long[codes];
        Arrays.fill(links, ABSENT);
        return links;
    }

    static long pack(int element, int target) {
        return ((long) element << 32) | (target & 0xffffffffL);
    }

    static long get(long[] links, int code) {
        return links == null || code >= links.length ? ABSENT : links[code];
    }

    static int element(long link) {
        return (int) (link >>> 32);
    }

    static int target(long link) {
        return (int) link;
    }
}
