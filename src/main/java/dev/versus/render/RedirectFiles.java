package dev.versus.render;

import dev.versus.compare.Catalog;
import dev.versus.plan.HostFiles;

/** The two redirect maps, each written from the catalog's pair stream when it is rendered. */
final class RedirectFiles {
    private RedirectFiles() {
    }

    static PageRenderer<HostFiles.Redirects> netlify(Catalog catalog, HostUrls urls) {
        return page -> RedirectRules.netlify(catalog.pairs(), catalog.pairCount(), urls);
    }

    static PageRenderer<HostFiles.NginxRedirects> nginx(Catalog catalog, HostUrls urls) {
        return page -> RedirectRules.nginx(catalog.pairs(), catalog.pairCount(), urls);
    }
}
