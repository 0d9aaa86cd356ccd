package dev.versus.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/** The rule for a technology's {@code website}: an absolute http(s) URL with a host and no user info. */
final class Websites {
    private Websites() {
    }

    /** Why {@code url} is refused, as a clause ("it has no host"), or empty when it is accepted. */
    static Optional<String> problem(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("it is not a valid URI (" + e.getReason() + " at index " + e.getIndex() + ")");
        }
        if (!uri.isAbsolute()) {
            return Optional.of("it has no scheme; write it with http:// or https://");
        }
        String scheme = uri.getScheme();
        if (!scheme.equalsIgnoreCase("http") && !scheme.equalsIgnoreCase("https")) {
            return Optional.of("its scheme is " + Quote.of(scheme) + "; only http and https are allowed");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("it contains user info before the host, which is not allowed");
        }
        if (uri.getHost() == null) {
            return Optional.of("it has no host");
        }
        return Optional.empty();
    }
}
