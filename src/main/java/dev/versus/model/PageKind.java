package dev.versus.model;

/**
 * The page kinds a site may leave out ({@code pages} in versus.toml). The home page, the 404 page,
 * content pages and the sitemaps are always built, so they are not here.
 */
public enum PageKind {
    COMPARISONS("comparisons"),
    TECHNOLOGIES("technologies"),
    CATEGORIES("categories"),
    COUNTRIES("countries"),
    SEARCH("search");

    private final String key;

    PageKind(String key) {
        this.key = key;
    }

    /** The name versus.toml uses: "countries". */
    public String key() {
        return key;
    }

    /** The kind of that name, or null. */
    public static PageKind ofKey(String key) {
        for (PageKind kind : values()) {
            if (kind.key.equals(key)) {
                return kind;
            }
        }
        return null;
    }
}
