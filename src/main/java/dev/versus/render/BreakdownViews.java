package dev.versus.render;

import dev.versus.compare.Catalog;
import dev.versus.compare.Comparison;
import dev.versus.compare.CountryRankings;
import dev.versus.compare.CountryRow;
import dev.versus.compare.Share;
import dev.versus.compare.SiteCategoryRow;
import dev.versus.plan.Routes;
import dev.versus.text.Wording;
import dev.versus.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The by-country and by-kind-of-site sections of a comparison page. Charts plot each
 * technology's share of its own total, so that a technology used a hundred times less still
 * shows where its users are; the sentence above each chart speaks of the same shares.
 */
final class BreakdownViews {
    /** Chart descriptions by message and row count: a few dozen texts, worded on every comparison. */
    private final java.util.Map<String, String> descriptions = new java.util.concurrent.ConcurrentHashMap<>();
    private final Catalog catalog;
    private final Wording wording;
    private final Words words;
    private final String unit;
    /**
     * Countries whose page is built and ranks something, so that a row can link to it; the other
     * countries' pages are noindex and not linked, and none is built when the site leaves them out.
     */
    private final Set<String> countriesWithPages;

    BreakdownViews(Catalog catalog, Wording wording, boolean countryPages) {
        this.catalog = catalog;
        this.wording = wording;
        this.words = wording.words();
        this.unit = words.t("units.plural", "unit", catalog.snapshot().info().unit().plural());
        this.countriesWithPages = countryPages ? catalog.countriesWithRanking() : Set.of();
    }

    ComparisonView.Breakdown countries(Comparison c, boolean modeled) {
        List<ComparisonView.BreakdownRow> rows = new ArrayList<>();
        List<BarCharts.Input> bars = new ArrayList<>();
        String root = Routes.toRoot(Routes.comparison(c.first(), c.second()));
        for (CountryRow row : c.countryRows()) {
            String name = wording.countryNames().name(row.code());
            String firstShare = words.formats().share(row.firstShare().exact());
            String secondShare = words.formats().share(row.secondShare().exact());
            String href = countriesWithPages.contains(row.code()) ? root + Routes.country(row.code()) : null;
            rows.add(row(name, href, row.first(), firstShare, row.second(), secondShare));
            bars.add(new BarCharts.Input(name, row.firstShare(), firstShare, row.secondShare(), secondShare));
        }
        BarChart chart = BarCharts.layout(words.t("comparison.chart_countries_title", "units", unit),
                description("comparison.chart_countries", rows.size()),
                c.first().name(), c.second().name(), bars, words.language().rightToLeft());
        return new ComparisonView.Breakdown(words.t("comparison.by_country"), wording.countries(c),
                modeled ? words.t("notes.countries") : null, words.t("comparison.country"), rows, chart);
    }

    ComparisonView.Breakdown siteKinds(Comparison c, boolean modeled) {
        List<ComparisonView.BreakdownRow> rows = new ArrayList<>();
        List<BarCharts.Input> bars = new ArrayList<>();
        for (SiteCategoryRow row : c.siteCategoryRows()) {
            String name = words.siteKindName(row.slug(), catalog.siteCategory(row.slug()).name());
            String firstShare = words.formats().share(row.firstShare().exact());
            String secondShare = words.formats().share(row.secondShare().exact());
            rows.add(row(name, null, row.first(), firstShare, row.second(), secondShare));
            bars.add(new BarCharts.Input(name, row.firstShare(), firstShare, row.secondShare(), secondShare));
        }
        BarChart chart = BarCharts.layout(words.t("comparison.chart_site_kinds_title", "units", unit),
                description("comparison.chart_site_kinds", rows.size()),
                c.first().name(), c.second().name(), bars, words.language().rightToLeft());
        return new ComparisonView.Breakdown(words.t("comparison.by_site_kind"), wording.siteCategories(c),
                modeled ? words.t("notes.site_kinds") : null, words.t("comparison.site_kind"), rows, chart);
    }

    /**
     * What the chart draws, counting its rows: "... found in each of the 6 countries where the two
     * together count most", or "... in the one country where either is counted".
     */
    String description(String key, int drawn) {
        String message = drawn == 1 ? key + "_one" : key + "_many";
        dev.versus.text.Words.noteShown(message);
        return descriptions.computeIfAbsent(message + " " + drawn, ignored -> drawn == 1
                ? words.t(message, "units", unit)
                : words.t(message, "units", unit, "count", drawn));
    }

    private ComparisonView.BreakdownRow row(String label, String href, long first, String firstShare,
            long second, String secondShare) {
        return new ComparisonView.BreakdownRow(label, href, words.formats().count(first), firstShare,
                words.formats().count(second), secondShare);
    }
}
