package dev.versus.derive;

import dev.versus.model.SiteCategory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Our own list of kinds of site (what a site is about), with the base weight each gets in the
 * modeled breakdown: a rough guess at how common such sites are among crawled pages, in
 * arbitrary units. No measured source was available; the methodology page says so. Synthetic
 * snapshots ({@code dev.versus.synth}) use the same kinds.
 */
public final class SiteKinds {
    /** A kind of site and its base weight. */
    public record SiteKind(String slug, String name, long weight) {
    }

    public static final List<SiteKind> ALL = List.of(
            new SiteKind("business", "Business and industry", 14),
            new SiteKind("shopping", "Shopping", 12),
            new SiteKind("technology", "Computers and technology", 9),
            new SiteKind("news-media", "News and media", 9),
            new SiteKind("education-reference", "Education and reference", 7),
            new SiteKind("arts-entertainment", "Arts and entertainment", 6),
            new SiteKind("finance", "Finance", 5),
            new SiteKind("health", "Health", 5),
            new SiteKind("travel", "Travel and tourism", 4),
            new SiteKind("personal-blogs", "Personal sites and blogs", 4),
            new SiteKind("community-society", "Community and society", 3),
            new SiteKind("food-drink", "Food and drink", 3),
            new SiteKind("real-estate", "Real estate", 3),
            new SiteKind("government-law", "Government and law", 3),
            new SiteKind("sports", "Sports", 3),
            new SiteKind("games", "Games", 3),
            new SiteKind("home-garden", "Home and garden", 2),
            new SiteKind("jobs-careers", "Jobs and careers", 2),
            new SiteKind("autos-vehicles", "Autos and vehicles", 2),
            new SiteKind("science", "Science", 2));

    private SiteKinds() {
    }

    public static Map<String, Long> baseWeights() {
        Map<String, Long> weights = new TreeMap<>();
        ALL.forEach(kind -> weights.put(kind.slug(), kind.weight()));
        return weights;
    }

    /** The snapshot's siteCategories, sorted by slug. */
    public static List<SiteCategory> asSiteCategories() {
        List<SiteCategory> list = new ArrayList<>();
        ALL.stream().sorted((a, b) -> a.slug().compareTo(b.slug()))
                .forEach(kind -> list.add(new SiteCategory(kind.slug(), kind.name())));
        return list;
    }
}
