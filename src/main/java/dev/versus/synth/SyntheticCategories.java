package dev.versus.synth;

import dev.versus.model.Category;
import java.util.ArrayList;
import java.util.List;

/**
 * The categories of a synthetic snapshot: familiar names from a fixed list of {@value #BASE_COUNT}
 * (with a number added after the first round: "Analytics 2"), and weights that make their sizes
 * differ: category {@code c} gets weight {@code 1 / (r + 1)^}{@value #ZIPF_EXPONENT} for a rank
 * {@code r} from a seeded shuffle, so which categories are big depends on the seed.
 */
final class SyntheticCategories {
    static final int DEFAULT_COUNT = 40;
    static final double ZIPF_EXPONENT = 0.6;

    /** Name and singular (the lower-case noun of sentences such as "The Django web framework"). */
    private static final String[][] BASE = {
        {"Web frameworks", "web framework"}, {"CMS", "CMS"}, {"JavaScript libraries", "JavaScript library"},
        {"Analytics", "analytics tool"}, {"Ecommerce", "ecommerce platform"}, {"Web servers", "web server"},
        {"Databases", "database"}, {"CDN", "CDN"}, {"Tag managers", "tag manager"},
        {"Payment processors", "payment processor"}, {"Advertising", "advertising network"},
        {"Font scripts", "font script"}, {"UI frameworks", "UI framework"}, {"Live chat", "live chat tool"},
        {"Marketing automation", "marketing automation tool"}, {"Blogs", "blog engine"},
        {"Caching", "caching tool"}, {"Programming languages", "programming language"},
        {"Reverse proxies", "reverse proxy"}, {"Static site generators", "static site generator"},
        {"Video players", "video player"}, {"Maps", "map service"}, {"Search engines", "search engine"},
        {"Security", "security tool"}, {"Hosting", "hosting provider"}, {"PaaS", "PaaS"},
        {"Issue trackers", "issue tracker"}, {"Message boards", "message board"}, {"Wikis", "wiki engine"},
        {"LMS", "LMS"}, {"Photo galleries", "photo gallery"}, {"Form builders", "form builder"},
        {"Cookie compliance", "cookie compliance tool"}, {"A/B testing", "A/B testing tool"},
        {"Accessibility", "accessibility tool"}, {"Comment systems", "comment system"},
        {"Email", "email service"}, {"Reviews", "review platform"}, {"Translation", "translation tool"},
        {"Feature management", "feature management tool"},
    };
    static final int BASE_COUNT = 40;

    private final List<Category> categories;
    private final double[] weights;

    private SyntheticCategories(List<Category> categories, double[] weights) {
        this.categories = categories;
        this.weights = weights;
    }

    static SyntheticCategories of(int count, long seed) {
        if (count < 1) {
            throw new IllegalArgumentException("categories must be at least 1, got " + count);
        }
        List<Category> categories = new ArrayList<>(count);
        for (int c = 0; c < count; c++) {
            String[] base = BASE[c % BASE_COUNT];
            int round = c / BASE_COUNT;
            String name = round == 0 ? base[0] : base[0] + " " + (round + 1);
            categories.add(new Category(slug(name), name, base[1]));
        }
        double[] zipf = WeightedChoice.zipf(count, ZIPF_EXPONENT);
        int[] ranks = shuffledRanks(count, SynthRandom.of(seed, "category-sizes", 0));
        double[] weights = new double[count];
        for (int c = 0; c < count; c++) {
            weights[c] = zipf[ranks[c]];
        }
        return new SyntheticCategories(List.copyOf(categories), weights);
    }

    /** "A/B testing" becomes "a-b-testing"; every base name gives a valid, distinct slug. */
    static String slug(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** A Fisher-Yates shuffle of 0..count-1. */
    private static int[] shuffledRanks(int count, SynthRandom random) {
        int[] ranks = new int[count];
        for (int i = 0; i < count; i++) {
            ranks[i] = i;
        }
        for (int i = count - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = ranks[i];
            ranks[i] = ranks[j];
            ranks[j] = swap;
        }
        return ranks;
    }

    List<Category> list() {
        return categories;
    }

    int size() {
        return categories.size();
    }

    double[] weights() {
        return weights.clone();
    }

    /** The sum of the squared shares, which sets how many pairs N technologies make (see {@link PageTarget}). */
    double sumOfSquaredShares() {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double sum = 0;
        for (double weight : weights) {
            sum += (weight / total) * (weight / total);
        }
        return sum;
    }
}
