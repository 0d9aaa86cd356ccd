package dev.versus.render;

import dev.versus.compare.Catalog;
import dev.versus.model.ContentPage;
import dev.versus.model.Origin;
import dev.versus.model.Provenance;
import dev.versus.model.Settings;
import dev.versus.model.SnapshotInfo;
import dev.versus.plan.Routes;
import dev.versus.text.LocaleFormats;
import dev.versus.text.Words;
import java.util.List;

/** Builds the views of Markdown pages; the methodology layout also gets the snapshot's facts. */
final class ContentViews {
    private final Catalog catalog;
    private final SiteContext site;

    ContentViews(Catalog catalog, SiteContext site) {
        this.catalog = catalog;
        this.site = site;
    }

    ContentView view(ContentPage page) {
        String route = Routes.contentPage(page.slug());
        PageMeta meta = site.meta(route, page.title() + " | " + site.siteName(), page.description(), false,
                List.of(), page.title());
        if (!"methodology".equals(page.layout())) {
            return new ContentView(meta, page.title(), Markdown.toSafeHtml(page.body()), null, null);
        }
        String dataset = JsonLd.dataset(catalog.snapshot().info(), meta.canonical(),
                catalog.snapshot().technologies().size(), site.words());
        return new ContentView(meta, page.title(), Markdown.toSafeHtml(page.body()), dataFacts(), dataset);
    }

    private ContentView.DataFacts dataFacts() {
        SnapshotInfo info = catalog.snapshot().info();
        Settings settings = catalog.settings();
        Provenance p = info.provenance();
        Words words = site.words();
        LocaleFormats formats = words.formats();
        return new ContentView.DataFacts(
                info.title(),
                formats.date(info.date()),
                info.source(),
                words.t("methodology.unit_name", "unit", info.unit().plural()),
                List.of(
                        origin(words, "methodology.origin_totals", p.total()),
                        origin(words, "methodology.origin_by_country", p.byCountry()),
                        origin(words, "methodology.origin_by_site_kind", p.bySiteCategory()),
                        origin(words, "methodology.origin_history", p.history()),
                        origin(words, "methodology.origin_top_sites", p.topSites())),
                List.of(
                        words.t("methodology.threshold_country", "minimum", settings.minCountrySample()),
                        words.t("methodology.threshold_award", "minimum", settings.minAwardSample()),
                        words.t("methodology.threshold_pair", "minimum", settings.minPairSample())),
                info.notes() == null ? null : Markdown.toSafeHtml(info.notes()),
                formats.count(catalog.snapshot().technologies().size()),
                formats.count(catalog.snapshot().categories().size()),
                formats.count(catalog.pairCount()));
    }

    /** "Totals: measured": whether one kind of figure is measured or modeled. */
    private static String origin(Words words, String key, Origin origin) {
        return words.t(key, "origin", origin.isModeled() ? "modeled" : "measured");
    }

}
