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
import dev.versus.text.Counts;
import dev.versus.text.Plural;
import dev.versus.text.Dates;
import dev.versus.text.EnglishLists;
import dev.versus.text.Percentages;
import dev.versus.text.RankingDescriptions;
import dev.versus.text.Wording;
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

    TechnologyViews(Catalog catalog, SiteContext site, SiteContent content) {
        this.catalog = catalog;
        this.site = site;
        this.content = content;
        this.wording = Wording.of(catalog.snapshot(), site.words());
        this.provenance = catalog.snapshot().info().provenance();
        this.standings = new Standings(catalog, wording);
    }

    TechnologyView view(Technology technology) {
        String route = Routes.technology(technology.slug());
        String root = Routes.toRoot(route);
        Category main = catalog.category(technology.categories().get(0));
        List<TechnologyView.ComparisonGroup> comparisons = comparisons(technology, root);
        PageMeta meta = site.meta(route,
                technology.name() + " — " + main.singular() + " usage and market share | " + site.siteName(),
                description(technology, main, comparisons), false,
                List.of(new Link(main.name(), Routes.category(main.slug()))), technology.name());
        return new TechnologyView(
                meta,
                technology.name(),
                lede(technology),
                text(technology),
                facts(technology, root),
                new TechnologyView.Standings(standingRows(technology, root), Notes.modeled(provenance.total(), Notes.TOTALS)),
                change(technology),
                countries(technology),
                awards(technology),
                siteKinds(technology),
                topSites(technology),
                comparisons);
    }

    /** "Django is detected on 67,300 pages. It ranks #2 of 5 in Web frameworks." */
    private String lede(Technology technology) {
        String detected = technology.total() == 0 ? notDetected(technology) + "."
                : technology.name() + " is " + wording.detectedOn(technology.total()) + ".";
        List<String> ranks = catalog.categoriesOf(technology.slug()).stream()
                .map(category -> standings.rankIn(technology, category))
                .toList();
        return detected + " It ranks " + EnglishLists.join(ranks) + ".";
    }

    private String notDetected(Technology technology) {
        return technology.name() + " was not detected on any " + catalog.snapshot().info().unit().plural();
    }

    private String description(Technology technology, Category main, List<TechnologyView.ComparisonGroup> groups) {
        Share share = catalog.marketShare(technology.slug(), main.slug());
        String first = technology.total() == 0
                ? notDetected(technology) + "; it is listed " + standings.rankIn(technology, main) + "."
                : technology.name() + " is " + wording.detectedOn(technology.total()) + ", "
                        + standings.rankIn(technology, main)
                        + (share == null ? "" : " with a " + Percentages.share(share) + " market share") + ".";
        List<String> sentences = new ArrayList<>();
        sentences.add(first);
        HistoryPoint latest = Standings.latest(technology);
        if (latest != null) {
            sentences.add("Change: " + standings.change(technology, latest) + ".");
        }
        long compared = groups.stream().mapToLong(group -> group.links().size()).sum();
        if (compared > 0) {
            sentences.add("Compared with " + Counts.format(compared) + " other "
                    + Plural.noun(compared, "technology", "technologies") + ".");
        }
        return RankingDescriptions.fit(sentences);
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
                .map(category -> new Link(category.name(), root + Routes.category(category.slug())))
                .toList();
        String website = technology.website();
        return new TechnologyView.Facts(categories, technology.headquarters(), website,
                website == null ? null : SideViews.websiteLabel(website), SideViews.badges(technology),
                wording.units(technology.total()));
    }

    private List<TechnologyView.Standing> standingRows(Technology technology, String root) {
        List<TechnologyView.Standing> rows = new ArrayList<>();
        for (Category category : catalog.categoriesOf(technology.slug())) {
            Share share = catalog.marketShare(technology.slug(), category.slug());
            rows.add(new TechnologyView.Standing(
                    new Link(category.name(), root + Routes.category(category.slug())),
                    "#" + Counts.format(catalog.rank(technology.slug(), category.slug())) + " of "
                            + Counts.format(catalog.ranking(category.slug()).size()),
                    share == null ? "—" : Percentages.share(share),
                    Counts.format(catalog.categoryTotal(category.slug()))));
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
            history.add(new TechnologyView.HistoryRow(Dates.format(point.date()),
                    point.date().toString(), wording.units(point.total())));
        }
        LocalDate now = catalog.snapshot().info().date();
        history.add(new TechnologyView.HistoryRow(Dates.format(now), now.toString(),
                wording.units(technology.total())));
        return new TechnologyView.ChangeSection(Dates.format(latest.date()),
                standings.changeSentence(technology, latest, now),
                Notes.modeled(provenance.history(), Notes.HISTORY), history);
    }

    private TechnologyView.Breakdown countries(Technology technology) {
        List<Map.Entry<String, Long>> top = largest(technology.usage().byCountry());
        if (top.isEmpty()) {
            return null;
        }
        List<String> names = top.stream().limit(3).map(entry -> wording.countryNames().inSentence(entry.getKey()))
                .toList();
        String sentence = technology.name() + " is detected most in " + EnglishLists.join(names) + ".";
        return breakdown(technology, "Popularity by country", sentence,
                Notes.modeled(provenance.byCountry(), Notes.COUNTRIES), "Country", "country", "countries", top,
                code -> wording.countryNames().name(code));
    }

    private TechnologyView.Breakdown siteKinds(Technology technology) {
        List<Map.Entry<String, Long>> top = largest(technology.usage().bySiteCategory());
        if (top.isEmpty()) {
            return null;
        }
        return breakdown(technology, "Popularity by kind of site", null,
                Notes.modeled(provenance.bySiteCategory(), Notes.SITE_KINDS), "Kind of site", "kind of site", "kinds of site",
                top,
                slug -> catalog.siteCategory(slug).name());
    }

    private TechnologyView.Breakdown breakdown(Technology technology, String heading, String sentence, String note,
            String columnName, String per, String perPlural, List<Map.Entry<String, Long>> top,
            java.util.function.Function<String, String> names) {
        String unit = catalog.snapshot().info().unit().plural();
        List<TechnologyView.Row> rows = new ArrayList<>();
        List<ShareCharts.Input> bars = new ArrayList<>();
        for (Map.Entry<String, Long> entry : top) {
            Share share = new Share(entry.getValue(), technology.total());
            String label = names.apply(entry.getKey());
            rows.add(new TechnologyView.Row(label, null, Counts.format(entry.getValue()), Percentages.share(share)));
            bars.add(new ShareCharts.Input(label, share.exact(), Percentages.share(share)));
        }
        ShareChart chart = ShareCharts.layout("Share of " + technology.name() + "'s " + unit + " by " + per,
                "Bars show the part of " + technology.name() + "'s " + unit + " in each of the " + rows.size() + " "
                        + (rows.size() == 1 ? per : perPlural) + " where it counts most; the table below gives the same"
                        + " figures.", bars);
        return new TechnologyView.Breakdown(heading, sentence, note, columnName, rows, chart);
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
        return new TechnologyView.Awards(lines, Notes.modeled(provenance.byCountry(), Notes.AWARDS));
    }

    private TechnologyView.AwardLine awardLine(Award award) {
        String tierName = award.rank() <= 10 ? "Top 10" : award.rank() <= 20 ? "Top 20" : "Top 30";
        return new TechnologyView.AwardLine(award.tier(), tierName, wording.award(award));
    }

    private TechnologyView.TopSites topSites(Technology technology) {
        if (technology.topSites().isEmpty()) {
            return null;
        }
        List<String> domains = technology.topSites().stream()
                .sorted(Comparator.comparingLong(TopSite::rank))
                .limit(TABLE_ROWS)
                .map(topSite -> topSite.domain() + " (#" + Counts.format(topSite.rank()) + ")")
                .toList();
        return new TechnologyView.TopSites(domains, Notes.modeled(provenance.topSites(), Notes.TOP_SITES));
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
                    links.add(new Link(technology.name() + " vs " + other.name(),
                            root + Routes.comparison(technology, other)));
                }
            }
            if (!links.isEmpty()) {
                groups.add(new TechnologyView.ComparisonGroup(
                        new Link(category.name(), root + Routes.category(category.slug())),
                        Plural.count(links.size(), "comparison", "comparisons"),
                        links));
            }
        }
        return groups;
    }
}
