package dev.versus.render.host;

import java.net.URI;

/**
 * The base URL as the host files need it: absolute URLs for crawlers, and the path part for
 * root-relative links and redirect rules, which a host matches against the request path.
 */
public record HostUrls(String absoluteBase, String rawPath, String decodedPath) {

    public static HostUrls of(URI baseUrl) {
        String raw = baseUrl.getRawPath() == null || baseUrl.getRawPath().isEmpty() ? "/" : baseUrl.getRawPath();
        String decoded = baseUrl.getPath() == null || baseUrl.getPath().isEmpty() ? "/" : baseUrl.getPath();
        String absolute = baseUrl.toASCIIString();
        return new HostUrls(absolute.endsWith("/") ? absolute : absolute + "/", slashed(raw), slashed(decoded));
    }

    private static String slashed(String path) {
        return path.endsWith("/") ? path : path + "/";
    }

    /** The URL of a route, with non-ASCII characters of the base percent-encoded. */
    public String absolute(String route) {
        return absoluteBase + route;
    }

    /** The root-relative path of a route, as a host receives it in a request: "/sub/compare/a-vs-b/". */
    String path(String route) {
        return rawPath + route;
    }
}
