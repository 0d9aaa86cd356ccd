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
 * The by-country and by-kind-of-site sections of a comparison page. Bars plot each technology's
 * share of its own total, so that a technology used a hundred times less still shows where its
 * users are; the sentence above each table speaks of the same shares.
 */
final class BreakdownViews {
    /** Chart descriptions by message and row count: a few dozen texts, worded on every comparison. */
    private final java.util.Map<String, String> descriptions = new java.util.concurrent.ConcurrentHashMap<>();
    private final Catalog catalog;
    private final Wording wording;
    private final Words words;
    private final ShareTexts shareTexts;
    private final String unit;
    /**
     * Countries whose page is built and ranks something, so that a row can link to it; the other
     * countries' pages are noindex and not linked, and none is built when the site leaves them out.
     */
    private final Set<String> countriesWithPages;

    BreakdownViews(Catalog catalog, Wording wording, ShareTexts shareTexts, boolean countryPages) {
        this.catalog = catalog;
        this.wording = wording;
        this.words = wording.words();
        this.shareTexts = shareTexts;
        this.unit = words.t("units.plural", "unit", catalog.snapshot().info().unit().plural());
        this.countriesWithPages = countryPages ? catalog.countriesWithRanking() : Set.of();
    }

    ComparisonView.Breakdown countries(Comparison c, boolean modeled) {
        List<Figures> figures = new ArrayList<>();
        String root = Routes.toRoot(Routes.comparison(c.first(), c.second()));
        for (CountryRow row : c.countryRows()) {
            String href = countriesWithPages.contains(row.code()) ? root + Routes.country(row.code()) : null;
            figures.add(figures(wording.countryNames().name(row.code()), href, row.first(), row.firstShare(),
                    row.second(), row.secondShare()));
        }
        return breakdown(c, figures, "comparison.chart_countries", words.t("comparison.by_country"),
                wording.countries(c), modeled ? words.t("notes.countries") : null, words.t("comparison.country"));
    }

    ComparisonView.Breakdown siteKinds(Comparison c, boolean modeled) {
        List<Figures> figures = new ArrayList<>();
        for (SiteCategoryRow row : c.siteCategoryRows()) {
            String name = words.siteKindName(row.slug(), catalog.siteCategory(row.slug()).name());
            figures.add(figures(name, null, row.first(), row.firstShare(), row.second(), row.secondShare()));
        }
        return breakdown(c, figures, "comparison.chart_site_kinds", words.t("comparison.by_site_kind"),
                wording.siteCategories(c), modeled ? words.t("notes.site_kinds") : null, words.t("comparison.site_kind"));
    }

    /** The section: its table's rows with their bars, and the same rows as a chart for templates that draw one. */
    private ComparisonView.Breakdown breakdown(Comparison c, List<Figures> figures, String chartKey, String heading,
            String sentence, String modeledNote, String columnName) {
        List<BarCharts.Input> bars = figures.stream().map(Figures::bars).toList();
        BarChart chart = BarCharts.layout(words.t(chartKey + "_title", "units", unit), description(chartKey, bars.size()),
                c.first().name(), c.second().name(), bars, words.language().rightToLeft());
        return new ComparisonView.Breakdown(heading, sentence, modeledNote, columnName,
                rows(figures, BarCharts.longest(bars)), chart);
    }

    /** A row's figures before the bars are scaled: the longest bar of the table is known only after the last row. */
    private record Figures(BarCharts.Input bars, String href, long first, long second) {
    }

    private Figures figures(String label, String href, long first, Share firstShare, long second, Share secondShare) {
        return new Figures(new BarCharts.Input(label, firstShare, shareTexts.of(firstShare), secondShare,
                shareTexts.of(secondShare)), href, first, second);
    }

    /** The table's rows, each bar a percentage of the table's largest share, as the chart scales its bars. */
    private List<ComparisonView.BreakdownRow> rows(List<Figures> figures, Share longest) {
        List<ComparisonView.BreakdownRow> rows = new ArrayList<>(figures.size());
        for (Figures row : figures) {
            BarCharts.Input bars = row.bars();
            rows.add(new ComparisonView.BreakdownRow(bars.label(), row.href(),
                    words.formats().count(row.first()), bars.firstText(), BarCharts.length(bars.first(), longest, 100),
                    words.formats().count(row.second()), bars.secondText(), BarCharts.length(bars.second(), longest, 100)));
        }
        return rows;
    }

    /**
     * What the chart draws, counting its rows: "... found in each of the 6 countries where the two
     * together count most", or "... in the one country where either is counted".
     */
    String description(String key, int drawn) {
        String message = drawn == 1 ? key + "_one" : key + "_many";
        dev.versus.text.Words.noteShown(message);
        return Memo.get(descriptions, message + " " + drawn, ignored -> drawn == 1
                ? words.t(message, "units", unit)
                : words.t(message, "units", unit, "count", drawn));
    }
}
