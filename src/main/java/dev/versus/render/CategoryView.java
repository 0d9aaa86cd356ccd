package dev.versus.render;

import java.util.List;

/**
 * Everything a category page shows: what the category is, its ranking, its share chart, the
 * comparisons of its leaders and the first page of all its comparisons.
 *
 * @param textHtml the editor's text (sanitized HTML), or null
 * @param chart null when the category's totals sum to 0 and no share can be drawn
 * @param itemListJson the ranking as ItemList JSON-LD, escaped for a script element
 */
public record CategoryView(
        PageMeta meta,
        String heading,
        String lede,
        String textHtml,
        Ranking ranking,
        ShareChart chart,
        List<Link> topComparisons,
        String topComparisonsHeading,
        ComparisonList comparisons,
        String itemListJson) {

    /**
     * The ranking table.
     *
     * @param changeNote when every row's change is since one date, a sentence naming it; else null
     *     and each change cell names its own date
     */
    public record Ranking(String changeNote, String totalsNote, String historyNote, List<RankRow> rows) {
    }

    /** One technology: its rank, total, market share (or "—") and change (or "—"). */
    public record RankRow(String rank, Link technology, String total, String share, String change) {
    }

    /** One page of the category's comparisons, with links to the other pages. */
    public record ComparisonList(String heading, String summary, String note, List<Link> links, Pager pager) {
    }

    /** Links to the previous, next and nearby pages; null when there is only one page. */
    public record Pager(Link previous, Link next, List<PagerItem> items) {
    }

    /** A page number (href null for the current page) or a gap ("…", label only). */
    public record PagerItem(String label, String href, boolean current, boolean gap) {
    }
}
