package dev.versus.render;

import dev.versus.compare.Catalog;
import dev.versus.compare.CategoryStanding;
import dev.versus.compare.Comparison;
import dev.versus.compare.Twin;
import dev.versus.model.Category;
import dev.versus.model.HistoryPoint;
import dev.versus.model.Provenance;
import dev.versus.model.Technology;
import dev.versus.plan.Routes;
import dev.versus.text.Words;
import dev.versus.text.Wording;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds the view of a comparison page from its figures. One instance serves a whole build. */
public final class ComparisonViews {
    private final Catalog catalog;
    private final SiteContext site;
    private final Words words;
    private final Wording wording;
    private final Provenance provenance;
    private final BreakdownViews breakdowns;
    private final ShareTexts shareTexts;
    private final SideViews sides;
    /**
     * Award lines by award: a technology's awards are the same on each of the comparisons it is
     * in, and formatting one (an ordinal, a country, a category) was a tenth of a build's CPU.
     * Bounded by the distinct (country, category, rank, count) awards of the snapshot.
     */
    private final java.util.Map<dev.versus.compare.Award, ComparisonView.AwardLine> awardLines =
            new java.util.concurrent.ConcurrentHashMap<>();
    /** Each technology's award lines by slug. */
    private final java.util.Map<String, List<ComparisonView.AwardLine>> awardLists =
            new java.util.concurrent.ConcurrentHashMap<>();
    /** A technology's top sites as written, by slug: the same on each of its comparisons. */
    private final java.util.Map<String, List<String>> topSiteLines = new java.util.concurrent.ConcurrentHashMap<>();
    /**
     * Links to a technology's comparisons with its rivals, by page root and both slugs: each is on
     * every comparison of that technology whose rivals it is among. Bounded by the technologies
     * times the rivals each page lists.
     */
    private final java.util.Map<String, Link> alternativeLinks = new java.util.concurrent.ConcurrentHashMap<>();

    public ComparisonViews(Catalog catalog, SiteContext site) {
        this.catalog = catalog;
        this.site = site;
        this.words = site.words();
        this.wording = Wording.of(catalog.snapshot(), words);
        this.provenance = catalog.snapshot().info().provenance();
        this.shareTexts = new ShareTexts(words.formats());
        this.breakdowns = new BreakdownViews(catalog, wording, shareTexts, site.builds(dev.versus.model.PageKind.COUNTRIES));
        this.sides = new SideViews(catalog, words);
    }

    public ComparisonView view(Comparison c) {
        Technology first = c.first();
        Technology second = c.second();
        String route = Routes.comparison(first, second);
        String root = Routes.toRoot(route);
        String heading = heading(first, second);
        Category mainCategory = c.sharedCategories().get(0).category();
        PageMeta meta = site.meta(route,
                words.t("comparison.title", "first", first.name(), "second", second.name(), "site", site.siteName()),
                wording.metaDescription(c), c.noindex(),
                List.of(new Link(categoryName(mainCategory), Routes.category(mainCategory.slug()))), heading);
        return new ComparisonView(
                meta,
                heading,
                summary(c),
                sides.side(first, c, root, true),
                sides.side(second, c, root, false),
                first.headquarters() != null || second.headquarters() != null,
                popularity(c, root),
                breakdowns.countries(c, provenance.byCountry().isModeled()),
                awards(c),
                breakdowns.siteKinds(c, provenance.bySiteCategory().isModeled()),
                topSites(first, second),
                change(c),
                new ComparisonView.Alternatives(
                        alternatives(first, c.firstAlternatives(), root),
                        alternatives(second, c.secondAlternatives(), root)),
                seeAlso(c, root),
                Twin.toJson(c, words.language().code()));
    }

    private static final String HEADING = "comparison.heading";

    /** "Django vs Flask", the page's heading and the text of links to it. */
    private String heading(Technology first, Technology second) {
        return words.t(HEADING, "first", first.name(), "second", second.name());
    }

    private String categoryName(Category category) {
        return words.categoryName(category.slug(), category.name());
    }

    private List<String> summary(Comparison c) {
        List<String> lines = new ArrayList<>();
        lines.add(wording.headline(c));
        addIfPresent(lines, wording.countryBullet(c.first(), c.second(), c.firstCountries()));
        addIfPresent(lines, wording.countryBullet(c.second(), c.first(), c.secondCountries()));
        return lines;
    }

    private static void addIfPresent(List<String> lines, String line) {
        if (line != null) {
            lines.add(line);
        }
    }

    private ComparisonView.Popularity popularity(Comparison c, String root) {
        List<ComparisonView.ShareRow> shares = new ArrayList<>();
        for (CategoryStanding standing : c.sharedCategories()) {
            Category category = standing.category();
            shares.add(new ComparisonView.ShareRow(
                    new Link(categoryName(category), root + Routes.category(category.slug())),
                    standing.firstShare() == null ? "—" : shareTexts.of(standing.firstShare()),
                    standing.secondShare() == null ? "—" : shareTexts.of(standing.secondShare())));
        }
        return new ComparisonView.Popularity(wording.popularity(c), Notes.modeled(provenance.total(), "notes.totals", words),
                wording.units(c.first().total()), wording.units(c.second().total()), shares);
    }

    private ComparisonView.Awards awards(Comparison c) {
        return new ComparisonView.Awards(awardLines(c.first(), c.firstAwards()), awardLines(c.second(), c.secondAwards()),
                Notes.modeled(provenance.byCountry(), "notes.awards", words));
    }

    /** A technology's award lines: its awards are its own (the catalog's), the same on each of its comparisons. */
    private List<ComparisonView.AwardLine> awardLines(Technology technology, List<dev.versus.compare.Award> awards) {
        Words.noteShown("awards.tier");
        Words.noteShown("awards.line");
        return Memo.get(awardLists, technology.slug(), slug -> awards.stream().map(this::awardLine).toList());
    }

    private ComparisonView.AwardLine awardLine(dev.versus.compare.Award award) {
        return Memo.get(awardLines, award, this::newAwardLine);
    }

    private ComparisonView.AwardLine newAwardLine(dev.versus.compare.Award award) {
        int limit = award.rank() <= 10 ? 10 : award.rank() <= 20 ? 20 : 30;
        String tierName = words.t("awards.tier", "limit", limit);
        return new ComparisonView.AwardLine(award.tier(), tierName, wording.award(award));
    }

    private ComparisonView.TopSites topSites(Technology first, Technology second) {
        if (first.topSites().isEmpty() && second.topSites().isEmpty()) {
            return null;
        }
        return new ComparisonView.TopSites(domains(first), domains(second),
                Notes.modeled(provenance.topSites(), "notes.top_sites", words));
    }

    private List<String> domains(Technology technology) {
        Words.noteShown(TOP_SITE);
        return Memo.get(topSiteLines, technology.slug(), slug -> newDomains(technology));
    }

    private static final String TOP_SITE = "comparison.top_site";

    private List<String> newDomains(Technology technology) {
        return technology.topSites().stream()
                .sorted(java.util.Comparator.comparingLong(dev.versus.model.TopSite::rank))
                .limit(10)
                .map(site -> words.t(TOP_SITE, "domain", site.domain(),
                        "rank", words.formats().count(site.rank())))
                .toList();
    }

    private ComparisonView.ChangeSection change(Comparison c) {
        if (c.change() == null) {
            return null;
        }
        // The heading gives the date once; the rows give only the change.
        return new ComparisonView.ChangeSection(words.formats().date(c.change().date()), baseline(c),
                wording.changeSinceHeading(c.change().first()),
                wording.changeSinceHeading(c.change().second()),
                Notes.modeled(provenance.history(), "notes.history", words));
    }

    /**
     * Which counts the change is measured from. A technology page measures from that
     * technology's own latest earlier count, which can be later than the latest date both share:
     * the sentence says so, so that the two pages' figures do not seem to disagree.
     */
    private String baseline(Comparison c) {
        LocalDate date = c.change().date();
        StringBuilder text = new StringBuilder(words.t("comparison.baseline", "date", words.formats().date(date)));
        for (Technology side : List.of(c.first(), c.second())) {
            HistoryPoint own = Standings.latest(side);
            if (own != null && !own.date().equals(date)) {
                text.append(' ').append(words.t("comparison.own_baseline", "name", side.name(),
                        "date", words.formats().date(own.date())));
            }
        }
        return text.toString();
    }

    private List<Link> alternatives(Technology technology, List<Technology> others, String root) {
        List<Link> links = new ArrayList<>(others.size());
        for (Technology other : others) {
            Words.noteShown(HEADING);
            links.add(Memo.get(alternativeLinks, root + technology.slug() + " " + other.slug(),
                    key -> new Link(heading(technology, other), root + Routes.comparison(technology, other))));
        }
        return links;
    }

    private List<Link> seeAlso(Comparison c, String root) {
        List<Link> links = new ArrayList<>();
        links.add(new Link(words.t("comparison.all_about", "name", c.first().name()), root + Routes.technology(c.first().slug())));
        links.add(new Link(words.t("comparison.all_about", "name", c.second().name()), root + Routes.technology(c.second().slug())));
        for (CategoryStanding standing : c.sharedCategories()) {
            Category category = standing.category();
            links.add(new Link(words.t("comparison.every_ranked", "category", words.categorySingular(category.slug(), category.singular())), root + Routes.category(category.slug())));
        }
        return links;
    }
}
