package dev.versus.render;

import java.util.List;

/**
 * Everything a technology page shows, worded and formatted. Sections with nothing to show are
 * null (or empty lists), and the template leaves them out.
 *
 * @param textHtml the editor's text, or else the snapshot's "about"; sanitized HTML, or null
 */
public record TechnologyView(
        PageMeta meta,
        String heading,
        String lede,
        String textHtml,
        Facts facts,
        Standings standings,
        ChangeSection change,
        Breakdown countries,
        Awards awards,
        Breakdown siteKinds,
        TopSites topSites,
        List<ComparisonGroup> comparisons) {

    /** The facts table; headquarters and website are null when not known. */
    public record Facts(List<Link> categories, String headquarters, String website, String websiteLabel,
            List<String> badges, String total) {
    }

    /** Rank and market share in each of the technology's categories, in slug order. */
    public record Standings(List<Standing> rows, String modeledNote) {
    }

    /** One category: "#2 of 5", the market share (or "—") and the sum of its technologies' totals. */
    public record Standing(Link category, String rank, String share, String categoryTotal) {
    }

    /** The change since the latest earlier total, and every total the snapshot has, oldest first. */
    public record ChangeSection(String date, String sentence, String modeledNote, List<HistoryRow> history) {
    }

    /** One dated total. */
    public record HistoryRow(String date, String isoDate, String total) {
    }

    /** A breakdown (by country or by kind of site): top-ten table and chart of shares of the total. */
    public record Breakdown(String heading, String sentence, String modeledNote, String columnName, List<Row> rows,
            ShareChart chart) {
    }

    /** A row of a breakdown: its label (linked when href is set), count and share of the total. */
    public record Row(String label, String href, String count, String share) {
    }

    /** The awards shown, best first. */
    public record Awards(List<AwardLine> lines, String modeledNote) {
    }

    /** One award: its tier symbol, the tier's name and its sentence. */
    public record AwardLine(String tier, String tierName, String text) {
    }

    /** Measured top sites, best-ranked first. */
    public record TopSites(List<String> domains, String modeledNote) {
    }

    /** The comparisons listed under one category, the other technology's most popular first. */
    public record ComparisonGroup(Link category, String count, List<Link> links) {
    }
}
