package dev.versus.render;

import java.util.List;

/**
 * Everything a comparison page shows, worded and formatted. Sections that have nothing to show
 * are null (or empty lists), and the template leaves them out.
 *
 * @param twinJson the machine-readable twin, with {@code < > &} already escaped for a script element
 */
public record ComparisonView(
        PageMeta meta,
        String heading,
        List<String> summary,
        Side first,
        Side second,
        boolean showHeadquarters,
        Popularity popularity,
        Breakdown countries,
        Awards awards,
        Breakdown siteKinds,
        TopSites topSites,
        ChangeSection change,
        Alternatives alternatives,
        List<Link> seeAlso,
        String twinJson) {

    /** One technology's column of the facts table. */
    public record Side(
            String name,
            String href,
            List<Link> categories,
            String aboutHtml,
            String headquarters,
            String website,
            String websiteLabel,
            List<String> badges,
            List<String> ranks,
            String total) {

        /** The same column with other ranks (package-private: not a property templates see). */
        Side withRanks(List<String> otherRanks) {
            return new Side(name, href, categories, aboutHtml, headquarters, website, websiteLabel, badges, otherRanks,
                    total);
        }
    }

    /** The popularity section: its sentence, totals and market shares in shared categories. */
    public record Popularity(String sentence, String modeledNote, String firstTotal, String secondTotal,
            List<ShareRow> shares) {
    }

    /** A market-share row: a shared category and each technology's share (or "—"). */
    public record ShareRow(Link category, String first, String second) {
    }

    /**
     * A breakdown (by country or by kind of site): sentence and top-ten table with a bar per share.
     *
     * @param chart the same rows as a grouped SVG bar chart, for templates that draw one
     */
    public record Breakdown(String heading, String sentence, String modeledNote, String columnName,
            List<BreakdownRow> rows, BarChart chart) {
    }

    /**
     * A row of a breakdown table, each technology's count and share of its own total.
     *
     * @param firstBar the first's bar, 0 to 100: its share as a percentage of the largest share in the table
     * @param secondBar the second's bar, on the same scale
     */
    public record BreakdownRow(String label, String href, String firstCount, String firstShare, int firstBar,
            String secondCount, String secondShare, int secondBar) {
    }

    /** Each technology's awards, best first. */
    public record Awards(List<AwardLine> first, List<AwardLine> second, String modeledNote) {
    }

    /** One award: its tier symbol and its sentence. */
    public record AwardLine(String tier, String tierName, String text) {
    }

    /** Measured top sites of each technology. */
    public record TopSites(List<String> first, List<String> second, String modeledNote) {
    }

    /** Change since the previous snapshot date both technologies have. */
    public record ChangeSection(String date, String baseline, String first, String second, String modeledNote) {
    }

    /** Links to comparisons of each technology with its nearest rivals. */
    public record Alternatives(List<Link> first, List<Link> second) {
    }
}
