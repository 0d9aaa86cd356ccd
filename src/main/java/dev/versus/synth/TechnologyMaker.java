package dev.versus.synth;

import dev.versus.derive.LargestRemainder;
import dev.versus.model.Category;
import dev.versus.model.HistoryPoint;
import dev.versus.model.Pricing;
import dev.versus.model.Technology;
import dev.versus.model.TopSite;
import dev.versus.model.Usage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Makes technology {@code i} of a synthetic snapshot from its own random stream, so the same
 * seed and position always give the same technology. The shares below are chosen to look like
 * the real catalog, not measured from it:
 * <ul>
 *   <li>total: {@code TOP / (i + 1)} (Zipf's law, exponent 1) times a log-normal factor
 *       (sigma {@value #TOTAL_SIGMA}), at least {@value #MIN_TOTAL};
 *   <li>by country: 55-85% of the total, split over the countries' Zipf weights, each perturbed
 *       log-normally, one country in five boosted {@value #HOME_BOOST}x as a home market;
 *   <li>by kind of site: 60-90% of the total over the 20 kinds of the default snapshot, the one
 *       kind the main category leans to weighted {@value #KIND_TILT}x;
 *   <li>history for {@value #HISTORY_SHARE} of technologies, a year back and sometimes half a year;
 *   <li>open source for {@value #OPEN_SOURCE_SHARE}; pricing for most; a website for most (on the
 *       reserved {@code .example} domain); a made-up headquarters, an "about" text and top sites
 *       (on the reserved example.com, example.org and example.net) for some.
 * </ul>
 * Slugs are kept unique by adding "-2", "-3" to a name already taken.
 */
final class TechnologyMaker {
    static final long TOP = 20_000_000;
    static final double TOTAL_SIGMA = 0.35;
    static final long MIN_TOTAL = 5;
    static final long HOME_BOOST = 15;
    static final long KIND_TILT = 4;
    static final double HISTORY_SHARE = 0.6;
    static final double OPEN_SOURCE_SHARE = 0.45;

    private static final List<List<Pricing>> OPEN_SOURCE_PRICING = List.of(
            List.of(Pricing.FREE), List.of(Pricing.FREE), List.of(Pricing.FREE), List.of(Pricing.FREEMIUM),
            List.of(Pricing.FREE, Pricing.RECURRING), List.of());
    private static final List<List<Pricing>> COMMERCIAL_PRICING = List.of(
            List.of(Pricing.FREEMIUM), List.of(Pricing.FREEMIUM, Pricing.RECURRING), List.of(Pricing.LOW, Pricing.RECURRING),
            List.of(Pricing.MID, Pricing.RECURRING), List.of(Pricing.HIGH, Pricing.RECURRING), List.of(Pricing.POA),
            List.of(Pricing.PAYG), List.of(Pricing.LOW, Pricing.ONETIME), List.of(Pricing.MID), List.of());
    private static final List<String> SITE_LABELS = List.of("shop", "news", "blog", "store", "app", "docs", "portal",
            "travel", "bank", "school", "forum", "games");
    private static final List<String> EXAMPLE_DOMAINS = List.of("example.com", "example.org", "example.net");

    private final long seed;
    private final LocalDate date;
    private final List<Category> categories;
    private final CategoryAssignment assignment;
    private final List<String> countryCodes;
    private final double[] countryWeights;
    private final WeightedChoice headquartersCountry;
    private final List<String> siteKinds;
    private final long[] siteKindWeights;
    private final Set<String> slugs = new HashSet<>();

    /**
     * @param siteKindWeights base weight of each kind of site, by slug, sorted by slug
     */
    TechnologyMaker(long seed, LocalDate date, SyntheticCategories categories, List<String> countryCodes,
            Map<String, Long> siteKindWeights) {
        this.seed = seed;
        this.date = date;
        this.categories = categories.list();
        this.assignment = new CategoryAssignment(seed, categories);
        this.countryCodes = countryCodes;
        this.countryWeights = WeightedChoice.zipf(countryCodes.size(), SyntheticCountries.ZIPF_EXPONENT);
        this.headquartersCountry = new WeightedChoice(WeightedChoice.zipf(
                Math.min(countryCodes.size(), SyntheticCountries.HEADQUARTERS_COUNTRIES), 1.0));
        this.siteKinds = List.copyOf(new TreeMap<>(siteKindWeights).keySet());
        this.siteKindWeights = new TreeMap<>(siteKindWeights).values().stream().mapToLong(Long::longValue).toArray();
    }

    /** Technology {@code i}; call in order of {@code i}, since names already taken get a number. */
    Technology make(long i) {
        SynthRandom random = SynthRandom.of(seed, "technology", i);
        int[] categoryIndexes = assignment.of(i);
        List<String> categorySlugs = new ArrayList<>();
        for (int category : categoryIndexes) {
            categorySlugs.add(categories.get(category).slug());
        }
        String name = uniqueName(NameMaker.technology(random));
        String slug = NameMaker.slug(name);
        long total = Math.max(MIN_TOTAL, Math.round(TOP / (double) (i + 1) * random.logNormal(TOTAL_SIGMA)));
        Usage usage = new Usage(total, byCountry(total, random), bySiteKind(total, categoryIndexes[0], random),
                history(total, random));
        boolean openSource = random.chance(OPEN_SOURCE_SHARE);
        List<Pricing> pricing = random.pick(openSource ? OPEN_SOURCE_PRICING : COMMERCIAL_PRICING);
        String website = random.chance(0.85) ? "https://www." + slug + ".example/" : null;
        String headquarters = random.chance(0.4) ? headquarters(random) : null;
        String about = random.chance(0.2) ? about(name, categories.get(categoryIndexes[0]).singular()) : null;
        List<TopSite> topSites = random.chance(i < 500 ? 0.5 : 0.1) ? topSites(random) : List.of();
        return new Technology(slug, name, categorySlugs, website, headquarters, openSource, pricing, about, usage, topSites);
    }

    /** The name, or the name with " 2", " 3", ... when its slug is taken. */
    private String uniqueName(String name) {
        String candidate = name;
        for (int n = 2; !slugs.add(NameMaker.slug(candidate)); n++) {
            candidate = name + " " + n;
        }
        return candidate;
    }

    private Map<String, Long> byCountry(long total, SynthRandom random) {
        long[] weights = new long[countryCodes.size()];
        for (int c = 0; c < weights.length; c++) {
            weights[c] = Math.round(1_000_000 * countryWeights[c] * random.logNormal(0.7));
        }
        if (random.chance(0.2)) {
            weights[random.nextInt(Math.min(weights.length, SyntheticCountries.HEADQUARTERS_COUNTRIES))] *= HOME_BOOST;
        }
        long amount = share(total, 550 + random.nextInt(301));
        return counts(countryCodes, LargestRemainder.split(amount, weights));
    }

    private Map<String, Long> bySiteKind(long total, int mainCategory, SynthRandom random) {
        int leaning = SynthRandom.of(seed, "category-site-kind", mainCategory).nextInt(siteKinds.size());
        long[] weights = new long[siteKinds.size()];
        for (int k = 0; k < weights.length; k++) {
            weights[k] = Math.round(siteKindWeights[k] * 1000 * random.logNormal(0.5)) * (k == leaning ? KIND_TILT : 1);
        }
        long amount = share(total, 600 + random.nextInt(301));
        return counts(siteKinds, LargestRemainder.split(amount, weights));
    }

    /** {@code round(total * permille / 1000)}, half up, never above the total. */
    static long share(long total, int permille) {
        return (total * permille + 500) / 1000;
    }

    /** Non-zero counts by key, sorted by key. */
    private static Map<String, Long> counts(List<String> keys, long[] parts) {
        Map<String, Long> counts = new TreeMap<>();
        for (int k = 0; k < parts.length; k++) {
            if (parts[k] > 0) {
                counts.put(keys.get(k), parts[k]);
            }
        }
        return counts;
    }

    private List<HistoryPoint> history(long total, SynthRandom random) {
        if (!random.chance(HISTORY_SHARE)) {
            return List.of();
        }
        double growth = 1.05 * random.logNormal(0.25);
        List<HistoryPoint> points = new ArrayList<>();
        points.add(new HistoryPoint(date.minusYears(1), Math.round(total / growth)));
        if (random.chance(0.5)) {
            points.add(new HistoryPoint(date.minusMonths(6), Math.round(total / Math.sqrt(growth))));
        }
        return points;
    }

    private String headquarters(SynthRandom random) {
        return NameMaker.town(random) + ", " + SyntheticCountries.name(headquartersCountry.draw(random));
    }

    private static String about(String name, String singular) {
        return "**" + name + "** is a made-up " + singular + " in a synthetic snapshot from `versus synth`."
                + " It does not exist: its name, figures, website and headquarters are all invented.";
    }

    /** Three to six sites on the reserved example domains, ranks increasing. */
    private static List<TopSite> topSites(SynthRandom random) {
        List<TopSite> sites = new ArrayList<>();
        long rank = 1 + random.nextInt(2000);
        int count = 3 + random.nextInt(4);
        for (int s = 0; s < count; s++) {
            String domain = random.pick(SITE_LABELS) + "-" + rank + "." + random.pick(EXAMPLE_DOMAINS);
            sites.add(new TopSite(domain, rank));
            rank += 1 + random.nextInt(50_000);
        }
        return sites;
    }
}
