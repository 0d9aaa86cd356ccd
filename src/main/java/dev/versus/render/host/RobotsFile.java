package dev.versus.render.host;

import dev.versus.plan.HostFiles;
import dev.versus.render.PageRenderer;
import dev.versus.render.PreparedPage;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

/**
 * robots.txt: every page may be crawled (thin pages say noindex themselves, which a crawler can
 * only read if it may fetch them); the build's manifest is not for crawlers; the sitemap index
 * is named by its absolute URL, as the protocol requires.
 */
public final class RobotsFile implements PageRenderer<HostFiles.Robots> {
    private final HostUrls urls;

    public RobotsFile(HostUrls urls) {
        this.urls = urls;
    }

    @Override
    public byte[] render(HostFiles.Robots page) {
        StringBuilder text = new StringBuilder()
                .append("User-agent: *\n")
                .append("Disallow: ").append(urls.path(".versus/")).append('\n');
        if (page.namesSitemap()) {
            text.append('\n').append("Sitemap: ").append(urls.absolute("sitemap.xml")).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public PreparedPage prepare(HostFiles.Robots page) {
        return ListKeys.prepared(() -> ListKeys.of("robots.txt " + page.namesSitemap(), Stream.empty()),
                () -> render(page));
    }
}
