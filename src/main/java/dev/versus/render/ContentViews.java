package dev.versus.render;

import dev.versus.compare.Catalog;
import dev.versus.model.ContentPage;
import dev.versus.model.Origin;
import dev.versus.model.Provenance;
import dev.versus.model.Settings;
import dev.versus.model.SnapshotInfo;
import dev.versus.plan.Routes;
import dev.versus.text.Counts;
import dev.versus.text.Dates;
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
                catalog.snapshot().technologies().size());
        return new ContentView(meta, page.title(), Markdown.toSafeHtml(page.body()), dataFacts(), dataset);
    }

    private ContentView.DataFacts dataFacts() {
        SnapshotInfo info = catalog.snapshot().info();
        Settings settings = catalog.settings();
        Provenance p = info.provenance();
        return new ContentView.DataFacts(
                info.title(),
                Dates.format(info.date()),
                info.source(),
                info.unit().plural(),
                List.of(
                        "Totals: " + word(p.total()),
                        "By country: " + word(p.byCountry()),
                        "By kind of site: " + word(p.bySiteCategory()),
                        "Earlier totals: " + word(p.history()),
                        "Top sites: " + word(p.topSites())),
                List.of(
                        "A country counts towards a comparison when the two technologies together count at least "
                                + Counts.format(settings.minCountrySample()) + " there.",
                        "Awards are given in a country only when the category's technologies together count at least "
                                + Counts.format(settings.minAwardSample()) + " there.",
                        "A comparison is kept out of search engines when the less used technology counts fewer than "
                                + Counts.format(settings.minPairSample()) + "."),
                info.notes() == null ? null : Markdown.toSafeHtml(info.notes()),
                Counts.format(catalog.snapshot().technologies().size()),
                Counts.format(catalog.snapshot().categories().size()),
                Counts.format(catalog.pairCount()));
    }

    private static String word(Origin origin) {
        return origin.isModeled() ? "modeled" : "measured";
    }

}
