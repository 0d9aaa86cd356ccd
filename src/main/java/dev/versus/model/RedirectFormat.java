package dev.versus.model;

/** The redirect maps a site may ask for ({@code redirects} in versus.toml), each a file for one kind of host. */
public enum RedirectFormat {
    /** Netlify's and Cloudflare Pages' {@code _redirects}. */
    NETLIFY("netlify"),
    /** {@code redirects.nginx.conf}, to include in an nginx server block. */
    NGINX("nginx");

    private final String key;

    RedirectFormat(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The format of that name, or null. */
    public static RedirectFormat ofKey(String key) {
        for (RedirectFormat format : values()) {
            if (format.key.equals(key)) {
                return format;
            }
        }
        return null;
    }
}
