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
import dev.versus.text.Counts;
import dev.versus.text.Dates;
import dev.versus.text.Percentages;
import dev.versus.text.Wording;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds the view of a comparison page from its figures. One instance serves a whole build. */
public final class ComparisonViews {
    private final Catalog catalog;
    private final SiteContext site;
    private final Wording wording;
    private final Provenance provenance;
    private final BreakdownViews breakdowns;
    private final SideViews sides;

    public ComparisonViews(Catalog catalog, SiteContext site) {
        this.catalog = catalog;
        this.site = site;
        this.wording = Wording.of(catalog.snapshot());
        this.provenance = catalog.snapshot().info().provenance();
        this.breakdowns = new BreakdownViews(catalog, wording, site.builds(dev.versus.model.PageKind.COUNTRIES));
        this.sides = new SideViews(catalog);
    }

    public ComparisonView view(Comparison c) {
        Technology first = c.first();
        Technology second = c.second();
        String route = Routes.comparison(first, second);
        String root = Routes.toRoot(route);
        String heading = first.name() + " vs " + second.name();
        Category mainCategory = c.sharedCategories().get(0).category();
        PageMeta meta = site.meta(route, heading + " — usage compared | " + site.siteName(),
                wording.metaDescription(c), c.noindex(),
                List.of(new Link(mainCategory.name(), Routes.category(mainCategory.slug()))), heading);
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
                Twin.toJson(c, catalog));
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
                    new Link(category.name(), root + Routes.category(category.slug())),
                    standing.firstShare() == null ? "—" : Percentages.share(standing.firstShare()),
                    standing.secondShare() == null ? "—" : Percentages.share(standing.secondShare())));
        }
        return new ComparisonView.Popularity(wording.popularity(c), Notes.modeled(provenance.total(), Notes.TOTALS),
                wording.units(c.first().total()), wording.units(c.second().total()), shares);
    }

    private ComparisonView.Awards awards(Comparison c) {
        return new ComparisonView.Awards(
                c.firstAwards().stream().map(this::awardLine).toList(),
                c.secondAwards().stream().map(this::awardLine).toList(),
                Notes.modeled(provenance.byCountry(), Notes.AWARDS));
    }

    private ComparisonView.AwardLine awardLine(dev.versus.compare.Award award) {
        String tierName = award.rank() <= 10 ? "Top 10" : award.rank() <= 20 ? "Top 20" : "Top 30";
        return new ComparisonView.AwardLine(award.tier(), tierName, wording.award(award));
    }

    private ComparisonView.TopSites topSites(Technology first, Technology second) {
        if (first.topSites().isEmpty() && second.topSites().isEmpty()) {
            return null;
        }
        return new ComparisonView.TopSites(domains(first), domains(second),
                Notes.modeled(provenance.topSites(), Notes.TOP_SITES));
    }

    private static List<String> domains(Technology technology) {
        return technology.topSites().stream()
                .sorted(java.util.Comparator.comparingLong(dev.versus.model.TopSite::rank))
                .limit(10)
                .map(site -> site.domain() + " (#" + Counts.format(site.rank()) + ")")
                .toList();
    }

    private ComparisonView.ChangeSection change(Comparison c) {
        if (c.change() == null) {
            return null;
        }
        // The heading gives the date once; the rows give only the change.
        return new ComparisonView.ChangeSection(Dates.format(c.change().date()), baseline(c),
                wording.changeSinceHeading(c.change().first()),
                wording.changeSinceHeading(c.change().second()),
                Notes.modeled(provenance.history(), Notes.HISTORY));
    }

    /**
     * Which counts the change is measured from. A technology page measures from that
     * technology's own latest earlier count, which can be later than the latest date both share:
     * the sentence says so, so that the two pages' figures do not seem to disagree.
     */
    private static String baseline(Comparison c) {
        LocalDate date = c.change().date();
        StringBuilder text = new StringBuilder("Both are measured from their counts on " + Dates.format(date)
                + ", the latest earlier date with a count of each.");
        for (Technology side : List.of(c.first(), c.second())) {
            HistoryPoint own = Standings.latest(side);
            if (own != null && !own.date().equals(date)) {
                text.append(' ').append(side.name()).append("'s own page measures from ")
                        .append(Dates.format(own.date())).append(", its latest earlier count.");
            }
        }
        return text.toString();
    }

    private static List<Link> alternatives(Technology technology, List<Technology> others, String root) {
        return others.stream()
                .map(other -> new Link(technology.name() + " vs " + other.name(),
                        root + Routes.comparison(technology, other)))
                .toList();
    }

    private List<Link> seeAlso(Comparison c, String root) {
        List<Link> links = new ArrayList<>();
        links.add(new Link("All about " + c.first().name(), root + Routes.technology(c.first().slug())));
        links.add(new Link("All about " + c.second().name(), root + Routes.technology(c.second().slug())));
        for (CategoryStanding standing : c.sharedCategories()) {
            Category category = standing.category();
            links.add(new Link("Every " + category.singular() + " ranked", root + Routes.category(category.slug())));
        }
        return links;
    }
}
