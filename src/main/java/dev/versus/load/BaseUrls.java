package dev.versus.load;

import java.net.URI;
import java.net.URISyntaxException;

/** The --base-url flag: an absolute http(s) URL, always ending in "/". */
public final class BaseUrls {
    private BaseUrls() {
    }

    /** The URL, with a trailing slash added, or null when it is not an absolute http(s) URL. */
    public static URI parse(String text) {
        try {
            URI uri = new URI(text.endsWith("/") ? text : text + "/");
            String scheme = uri.getScheme();
            boolean web = "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
            return web && uri.getHost() != null && uri.getRawQuery() == null && uri.getRawFragment() == null ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
