package dev.versus.render.host;

import dev.versus.compare.Catalog;
import dev.versus.compare.Pair;
import dev.versus.plan.HostFiles;
import dev.versus.render.PageRenderer;
import dev.versus.render.PreparedPage;
import dev.versus.render.StreamedPage;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

/**
 * The two redirect maps, each written from the catalog's pair stream straight to its file: with
 * a line per pair and order they outgrow memory on large sites. Their input key is a digest of
 * the pairs, so an unchanged pair list is not written out again.
 */
public final class RedirectFiles {
    private RedirectFiles() {
    }

    /** How a map is written to a Writer. */
    private interface Rules {
        void write(Writer out) throws IOException;
    }

    /** @param urls each language's base: the site's, then "de/" under it and so on */
    public static PageRenderer<HostFiles.Redirects> netlify(Catalog catalog, java.util.List<HostUrls> urls) {
        return new PageRenderer<>() {
            @Override
            public byte[] render(HostFiles.Redirects page) {
                return prepare(page).render();
            }

            @Override
            public PreparedPage prepare(HostFiles.Redirects page) {
                return streamed(key("_redirects" + folders(urls), catalog.pairs()),
                        out -> RedirectRules.netlify(catalog::pairs, urls, out));
            }
        };
    }

    public static PageRenderer<HostFiles.NginxRedirects> nginx(Catalog catalog, java.util.List<HostUrls> urls) {
        return new PageRenderer<>() {
            @Override
            public byte[] render(HostFiles.NginxRedirects page) {
                return prepare(page).render();
            }

            @Override
            public PreparedPage prepare(HostFiles.NginxRedirects page) {
                return streamed(key("nginx" + folders(urls), catalog.pairs()),
                        out -> RedirectRules.nginx(catalog::pairs, catalog.pairCount(), urls, out));
            }
        };
    }

    /** The languages' bases beyond the first, which the key covers: none for a single-language site. */
    private static String folders(java.util.List<HostUrls> urls) {
        return urls.size() == 1 ? "" : urls.subList(1, urls.size()).toString();
    }

    private static StreamedPage streamed(byte[] key, Rules rules) {
        return new StreamedPage() {
            @Override
            public byte[] inputKey() {
                return key;
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
                rules.write(writer);
                writer.flush();
            }
        };
    }

    private static byte[] key(String label, Stream<Pair> pairs) {
        return ListKeys.of(label, pairs.map(pair -> pair.first().slug() + " " + pair.second().slug()));
    }
}
