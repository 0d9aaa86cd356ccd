package dev.versus.render;

import dev.versus.compare.Catalog;
import dev.versus.compare.Pair;
import dev.versus.plan.HostFiles;
import dev.versus.write.PreparedPage;
import java.util.stream.Stream;

/**
 * The two redirect maps, each written from the catalog's pair stream when it is rendered. Their
 * input key is a digest of the pairs, so an unchanged pair list is not written out again.
 */
final class RedirectFiles {
    private RedirectFiles() {
    }

    static PageRenderer<HostFiles.Redirects> netlify(Catalog catalog, HostUrls urls) {
        return new PageRenderer<>() {
            @Override
            public byte[] render(HostFiles.Redirects page) {
                return RedirectRules.netlify(catalog.pairs(), catalog.pairCount(), urls);
            }

            @Override
            public PreparedPage prepare(HostFiles.Redirects page) {
                return InputKeys.prepared(() -> key("_redirects", catalog.pairs()), () -> render(page));
            }
        };
    }

    static PageRenderer<HostFiles.NginxRedirects> nginx(Catalog catalog, HostUrls urls) {
        return new PageRenderer<>() {
            @Override
            public byte[] render(HostFiles.NginxRedirects page) {
                return RedirectRules.nginx(catalog.pairs(), catalog.pairCount(), urls);
            }

            @Override
            public PreparedPage prepare(HostFiles.NginxRedirects page) {
                return InputKeys.prepared(() -> key("nginx " + catalog.pairCount(), catalog.pairs()),
                        () -> render(page));
            }
        };
    }

    private static byte[] key(String label, Stream<Pair> pairs) {
        return InputKeys.of(label, pairs.map(pair -> pair.first().slug() + " " + pair.second().slug()));
    }
}
