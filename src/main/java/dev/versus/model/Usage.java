package dev.versus.model;

import java.util.List;
import java.util.Map;

/**
 * Counts of the snapshot's unit where a technology was detected.
 *
 * @param byCountry upper-case alpha-2 code to count, sorted by code; may sum below total
 * @param bySiteCategory site-category slug to count, sorted by slug; sums to at most total
 * @param history earlier totals, dates ascending and before the snapshot's date
 */
public record Usage(
        long total, Map<String, Long> byCountry, Map<String, Long> bySiteCategory, List<HistoryPoint> history) {

    public Usage {
        byCountry = Maps.sortedCopy(byCountry);
        bySiteCategory = Maps.sortedCopy(bySiteCategory);
        history = List.copyOf(history);
    }

    /** The count in a country, 0 when the snapshot has none. */
    public long inCountry(String code) {
        return byCountry.getOrDefault(code, 0L);
    }

    /** The count in a kind of site, 0 when the snapshot has none. */
    public long inSiteCategory(String slug) {
        return bySiteCategory.getOrDefault(slug, 0L);
    }
}
