package dev.versus.render.host;

import dev.versus.plan.HostFiles;
import dev.versus.render.PageRenderer;
import dev.versus.render.PreparedPage;
import java.nio.charset.StandardCharsets;

/** sitemap.xml: an index naming each sitemap file, all last modified on the snapshot's date. */
public final class SitemapIndexFile implements PageRenderer<HostFiles.SitemapIndex> {
    private final HostUrls urls;
    private final String lastmod;

    public SitemapIndexFile(HostUrls urls, String lastmod) {
        this.urls = urls;
        this.lastmod = lastmod;
    }

    @Override
    public byte[] render(HostFiles.SitemapIndex page) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (HostFiles.Sitemap sitemap : page.sitemaps()) {
            xml.append("<sitemap><loc>").append(Xml.escape(urls.absolute(sitemap.route())))
                    .append("</loc><lastmod>").append(lastmod).append("</lastmod></sitemap>\n");
        }
        return xml.append("</sitemapindex>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public PreparedPage prepare(HostFiles.SitemapIndex page) {
        return ListKeys.prepared(() -> ListKeys.of("sitemap index " + lastmod,
                page.sitemaps().stream().map(HostFiles.Sitemap::route)), () -> render(page));
    }
}
