package dev.versus.render;

import dev.versus.compare.Catalog;
import dev.versus.compare.Comparison;
import dev.versus.compare.CountryRankings;
import dev.versus.compare.CountryRow;
import dev.versus.compare.Share;
import dev.versus.compare.SiteCategoryRow;
import dev.versus.plan.Routes;
import dev.versus.text.Counts;
import dev.versus.text.Percentages;
import dev.versus.text.Plural;
import dev.versus.text.Wording;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The by-country and by-kind-of-site sections of a comparison page. Charts plot each
 * technology's share of its own total, so that a technology used a hundred times less still
 * shows where its users are; the sentence above each chart speaks of the same shares.
 */
final class BreakdownViews {
    private final Catalog catalog;
    private final Wording wording;
    private final String unit;
    /**
     * Countries whose page is built and ranks something, so that a row can link to it; the other
     * countries' pages are noindex and not linked, and none is built when the site leaves them out.
     */
    private final Set<String> countriesWithPages;

    BreakdownViews(Catalog catalog, Wording wording, boolean countryPages) {
        this.catalog = catalog;
        this.wording = wording;
        this.unit = catalog.snapshot().info().unit().plural();
        this.countriesWithPages = countryPages ? catalog.countriesWithRanking() : Set.of();
    }

    ComparisonView.Breakdown countries(Comparison c, boolean modeled) {
        List<ComparisonView.BreakdownRow> rows = new ArrayList<>();
        List<BarCharts.Input> bars = new ArrayList<>();
        String root = Routes.toRoot(Routes.comparison(c.first(), c.second()));
        for (CountryRow row : c.countryRows()) {
            String name = wording.countryNames().name(row.code());
            String firstShare = Percentages.share(row.firstShare());
            String secondShare = Percentages.share(row.secondShare());
            String href = countriesWithPages.contains(row.code()) ? root + Routes.country(row.code()) : null;
            rows.add(row(name, href, row.first(), firstShare, row.second(), secondShare));
            bars.add(new BarCharts.Input(name, row.firstShare(), firstShare, row.secondShare(), secondShare));
        }
        BarChart chart = BarCharts.layout("Share of each technology's " + unit + " by country",
                description("found in", rows.size(), "country", "countries"),
                c.first().name(), c.second().name(), bars);
        return new ComparisonView.Breakdown("Popularity by country", wording.countries(c),
                modeled ? Notes.COUNTRIES : null, "Country", rows, chart);
    }

    ComparisonView.Breakdown siteKinds(Comparison c, boolean modeled) {
        List<ComparisonView.BreakdownRow> rows = new ArrayList<>();
        List<BarCharts.Input> bars = new ArrayList<>();
        for (SiteCategoryRow row : c.siteCategoryRows()) {
            String name = catalog.siteCategory(row.slug()).name();
            String firstShare = Percentages.share(row.firstShare());
            String secondShare = Percentages.share(row.secondShare());
            rows.add(row(name, null, row.first(), firstShare, row.second(), secondShare));
            bars.add(new BarCharts.Input(name, row.firstShare(), firstShare, row.secondShare(), secondShare));
        }
        BarChart chart = BarCharts.layout("Share of each technology's " + unit + " by kind of site",
                description("on", rows.size(), "kind of site", "kinds of site"),
                c.first().name(), c.second().name(), bars);
        return new ComparisonView.Breakdown("Popularity by kind of site", wording.siteCategories(c),
                modeled ? Notes.SITE_KINDS : null, "Kind of site", rows, chart);
    }

    /**
     * What the chart draws, counting its rows: "... found in each of the 6 countries where the two
     * together count most", or "... in the one country where either is counted".
     */
    String description(String preposition, int drawn, String singular, String plural) {
        String where = drawn == 1 ? "the one " + singular + " where either is counted"
                : "each of the " + Plural.count(drawn, singular, plural) + " where the two together count most";
        return "Bars show the part of each technology's " + unit + " " + preposition + " " + where
                + "; the table below gives the same figures.";
    }

    private static ComparisonView.BreakdownRow row(String label, String href, long first, String firstShare,
            long second, String secondShare) {
        return new ComparisonView.BreakdownRow(label, href, Counts.format(first), firstShare, Counts.format(second),
                secondShare);
    }
}
