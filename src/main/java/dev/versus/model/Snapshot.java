package dev.versus.model;

import java.util.List;
import java.util.Map;

/**
 * One dataset snapshot: the generator's only data input (see the snapshot format, version 1).
 *
 * @param countries display-name overrides by upper-case alpha-2 code, sorted by code
 */
public record Snapshot(
        SnapshotInfo info,
        List<Category> categories,
        List<SiteCategory> siteCategories,
        List<Technology> technologies,
        Map<String, CountryOverride> countries) {

    public Snapshot {
        categories = List.copyOf(categories);
        siteCategories = List.copyOf(siteCategories);
        technologies = List.copyOf(technologies);
        countries = Maps.sortedCopy(countries);
    }
}
