package dev.versus.plan;

import dev.versus.model.Technology;

/**
 * The URL paths of the site, relative to its root, each ending in "/" for a folder with an
 * index.html. Slugs are validated by the loader before they get here, so they are safe as
 * path segments.
 */
public final class Routes {
    private Routes() {
    }

    public static String comparison(Technology first, Technology second) {
        return comparison(first.slug(), second.slug());
    }

    /** The canonical comparison path for two slugs, whichever order they come in. */
    public static String comparison(String one, String other) {
        boolean inOrder = one.compareTo(other) < 0;
        String first = inOrder ? one : other;
        String second = inOrder ? other : one;
        return "compare/" + first + "-vs-" + second + "/";
    }

    /**
     * The path a comparison would have with its slugs in the other order ("compare/b-vs-a/" for
     * the page "compare/a-vs-b/"); hosts redirect it to the page. Slugs never contain "-vs-", so
     * it is no other page's route.
     */
    public static String comparisonOtherOrder(String one, String other) {
        boolean inOrder = one.compareTo(other) < 0;
        return "compare/" + (inOrder ? other : one) + "-vs-" + (inOrder ? one : other) + "/";
    }

    public static String technology(String slug) {
        return "technologies/" + slug + "/";
    }

    public static String category(String slug) {
        return "categories/" + slug + "/";
    }

    /** Page {@code number} of a category's comparisons; page 1 is the category page itself. */
    public static String categoryComparisons(String slug, int number) {
        return number == 1 ? category(slug) : category(slug) + "page/" + number + "/";
    }

    public static String categories() {
        return "categories/";
    }

    public static String country(String code) {
        return "countries/" + code.toLowerCase(java.util.Locale.ROOT) + "/";
    }

    /** The home page: the site root itself. */
    public static String home() {
        return "";
    }

    public static String countries() {
        return "countries/";
    }

    public static String search() {
        return "search/";
    }

    public static String searchIndex() {
        return "search-index.json";
    }

    public static String contentPage(String slug) {
        return slug + "/";
    }

    /** The file a route is written to; the root's ("") is index.html. */
    public static String file(String route) {
        return route.isEmpty() || route.endsWith("/") ? route + "index.html" : route;
    }

    /**
     * The prefix that leads from the page at {@code route} back to the site root ("../../" for
     * "compare/a-vs-b/"), so that links work on any host, under any sub-path and offline.
     */
    public static String toRoot(String route) {
        int depth = 0;
        for (int i = 0; i < route.length(); i++) {
            if (route.charAt(i) == '/') {
                depth++;
            }
        }
        return "../".repeat(depth);
    }
}
