package dev.versus.render.host;

import dev.versus.plan.HostFiles;
import dev.versus.render.PageRenderer;
import dev.versus.render.PreparedPage;
import dev.versus.render.freemarker.RenderException;
import java.nio.charset.StandardCharsets;

/**
 * One sitemap file: its share of the indexable pages' URLs, each with the snapshot's date as its
 * last modification, since every page shows the snapshot's figures. The routes are streamed from
 * the plan, so only this file's text is held.
 */
public final class SitemapFile implements PageRenderer<HostFiles.Sitemap> {
    /** The sitemaps protocol's limit on one file, uncompressed. */
    static final long MAX_BYTES = 50L * 1024 * 1024;
    /** The longest URL the sitemaps schema allows in a loc element. */
    static final int MAX_URL_LENGTH = 2048;

    static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
    static final String FOOTER = "</urlset>\n";

    private final HostUrls urls;
    private final String lastmod;

    public SitemapFile(HostUrls urls, String lastmod) {
        this.urls = urls;
        this.lastmod = lastmod;
    }

    @Override
    public byte[] render(HostFiles.Sitemap page) {
        StringBuilder xml = new StringBuilder((int) Math.min(MAX_BYTES, 128 + 120 * page.count())).append(HEADER);
        page.pageRoutes().forEach(route -> {
            String url = urls.absolute(route);
            if (url.length() > MAX_URL_LENGTH) {
                throw new RenderException("the URL of " + route + " is " + url.length()
                        + " characters long; a sitemap allows at most " + MAX_URL_LENGTH + ": use a shorter --base-url", null);
            }
            xml.append("<url><loc>").append(Xml.escape(url)).append("</loc><lastmod>").append(lastmod)
                    .append("</lastmod></url>\n");
        });
        byte[] bytes = xml.append(FOOTER).toString().getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_BYTES) {
            throw new RenderException(page.route() + " would be " + bytes.length
                    + " bytes; a sitemap may have at most 50 MB: use a shorter --base-url", null);
        }
        return bytes;
    }

    /** The key streams the file's routes once more: cheaper than rendering, and nothing is written. */
    @Override
    public PreparedPage prepare(HostFiles.Sitemap page) {
        return ListKeys.prepared(() -> ListKeys.of("sitemap " + lastmod, page.pageRoutes()), () -> render(page));
    }
}
