package dev.versus.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Maps the URLs found in pages and sitemaps to the site's files. The site is served from
 * {@code base}; a URL on the base's host (whatever its scheme) and under its path maps to the
 * file at the rest of the path, a folder URL to the folder's index.html.
 */
final class SiteUrls {
    private final URI base;
    private final String host;
    private final int port;
    private final String basePath;
    private final SiteFiles files;

    /** @param base absolute http(s) URL ending in "/" */
    SiteUrls(URI base, SiteFiles files) {
        this.base = base;
        this.host = base.getHost().toLowerCase(Locale.ROOT);
        this.port = effectivePort(base);
        this.basePath = base.getPath() == null || base.getPath().isEmpty() ? "/" : base.getPath();
        this.files = files;
    }

    URI base() {
        return base;
    }

    /** The URL a page is served at, which its relative links resolve against. */
    URI pageUrl(int file) {
        try {
            return base.resolve(new URI(null, null, files.path(file), null));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("unusable file name " + files.path(file), e);
        }
    }

    /** Where {@code href}, found on the page at {@code pageUrl}, leads. */
    Target resolve(URI pageUrl, String href) {
        String trimmed = href.strip();
        URI reference;
        try {
            reference = new URI(trimmed);
        } catch (URISyntaxException e) {
            return Target.MALFORMED;
        }
        if (reference.getScheme() != null) {
            return isWeb(reference) ? classify(reference) : Target.SKIPPED;
        }
        boolean samePage = reference.getRawAuthority() == null
                && (reference.getRawPath() == null || reference.getRawPath().isEmpty());
        if (samePage) {
            // java.net.URI resolves "" and "?q" against the folder, not the page: handle them here.
            return new Target(Target.Kind.SAME_PAGE, -1, null, fragment(reference));
        }
        return classify(pageUrl.resolve(reference));
    }

    /** Where an absolute URL (a sitemap's loc) leads. */
    Target resolveAbsolute(String url) {
        try {
            URI uri = new URI(url.strip());
            return uri.getScheme() != null && isWeb(uri) ? classify(uri) : Target.MALFORMED;
        } catch (URISyntaxException e) {
            return Target.MALFORMED;
        }
    }

    private Target classify(URI url) {
        if (url.getHost() == null || !url.getHost().toLowerCase(Locale.ROOT).equals(host) || !samePort(url)) {
            return url.getHost() == null ? Target.MALFORMED : Target.EXTERNAL;
        }
        String path = url.getPath() == null || url.getPath().isEmpty() ? "/" : url.getPath();
        if (!path.startsWith(basePath) || path.contains("/../") || path.endsWith("/..")) {
            return new Target(Target.Kind.OUTSIDE, -1, path, null);
        }
        String rest = path.substring(basePath.length());
        String candidate = rest.isEmpty() || rest.endsWith("/") ? rest + "index.html" : rest;
        int file = files.indexOf(candidate);
        if (file < 0 && !candidate.equals(rest)) {
            return new Target(Target.Kind.MISSING, -1, candidate, null);
        }
        if (file < 0) {
            // A folder URL without its slash: servers redirect it to the folder.
            file = files.indexOf(rest + "/index.html");
        }
        return file < 0
                ? new Target(Target.Kind.MISSING, -1, candidate, null)
                : new Target(Target.Kind.FILE, file, null, fragment(url));
    }

    private static String fragment(URI uri) {
        String fragment = uri.getFragment();
        return fragment == null || fragment.isEmpty() ? null : fragment;
    }

    private static boolean isWeb(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https");
    }

    /** http and https links to the site's own host are the site's, unless a port says otherwise. */
    private boolean samePort(URI url) {
        return url.getPort() == base.getPort() || effectivePort(url) == port;
    }

    private static int effectivePort(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
