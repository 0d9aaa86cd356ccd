package dev.versus.render;

import dev.versus.compare.Award;
import dev.versus.compare.Catalog;
import dev.versus.compare.CategoryPairs;
import dev.versus.compare.Share;
import dev.versus.model.Category;
import dev.versus.model.HistoryPoint;
import dev.versus.model.Provenance;
import dev.versus.model.SiteContent;
import dev.versus.model.Technology;
import dev.versus.model.TopSite;
import dev.versus.plan.Routes;
import dev.versus.text.LocaleFormats;
import dev.versus.text.RankingDescriptions;
import dev.versus.text.Wording;
import dev.versus.text.Words;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Builds the view of a technology page from the catalog. One instance serves a whole build. */
final class TechnologyViews {
    static final int TABLE_ROWS = 10;

    private final Catalog catalog;
    private final SiteContext site;
    private final SiteContent content;
    private final Wording wording;
    private final Provenance provenance;
    private final Standings standings;
    private final Words words;
    private final LocaleFormats formats;
    /** What a count counts, as messages select on it: "websites", "pages" or "domains". */
    private final String unit;

    TechnologyViews(Catalog catalog, SiteContext site, SiteContent content) {
        this.catalog = catalog;
        this.site = site;
        this.content = content;
        this.wording = Wording.of(catalog.snapshot(), site.words());
        this.provenance = catalog.snapshot().info().provenance();
        this.standings = new Standings(catalog, wording);
        this.words = site.words();
        this.formats = words.formats();
        this.unit = catalog.snapshot().info().unit().plural();
    }

    TechnologyView view(Technology technology) {
        String route = Routes.technology(technology.slug());
        String root = Routes.toRoot(route);
        Category main = catalog.category(technology.categories().get(0));
        List<TechnologyView.ComparisonGroup> comparisons = comparisons(technology, root);
        PageMeta meta = site.meta(route,
                words.t("technology.title", "technology", technology.name(), "category_singular", words.categorySingular(main.slug(), main.singular()),
                        "site", site.siteName()),
                description(technology, main, comparisons), false,
                List.of(new Link(categoryName(main), Routes.category(main.slug()))), technology.name());
        return new TechnologyView(
                meta,
                technology.name(),
                lede(technology),
                text(technology),
                facts(technology, root),
                new TechnologyView.Standings(standingRows(technology, root), Notes.modeled(provenance.total(), "notes.totals", words)),
                change(technology),
                countries(technology),
                awards(technology),
                siteKinds(technology),
                topSites(technology),
                comparisons);
    }

    /** "Django is detected on 67,300 pages. It ranks #2 of 5 in Web frameworks." */
    private String lede(Technology technology) {
        List<String> ranks = catalog.categoriesOf(technology.slug()).stream()
                .map(category -> standings.rankIn(technology, category))
                .toList();
        return words.t(technology.total() == 0 ? "technology.lede_not_detected" : "technology.lede",
                "technology", technology.name(), "count", technology.total(), "unit", unit,
                "ranks", formats.list(ranks));
    }

    private String description(Technology technology, Category main, List<TechnologyView.ComparisonGroup> groups) {
        Share share = catalog.marketShare(technology.slug(), main.slug());
        String key = technology.total() == 0 ? "technology.description_not_detected"
                : share == null ? "technology.description_no_share" : "technology.description";
        List<String> sentences = new ArrayList<>();
        sentences.add(words.t(key, "technology", technology.name(), "count", technology.total(), "unit", unit,
                "rank", standings.rankIn(technology, main), "share", share == null ? "" : formats.share(share.exact())));
        HistoryPoint latest = Standings.latest(technology);
        if (latest != null) {
            sentences.add(words.t("technology.description_change", "change", standings.change(technology, latest)));
        }
        long compared = groups.stream().mapToLong(group -> group.links().size()).sum();
        if (compared > 0) {
            sentences.add(words.t("technology.description_compared", "count", compared));
        }
        return RankingDescriptions.fit(sentences);
    }

    private String categoryName(Category category) {
        return words.categoryName(category.slug(), category.name());
    }

    /** "67,300 pages", "1 page": a count of what the snapshot counts. */
    private String units(long count) {
        return words.t("technology.units", "count", count, "unit", unit);
    }

    /** The editor's text when there is one, else the snapshot's own description. */
    private String text(Technology technology) {
        String editors = content.technologyTexts().get(technology.slug());
        if (editors != null) {
            return editors;
        }
        return technology.about() == null ? null : Markdown.toSafeHtml(technology.about());
    }

    private TechnologyView.Facts facts(Technology technology, String root) {
        List<Link> categories = catalog.categoriesOf(technology.slug()).stream()
                .map(category -> new Link(categoryName(category), root + Routes.category(category.slug())))
                .toList();
        String website = technology.website();
        return new TechnologyView.Facts(categories, technology.headquarters(), website,
                website == null ? null : SideViews.websiteLabel(website), SideViews.badges(technology, words),
                units(technology.total()));
    }

    private List<TechnologyView.Standing> standingRows(Technology technology, String root) {
        List<TechnologyView.Standing> rows = new ArrayList<>();
        for (Category category : catalog.categoriesOf(technology.slug())) {
            Share share = catalog.marketShare(technology.slug(), category.slug());
            rows.add(new TechnologyView.Standing(
                    new Link(categoryName(category), root + Routes.category(category.slug())),
                    words.t("technology.rank_of", "rank", catalog.rank(technology.slug(), category.slug()),
                            "of", catalog.ranking(category.slug()).size()),
                    share == null ? "—" : formats.share(share.exact()),
                    formats.count(catalog.categoryTotal(category.slug()))));
        }
        return rows;
    }

    private TechnologyView.ChangeSection change(Technology technology) {
        HistoryPoint latest = Standings.latest(technology);
        if (latest == null) {
            return null;
        }
        List<TechnologyView.HistoryRow> history = new ArrayList<>();
        for (HistoryPoint point : technology.usage().history()) {
            history.add(new TechnologyView.HistoryRow(formats.date(point.date()),
                    point.date().toString(), units(point.total())));
        }
        LocalDate now = catalog.snapshot().info().date();
        history.add(new TechnologyView.HistoryRow(formats.date(now), now.toString(),
                units(technology.total())));
        return new TechnologyView.ChangeSection(formats.date(latest.date()),
                standings.changeSentence(technology, latest, now),
                Notes.modeled(provenance.history(), "notes.history", words), history);
    }

    private TechnologyView.Breakdown countries(Technology technology) {
        List<Map.Entry<String, Long>> top = largest(technology.usage().byCountry());
        if (top.isEmpty()) {
            return null;
        }
        List<String> names = top.stream().limit(3).map(entry -> wording.countryNames().inSentence(entry.getKey())).toList();
        String sentence = words.t("technology.countries_sentence", "technology", technology.name(),
                "countries", formats.list(names));
        return breakdown(technology, "countries", sentence, Notes.modeled(provenance.byCountry(), "notes.countries", words),
                top, code -> wording.countryNames().name(code));
    }

    private TechnologyView.Breakdown siteKinds(Technology technology) {
        List<Map.Entry<String, Long>> top = largest(technology.usage().bySiteCategory());
        if (top.isEmpty()) {
            return null;
        }
        return breakdown(technology, "site_kinds", null, Notes.modeled(provenance.bySiteCategory(), "notes.site_kinds", words),
                top, slug -> words.siteKindName(slug, catalog.siteCategory(slug).name()));
    }

    /**
     * A table and chart of the technology's largest counts by country or kind of site.
     *
     * @param keys "countries" or "site_kinds": the part of the message keys naming the breakdown
     */
    private TechnologyView.Breakdown breakdown(Technology technology, String keys, String sentence, String note,
            List<Map.Entry<String, Long>> top, java.util.function.Function<String, String> names) {
        List<TechnologyView.Row> rows = new ArrayList<>();
        List<ShareCharts.Input> bars = new ArrayList<>();
        for (Map.Entry<String, Long> entry : top) {
            Share share = new Share(entry.getValue(), technology.total());
            String label = names.apply(entry.getKey());
            String shown = formats.share(share.exact());
            rows.add(new TechnologyView.Row(label, null, formats.count(entry.getValue()), shown));
            bars.add(new ShareCharts.Input(label, share.exact(), shown));
        }
        ShareChart chart = ShareCharts.layout(
                words.t("technology." + keys + "_chart_title", "technology", technology.name(), "unit", unit),
                words.t("technology." + keys + "_chart_description", "technology", technology.name(), "unit", unit,
                        "rows", rows.size()),
                bars, words.language().rightToLeft());
        return new TechnologyView.Breakdown(words.t("technology." + keys + "_heading"), sentence, note,
                words.t("technology." + keys + "_column"), rows, chart);
    }

    /** The ten keys with the largest counts above 0, ties by key. */
    private static List<Map.Entry<String, Long>> largest(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .filter(entry -> entry.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TABLE_ROWS)
                .toList();
    }

    private TechnologyView.Awards awards(Technology technology) {
        List<TechnologyView.AwardLine> lines = catalog.awards(technology.slug()).stream().map(this::awardLine).toList();
        return new TechnologyView.Awards(lines, Notes.modeled(provenance.byCountry(), "notes.awards", words));
    }

    private TechnologyView.AwardLine awardLine(Award award) {
        String tierName = words.t("technology.award_tier", "top", award.rank() <= 10 ? 10 : award.rank() <= 20 ? 20 : 30);
        return new TechnologyView.AwardLine(award.tier(), tierName, wording.award(award));
    }

    private TechnologyView.TopSites topSites(Technology technology) {
        if (technology.topSites().isEmpty()) {
            return null;
        }
        List<String> domains = technology.topSites().stream()
                .sorted(Comparator.comparingLong(TopSite::rank))
                .limit(TABLE_ROWS)
                .map(topSite -> words.t("technology.top_site", "domain", topSite.domain(), "rank", topSite.rank()))
                .toList();
        return new TechnologyView.TopSites(domains, Notes.modeled(provenance.topSites(), "notes.top_sites", words));
    }

    /**
     * For each of its categories, the comparisons listed there (a pair is listed under the
     * smallest category the two share, as category pages list it), the other's rank order.
     */
    private List<TechnologyView.ComparisonGroup> comparisons(Technology technology, String root) {
        List<TechnologyView.ComparisonGroup> groups = new ArrayList<>();
        for (Category category : catalog.categoriesOf(technology.slug())) {
            List<Link> links = new ArrayList<>();
            for (Technology other : catalog.ranking(category.slug())) {
                if (!other.slug().equals(technology.slug()) && CategoryPairs.listedHere(catalog, category.slug(), technology, other)) {
                    links.add(new Link(words.t("category.pair", "first", technology.name(), "second", other.name()),
                            root + Routes.comparison(technology, other)));
                }
            }
            if (!links.isEmpty()) {
                groups.add(new TechnologyView.ComparisonGroup(
                        new Link(categoryName(category), root + Routes.category(category.slug())),
                        words.t("technology.comparison_count", "count", links.size()),
                        links));
            }
        }
        return groups;
    }
}
