package dev.versus.model;

import java.net.URI;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The site's configuration, from versus.toml; every part has a default, and the defaults give the
 * site Versus built before there was a configuration file.
 *
 * @param title the site's name: the brand link, og:site_name, the suffix of page titles
 * @param tagline the home page's heading in the first language, or null for the message {@code home.tagline}
 * @param taglines the home page's heading in each other language, by code; needed when {@code tagline} is set
 * @param baseUrl absolute, ending in "/", or null for the command's default
 * @param dataSource the footers' data-source line, or null for the snapshot's own
 * @param snapshot the snapshot file, or null for the content folder's
 * @param content the content folder, or null for ./content or the bundled one
 * @param templates the folder of template overrides, or null for ./templates when it exists
 * @param output the output folder, or null for the command's default
 * @param pages the page kinds to build, in declaration order
 * @param redirects the redirect maps to write
 * @param nav the header's links
 * @param footer the footer's links
 * @param languages the codes of the site's languages; the first is served at the root, each other under its code
 */
public record SiteConfig(String title, String tagline, Map<String, String> taglines, URI baseUrl, String dataSource,
        Path snapshot, Path content, Path templates, Path output, Set<PageKind> pages, Set<RedirectFormat> redirects,
        List<NavLink> nav, List<NavLink> footer, List<String> languages) {

    public static final String DEFAULT_TITLE = "Versus";
    /** The default links' words are messages, so that they are in each language of the site. */
    public static final List<NavLink> DEFAULT_NAV = List.of(
            NavLink.ofMessage("nav.categories", "/categories/"),
            NavLink.ofMessage("nav.search", "/search/"),
            NavLink.ofMessage("nav.methodology", "/methodology/"));
    public static final List<NavLink> DEFAULT_FOOTER = List.of(
            NavLink.ofMessage("footer.about", "/about/"),
            NavLink.ofMessage("footer.methodology", "/methodology/"),
            NavLink.ofMessage("footer.disclaimer", "/disclaimer/"));
    /** The site's languages when versus.toml names none: English only. */
    public static final List<String> DEFAULT_LANGUAGES = List.of("en");

    public static final SiteConfig DEFAULTS = new SiteConfig(DEFAULT_TITLE, null, Map.of(), null, null, null, null,
            null, null, EnumSet.allOf(PageKind.class), EnumSet.allOf(RedirectFormat.class), DEFAULT_NAV,
            DEFAULT_FOOTER, DEFAULT_LANGUAGES);

    public SiteConfig {
        // Copies that cannot change, in a fixed order, so that toString (an input of the build's key) is stable.
        pages = pages.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(pages));
        redirects = redirects.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(redirects));
        nav = List.copyOf(nav);
        footer = List.copyOf(footer);
        taglines = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(taglines));
        languages = List.copyOf(languages);
    }

    /** The same configuration with other languages, for {@code build --languages}. */
    public SiteConfig withLanguages(List<String> languages) {
        return new SiteConfig(title, tagline, taglines, baseUrl, dataSource, snapshot, content, templates, output,
                pages, redirects, nav, footer, languages);
    }

    public boolean builds(PageKind kind) {
        return pages.contains(kind);
    }
}
