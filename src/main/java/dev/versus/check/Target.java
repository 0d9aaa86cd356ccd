package dev.versus.check;

/**
 * Where a URL found in a page leads.
 *
 * @param file index in {@link SiteFiles} when the URL is a file of the site, else -1
 * @param expected for a missing file, the path it would have had; for an URL off the base path,
 *     the path; else null
 * @param fragment the decoded fragment, or null when there is none or it is empty ("#")
 */
record Target(Kind kind, int file, String expected, String fragment) {

    enum Kind {
        /** Not a web URL (mailto:, tel:, data:, javascript:): nothing to check. */
        SKIPPED,
        /** An http(s) URL on another host: counted, not fetched. */
        EXTERNAL,
        /** A file of the site. */
        FILE,
        /** On the site's host and under its path, but no such file. */
        MISSING,
        /** On the site's host but outside its base path, or climbing above the host's root. */
        OUTSIDE,
        /** Not a URL at all. */
        MALFORMED,
        /** The page itself ("#id", "?q", ""). */
        SAME_PAGE
    }

    static final Target SKIPPED = new Target(Kind.SKIPPED, -1, null, null);
    static final Target EXTERNAL = new Target(Kind.EXTERNAL, -1, null, null);
    static final Target MALFORMED = new Target(Kind.MALFORMED, -1, null, null);
}
