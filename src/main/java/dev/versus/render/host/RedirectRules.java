package dev.versus.render.host;

import dev.versus.compare.Pair;
import dev.versus.plan.Routes;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The redirects from each comparison's other order ("compare/flask-vs-django/") to its page
 * ("compare/django-vs-flask/"), as host configuration. One rule per pair and form: no wildcard
 * or placeholder rule can say "swap the two slugs only when they are out of order", so the
 * files are as long as the pair list and are written pair by pair from the catalog's stream,
 * straight to the file.
 */
final class RedirectRules {
    private RedirectRules() {
    }

    /** A rule's source path and the path of the page it redirects to, both root-relative. */
    record Rule(String from, String to) {
    }

    /**
     * The rules for each pair: the other order with its trailing slash, then without, since a
     * host may be asked for either and only the first is a folder.
     */
    static Stream<Rule> of(Stream<Pair> pairs, HostUrls urls, boolean decoded) {
        String base = decoded ? urls.decodedPath() : urls.rawPath();
        return pairs.flatMap(pair -> {
            String one = pair.first().slug();
            String other = pair.second().slug();
            String page = urls.rawPath() + Routes.comparison(one, other);
            String from = base + Routes.comparisonOtherOrder(one, other);
            return Stream.of(new Rule(from, page), new Rule(from.substring(0, from.length() - 1), page));
        });
    }

    /** The Netlify and Cloudflare Pages form: "from to 301" per line, after a comment. */
    static void netlify(Supplier<Stream<Pair>> pairs, java.util.List<HostUrls> languages, Writer out)
            throws IOException {
        out.write("# Versus: a comparison asked for with its technologies in the other order answers 301\n"
                + "# with its page. Netlify and Cloudflare Pages read this file. Cloudflare Pages takes at\n"
                + "# most 2,000 static rules: a larger site needs nginx (redirects.nginx.conf) or another host.\n");
        for (HostUrls urls : languages) {
            for (Rule rule : (Iterable<Rule>) of(pairs.get(), urls, false)::iterator) {
                out.write(rule.from() + ' ' + rule.to() + " 301\n");
            }
        }
    }

    /**
     * The nginx form: a map from the request's normalized, decoded path ($uri) to the page's
     * path, for a one-line return in the server block. The map's hash must hold every rule, so
     * the file sizes it; nginx's defaults hold only a few thousand keys. The pairs are streamed
     * twice: once for the longest key, which sets the bucket size, then for the rules.
     */
    static void nginx(Supplier<Stream<Pair>> pairs, long languagePairCount, java.util.List<HostUrls> languages,
            Writer out) throws IOException {
        long pairCount = languagePairCount * languages.size();
        int longestKey = languages.stream().flatMap(urls -> of(pairs.get(), urls, true))
                .mapToInt(rule -> rule.from().getBytes(StandardCharsets.UTF_8).length).max().orElse(0);
        out.write("# Versus: a comparison asked for with its technologies in the other order answers 301\n"
                + "# with its page. Include this file in nginx's http block, then in the site's server block:\n"
                + "#     include /path/to/site/redirects.nginx.conf;   (in http)\n"
                + "#     if ($versus_redirect) { return 301 $versus_redirect; }   (in server)\n"
                + "# The map_hash_* lines size the map for its " + 2 * pairCount
                + " keys; remove them if the http block already sets these.\n");
        out.write("map_hash_max_size " + hashSize(2 * pairCount) + ";\n");
        out.write("map_hash_bucket_size " + bucketSize(longestKey) + ";\n");
        out.write("map $uri $versus_redirect {\n");
        out.write("    default \"\";\n");
        for (HostUrls urls : languages) {
            for (Rule rule : (Iterable<Rule>) of(pairs.get(), urls, true)::iterator) {
                out.write("    " + nginxString(rule.from(), false) + ' ' + nginxString(rule.to(), true) + ";\n");
            }
        }
        out.write("}\n");
    }

    /** A power of two at least twice the keys, so nginx finds a hash without many collisions. */
    static long hashSize(long keys) {
        long size = 2048;
        while (size < 2 * keys) {
            size *= 2;
        }
        return size;
    }

    /**
     * A bucket for 8 keys as long as the longest, in bytes: nginx stores each key with a pointer,
     * its length and padding to 8 bytes. With at most half as many keys as buckets (see
     * {@link #hashSize}), a bucket of a million gets 8 keys less than once in ten million.
     */
    static long bucketSize(int longestKey) {
        long entry = 8 + ((longestKey + 2 + 7) / 8) * 8;
        long size = 128;
        while (size < 8 * entry + 8) {
            size *= 2;
        }
        return size;
    }

    /**
     * A word of nginx configuration: bare when it is plain path characters, else double-quoted
     * with its quotes and backslashes escaped. In a map value "$" would start a variable, so there
     * it is percent-encoded (the value is a URL path, where %24 means the same).
     */
    static String nginxString(String path, boolean value) {
        String text = value ? path.replace("$", "%24") : path;
        if (text.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || "/._~%-".indexOf(c) >= 0))) {
            return text;
        }
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
