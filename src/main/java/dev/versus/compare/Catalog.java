package dev.versus.compare;

import dev.versus.model.Category;
import dev.versus.model.Settings;
import dev.versus.model.SiteCategory;
import dev.versus.model.Snapshot;
import dev.versus.model.Technology;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What the comparison rules need that does not depend on the pair, computed once per build:
 * lookups, rankings, category totals, awards and the pair count. Immutable, so pages may be built
 * from it on many threads. Lookups by slug return null for an unknown slug; every other method
 * throws IllegalArgumentException when given a slug it does not know.
 *
 * <p>Rules: docs/comparison-rules.md §1.3, §2.2, §9.2.
 */
public final class Catalog {
    private final Snapshot snapshot;
    private final Settings settings;
    private final Map<String, Profile> profiles = new HashMap<>();
    private final Map<String, SiteCategory> siteCategories = new HashMap<>();
    private final Map<String, CategoryRanking> rankings = new HashMap<>();
    private final Map<String, List<Award>> awards;
    private final PairWalk pairWalk;
    private final long pairCount;
    /** Computed when first asked for: a preview that shows no country page never ranks countries. */
    private final Memo<CountryRankings> countryRankings = new Memo<>(() -> CountryRankings.of(this));
    private final Memo<java.util.Set<String>> countriesWithRanking = new Memo<>(() -> CountryRankings.withRanking(this));

    private Catalog(Snapshot snapshot, Settings settings) {
        this.snapshot = snapshot;
        this.settings = settings;
        snapshot.siteCategories().forEach(kind -> siteCategories.put(kind.slug(), kind));
        rankCategories();
        // Iterated in slug order: the pair walk's order is part of the contract.
        List<CategoryRanking> bySlug = new TreeMap<>(rankings).values().stream().toList();
        this.awards = AwardTable.compute(bySlug, settings.minAwardSample());
        this.pairWalk = new PairWalk(bySlug, profiles);
        this.pairCount = pairWalk.count();
    }

    public static Catalog of(Snapshot snapshot, Settings settings) {
        return new Catalog(snapshot, settings);
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    public Settings settings() {
        return settings;
    }

    public Technology technology(String slug) {
        Profile profile = profiles.get(slug);
        return profile == null ? null : profile.tech();
    }

    public Category category(String slug) {
        CategoryRanking ranking = rankings.get(slug);
        return ranking == null ? null : ranking.category;
    }

    public SiteCategory siteCategory(String slug) {
        return siteCategories.get(slug);
    }

    /** The category's technologies, total descending, ties by slug ascending. */
    public List<Technology> ranking(String category) {
        return rankingOf(category).ranked;
    }

    /** The 1-based rank of a technology in one of its categories. */
    public int rank(String tech, String category) {
        int rank = rankingOf(category).rank(tech);
        if (rank == 0) {
            throw new IllegalArgumentException(tech + " is not in category " + category);
        }
        return rank;
    }

    /** The sum of the totals of the category's technologies. */
    public long categoryTotal(String category) {
        return rankingOf(category).total;
    }

    /** The technology's total over the category total; null when the category total is 0. */
    public Share marketShare(String tech, String category) {
        long whole = categoryTotal(category);
        return whole == 0 ? null : new Share(known(tech).total(), whole);
    }

    /** The shown awards: ranks 1 to 30, best first, at most ten. */
    public List<Award> awards(String tech) {
        return awards.getOrDefault(known(tech).slug(), List.of());
    }

    /** The five other technologies of the category nearest in rank, nearest first (ties: better-ranked first). */
    public List<Technology> alternatives(String tech, String category) {
        rank(tech, category);
        return rankings.get(category).alternatives(tech);
    }

    /** The categories both are in, in slug order. */
    public List<Category> sharedCategories(Technology first, Technology second) {
        return profile(first.slug()).sharedCategories(profile(second.slug()));
    }

    /** Each technology's categories in slug order. */
    public List<Category> categoriesOf(String tech) {
        return profile(tech).categories();
    }

    /** The rankings of every country (see {@link CountryRankings#of}), computed once, when first asked for. */
    public CountryRankings countryRankings() {
        return countryRankings.get();
    }

    /** The countries where a category is ranked (see {@link CountryRankings#withRanking}), computed once. */
    public java.util.Set<String> countriesWithRanking() {
        return countriesWithRanking.get();
    }

    /** Every pair sharing a category, once, in canonical order; lazily, in a fixed order. */
    public Stream<Pair> pairs() {
        return pairWalk.pairs();
    }

    public long pairCount() {
        return pairCount;
    }

    /**
     * Whether a pair is thin: its less used technology counts fewer than the settings' minimum.
     * A thin pair's page is built but kept out of search engines and the sitemaps.
     */
    public boolean isThin(Pair pair) {
        return Math.min(pair.first().total(), pair.second().total()) < settings.minPairSample();
    }

    private void rankCategories() {
        Map<String, List<Technology>> members = new HashMap<>();
        snapshot.categories().forEach(category -> members.put(category.slug(), new ArrayList<>()));
        for (Technology tech : snapshot.technologies()) {
            for (String category : tech.categories()) {
                List<Technology> list = members.get(category);
                if (list == null) {
                    throw new IllegalArgumentException(tech.slug() + " is in unknown category " + category);
                }
                list.add(tech);
            }
        }
        snapshot.categories().forEach(category ->
                rankings.put(category.slug(), new CategoryRanking(category, members.get(category.slug()))));
        for (Technology tech : snapshot.technologies()) {
            profiles.put(tech.slug(), Profile.of(tech, tech.categories().stream().sorted()
                    .map(slug -> rankings.get(slug).category).toList()));
        }
    }

    private CategoryRanking rankingOf(String slug) {
        CategoryRanking ranking = rankings.get(slug);
        if (ranking == null) {
            throw new IllegalArgumentException("unknown category " + slug);
        }
        return ranking;
    }

    private Technology known(String slug) {
        return profile(slug).tech();
    }

    /** The technology's flattened breakdowns and sorted categories. */
    Profile profile(String tech) {
        Profile profile = profiles.get(tech);
        if (profile == null) {
            throw new IllegalArgumentException("unknown technology " + tech);
        }
        return profile;
    }
}
