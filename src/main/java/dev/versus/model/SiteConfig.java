package dev.versus.model;

import java.net.URI;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The site's configuration, from versus.toml; every part has a default, and the defaults give the
 * site Versus built before there was a configuration file.
 *
 * @param title the site's name: the brand link, og:site_name, the suffix of page titles
 * @param tagline the home page's heading
 * @param baseUrl absolute, ending in "/", or null for the command's default
 * @param dataSource the footers' data-source line, or null for the snapshot's own
 * @param snapshot the snapshot file, or null for the content folder's
 * @param content the content folder, or null for ./content or the bundled one
 * @param templates the folder of template overrides, or null for ./templates when it exists
 * @param output the output folder, or null for the command's default
 * @param pages the page kinds to build, in declaration order
 * @param redirects the redirect maps to write
 */
public record SiteConfig(String title, String tagline, URI baseUrl, String dataSource, Path snapshot, Path content,
        Path templates, Path output, Set<PageKind> pages, Set<RedirectFormat> redirects, List<NavLink> nav,
        List<NavLink> footer) {

    public static final String DEFAULT_TITLE = "Versus";
    public static final String DEFAULT_TAGLINE = "Web technologies, compared by how widely they are used";
    public static final List<NavLink> DEFAULT_NAV = List.of(
            new NavLink("Categories", "/categories/"),
            new NavLink("Search", "/search/"),
            new NavLink("Methodology", "/methodology/"));
    public static final List<NavLink> DEFAULT_FOOTER = List.of(
            new NavLink("About", "/about/"),
            new NavLink("How these figures are computed", "/methodology/"),
            new NavLink("Disclaimer", "/disclaimer/"));

    public static final SiteConfig DEFAULTS = new SiteConfig(DEFAULT_TITLE, DEFAULT_TAGLINE, null, null, null, null,
            null, null, EnumSet.allOf(PageKind.class), EnumSet.allOf(RedirectFormat.class), DEFAULT_NAV,
            DEFAULT_FOOTER);

    public SiteConfig {
        // Copies that cannot change, in a fixed order, so that toString (an input of the build's key) is stable.
        pages = pages.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(pages));
        redirects = redirects.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(redirects));
        nav = List.copyOf(nav);
        footer = List.copyOf(footer);
    }

    public boolean builds(PageKind kind) {
        return pages.contains(kind);
    }
}
