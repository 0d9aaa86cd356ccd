package dev.versus.compare;

import dev.versus.model.Category;
import dev.versus.model.Technology;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One category ranked in one country by the technologies' counts there, in the awards' rank
 * order (count descending, ties by slug), beside each one's worldwide rank in the category.
 * Only technologies counted above 0 in the country are placed.
 *
 * <p>Rules: docs/comparison-rules.md §8.2, §8.3, §8.4.
 *
 * @param total the sum of the category's counts in the country
 * @param placings best first; {@code placings.get(i).rank() == i + 1}
 * @param worldwideLeaders the category's first {@link #WITHIN} technologies worldwide, best first
 */
public record CountryRanking(Category category, String country, long total, List<Placing> placings,
        List<Technology> worldwideLeaders) {
    /** How many leaders a country page names per category. */
    public static final int LEADERS = 5;
    /** Shifts are looked for among the first this many here (rising) or worldwide (falling). */
    public static final int WITHIN = 10;
    /** A difference of fewer places is not called a difference. */
    public static final int MIN_GAP = 3;
    /** At most this many rising and this many falling technologies are named. */
    public static final int SHIFTS = 3;

    public CountryRanking {
        placings = List.copyOf(placings);
        worldwideLeaders = List.copyOf(worldwideLeaders);
    }

    /**
     * A technology's place in the country and worldwide.
     *
     * @param rank 1-based rank in the country, 0 when it was not detected there
     * @param count its count in the country
     */
    public record Placing(Technology technology, long count, int rank, int worldRank) {

        public boolean detected() {
            return rank > 0;
        }

        /** Places gained here over worldwide: positive when it ranks better here. */
        public int gain() {
            return worldRank - rank;
        }
    }

    /** The first {@link #LEADERS} technologies here. */
    public List<Placing> leaders() {
        return placings.subList(0, Math.min(LEADERS, placings.size()));
    }

    /**
     * Technologies among the first {@link #WITHIN} here that rank at least {@link #MIN_GAP}
     * places better here than worldwide: the largest gain first, then the better rank here.
     */
    public List<Placing> higherHere() {
        List<Placing> rising = new ArrayList<>();
        for (Placing placing : placings.subList(0, Math.min(WITHIN, placings.size()))) {
            if (placing.gain() >= MIN_GAP) {
                rising.add(placing);
            }
        }
        rising.sort(Comparator.comparingInt(Placing::gain).reversed().thenComparingInt(Placing::rank));
        return List.copyOf(rising.subList(0, Math.min(SHIFTS, rising.size())));
    }

    /**
     * Technologies among the first {@link #WITHIN} worldwide that rank at least {@link #MIN_GAP}
     * places worse here, or are not detected here at all (those first, as the largest fall), leaving
     * out those detected nowhere:
     * the largest fall first, then the better worldwide rank.
     */
    public List<Placing> lowerHere() {
        Map<String, Placing> here = new HashMap<>();
        for (Technology leader : worldwideLeaders) {
            here.put(leader.slug(), null);
        }
        for (Placing placing : placings) {
            if (here.containsKey(placing.technology().slug())) {
                here.put(placing.technology().slug(), placing);
            }
        }
        List<Placing> falling = new ArrayList<>();
        for (int i = 0; i < worldwideLeaders.size(); i++) {
            Technology leader = worldwideLeaders.get(i);
            Placing placing = here.get(leader.slug());
            if (leader.total() == 0) {
                continue; // not detected anywhere: its absence here says nothing about here
            } else if (placing == null) {
                falling.add(new Placing(leader, 0, 0, i + 1));
            } else if (-placing.gain() >= MIN_GAP) {
                falling.add(placing);
            }
        }
        falling.sort(Comparator.comparing(Placing::detected)
                .thenComparing(Comparator.comparingInt(Placing::gain))
                .thenComparingInt(Placing::worldRank));
        return List.copyOf(falling.subList(0, Math.min(SHIFTS, falling.size())));
    }
}
