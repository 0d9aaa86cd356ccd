package dev.versus.derive;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Keeps a catalog website only when the snapshot format accepts it: it parses as a
 * {@link java.net.URI} with scheme http or https (any case), a host, and no user info.
 * Surrounding whitespace is trimmed first (one catalog entry ends in a space); anything else
 * that fails becomes null rather than being repaired, since a guessed URL is not a fact.
 */
final class WebsiteRule {
    private WebsiteRule() {
    }

    static String acceptable(String website) {
        if (website == null) {
            return null;
        }
        try {
            String trimmed = website.strip();
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean ok = (scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null
                    && uri.getUserInfo() == null;
            return ok ? trimmed : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
