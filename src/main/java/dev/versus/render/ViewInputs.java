package dev.versus.render;

import dev.versus.compare.Memo;
import dev.versus.hash.Sha256;
import dev.versus.model.SiteContent;
import dev.versus.plan.Page;
import dev.versus.render.keys.InputKeys;
import dev.versus.render.keys.SnapshotInputs;
import java.security.MessageDigest;
import java.util.List;
import java.util.TreeSet;

/**
 * Input keys of technology and category pages from what their views are made of, so that a
 * rebuild decides whether such a page can change without building its view (ICU formatting of
 * every figure, which made these pages most of the cost of a rebuild that changed nothing).
 *
 * <p>A key digests: the snapshot's part ({@link SnapshotInputs}); the language's site context
 * without its words (site name, URLs, dates, links, page kinds, languages, footer), which every
 * page shows; the catalog's settings, which decide awards; the page's own route and paging; and
 * the editor's text of the technology or category. {@link RenderContext#keyWithWords} adds the
 * messages the page's kind shows. ViewInputsTest changes each of these one at a time and checks
 * that the key changes exactly when the page's bytes do.
 */
final class ViewInputs {
    private final Memo<SnapshotInputs> snapshot;
    private final SiteContent content;
    /** The site context and settings, digested once per language. */
    private final byte[] site;

    /** @param snapshot the snapshot's keys, shared by every language of the build */
    ViewInputs(RenderContext context, Memo<SnapshotInputs> snapshot) {
        this.snapshot = snapshot;
        this.content = context.content();
        this.site = InputKeys.of(siteOf(context));
    }

    byte[] technology(Page.Technology page) {
        String slug = page.technology().slug();
        return digest(snapshot.get().keyOfTechnology(page.technology()), page.route(), "",
                content.technologyTexts().get(slug));
    }

    byte[] category(Page.Category page) {
        return categoryPage(page.category().slug(), page.route(), page.paging(), 1);
    }

    byte[] categoryComparisons(Page.CategoryComparisons page) {
        return categoryPage(page.category().slug(), page.route(), page.paging(), page.number());
    }

    private byte[] categoryPage(String category, String route, dev.versus.plan.Paging paging, int number) {
        return digest(snapshot.get().keyOfCategory(category), route,
                paging.items() + "/" + paging.perPage() + "/" + number, content.categoryTexts().get(category));
    }

    private byte[] digest(byte[] snapshotPart, String route, String placing, String editorsText) {
        MessageDigest sha = Sha256.newDigest();
        sha.update(site);
        sha.update(snapshotPart);
        sha.update(InputKeys.of(new PagePart(route, placing, editorsText)));
        return sha.digest();
    }

    /** What a page adds to the snapshot's part: where it is, and the editor's text it shows if any. */
    private record PagePart(String route, String placing, String editorsText) {
    }

    /**
     * The site context without its words (their messages are {@link RenderContext#keyWithWords}'s
     * part, their formats follow the language's code), with the page kinds and languages in a
     * fixed order: a set's iteration order may differ between runs, and the key must not.
     */
    private static SitePart siteOf(RenderContext context) {
        SiteContext site = context.site();
        return new SitePart(site.siteName(), String.valueOf(site.baseUrl()), site.dataDate(), site.dataSource(),
                site.isoDate(), site.tagline(), site.nav(), site.footer(),
                new TreeSet<>(site.pages().stream().map(Enum::name).toList()).stream().toList(),
                site.languages().stream().map(language -> language.code()).toList(), site.words().language().code(),
                site.footerData(), context.catalog().settings());
    }

    private record SitePart(String siteName, String baseUrl, String dataDate, String dataSource, String isoDate,
            String tagline, List<Link> nav, List<Link> footer, List<String> pages, List<String> languages,
            String language, String footerData, Object settings) {
    }
}
