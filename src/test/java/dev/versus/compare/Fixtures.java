package dev.versus.compare;

import dev.versus.model.Category;
import dev.versus.model.HistoryPoint;
import dev.versus.model.Provenance;
import dev.versus.model.Settings;
import dev.versus.model.SiteCategory;
import dev.versus.model.Snapshot;
import dev.versus.model.SnapshotInfo;
import dev.versus.model.Technology;
import dev.versus.model.Unit;
import dev.versus.model.Usage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Terse snapshots for tests: {@code catalog(tech("a", 100).in("web").country("US", 10))}. */
final class Fixtures {
    static final LocalDate DATE = LocalDate.of(2023, 1, 1);

    private Fixtures() {
    }

    static Spec tech(String slug, long total) {
        return new Spec(slug, total);
    }

    /** A technology under construction; in category "web" unless told otherwise. */
    static final class Spec {
        private final String slug;
        private final long total;
        private final List<String> categories = new ArrayList<>();
        private final Map<String, Long> countries = new TreeMap<>();
        private final Map<String, Long> sites = new TreeMap<>();
        private final List<HistoryPoint> history = new ArrayList<>();

        private Spec(String slug, long total) {
            this.slug = slug;
            this.total = total;
        }

        Spec in(String... categorySlugs) {
            categories.addAll(Arrays.asList(categorySlugs));
            return this;
        }

        Spec country(String code, long count) {
            countries.put(code, count);
            return this;
        }

        Spec site(String siteCategory, long count) {
            sites.put(siteCategory, count);
            return this;
        }

        Spec history(String date, long earlierTotal) {
            history.add(new HistoryPoint(LocalDate.parse(date), earlierTotal));
            return this;
        }

        Technology build() {
            List<String> in = categories.isEmpty() ? List.of("web") : categories;
            return new Technology(slug, slug.toUpperCase(), in, null, null, false, List.of(), null,
                    new Usage(total, countries, sites, history), List.of());
        }
    }

    /** A snapshot whose categories and site categories are the ones the technologies name. */
    static Snapshot snapshot(Spec... specs) {
        List<Technology> techs = Arrays.stream(specs).map(Spec::build).toList();
        TreeSet<String> categories = new TreeSet<>();
        TreeSet<String> sites = new TreeSet<>();
        techs.forEach(tech -> {
            categories.addAll(tech.categories());
            sites.addAll(tech.usage().bySiteCategory().keySet());
        });
        SnapshotInfo info = new SnapshotInfo(DATE, "Test", "Hand-made", Unit.WEBSITES, Provenance.ALL_MEASURED, null);
        return new Snapshot(info,
                categories.stream().map(slug -> new Category(slug, "Name of " + slug, slug)).toList(),
                sites.stream().map(slug -> new SiteCategory(slug, "Name of " + slug)).toList(),
                techs, Map.of());
    }

    static Catalog catalog(Spec... specs) {
        return Catalog.of(snapshot(specs), Settings.DEFAULTS);
    }

    static Catalog catalog(Settings settings, Spec... specs) {
        return Catalog.of(snapshot(specs), settings);
    }

    /** The comparison of two technologies of the catalog, in canonical order whatever the argument order. */
    static Comparison compare(Catalog catalog, String one, String other) {
        return Comparisons.compare(catalog, Pair.of(catalog.technology(one), catalog.technology(other)));
    }

    static List<String> slugs(List<Technology> techs) {
        return techs.stream().map(Technology::slug).toList();
    }
}
