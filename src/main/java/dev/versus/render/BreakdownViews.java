package dev.versus.render;

import dev.versus.compare.Catalog;
import dev.versus.compare.Comparison;
import dev.versus.compare.CountryRow;
import dev.versus.compare.Share;
import dev.versus.compare.SiteCategoryRow;
import dev.versus.plan.Routes;
import dev.versus.text.Counts;
import dev.versus.text.Percentages;
import dev.versus.text.Wording;
import java.util.ArrayList;
import java.util.List;

/**
 * The by-country and by-kind-of-site sections of a comparison page. Charts plot each
 * technology's share of its own total, so that a technology used a hundred times less still
 * shows where its users are.
 */
final class BreakdownViews {
    private final Catalog catalog;
    private final Wording wording;
    private final String unit;

    /** Whether country pages are built, so that country rows can link to them. */
    private final boolean countryPages;

    BreakdownViews(Catalog catalog, Wording wording, boolean countryPages) {
        this.countryPages = countryPages;
        this.catalog = catalog;
        this.wording = wording;
        this.unit = catalog.snapshot().info().unit().plural();
    }

    ComparisonView.Breakdown countries(Comparison c, boolean modeled) {
        List<ComparisonView.BreakdownRow> rows = new ArrayList<>();
        List<BarCharts.Input> bars = new ArrayList<>();
        // Every country a row names has counts, so it has a country page.
        String root = Routes.toRoot(Routes.comparison(c.first(), c.second()));
        for (CountryRow row : c.countryRows()) {
            String name = wording.countryNames().name(row.code());
            String firstShare = Percentages.share(row.firstShare());
            String secondShare = Percentages.share(row.secondShare());
            rows.add(row(name, countryPages ? root + Routes.country(row.code()) : null, row.first(), firstShare, row.second(), secondShare));
            bars.add(new BarCharts.Input(name, row.firstShare(), firstShare, row.secondShare(), secondShare));
        }
        BarChart chart = BarCharts.layout("Share of each technology's " + unit + " by country",
                "Bars show the part of each technology's " + unit + " found in each of the ten countries "
                        + "where the two together count most; the table below gives the same figures.",
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
                "Bars show the part of each technology's " + unit + " on each of the ten kinds of site "
                        + "where the two together count most; the table below gives the same figures.",
                c.first().name(), c.second().name(), bars);
        return new ComparisonView.Breakdown("Popularity by kind of site", wording.siteCategories(c),
                modeled ? Notes.SITE_KINDS : null, "Kind of site", rows, chart);
    }

    private static ComparisonView.BreakdownRow row(String label, String href, long first, String firstShare,
            long second, String secondShare) {
        return new ComparisonView.BreakdownRow(label, href, Counts.format(first), firstShare, Counts.format(second),
                secondShare);
    }
}
