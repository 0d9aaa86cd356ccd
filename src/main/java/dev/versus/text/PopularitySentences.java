package dev.versus.text;

import dev.versus.compare.CategoryStanding;
import dev.versus.compare.Comparison;
import dev.versus.compare.Popularity;
import dev.versus.model.Category;
import dev.versus.model.Technology;
import dev.versus.model.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The sentences of the popularity rules, one message per band of the ratio.
 *
 * <p>Rules: docs/comparison-rules.md §3.3, §3.4.
 */
final class PopularitySentences {
    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Unit unit;
    private final Words words;

    PopularitySentences(Unit unit, Words words) {
        this.unit = unit;
        this.words = words;
    }

    /** The short bullet at the top: "Django is much more popular than Flask." */
    String headline(Comparison comparison) {
        Popularity popularity = comparison.popularity();
        String leader = comparison.leader().name();
        String other = comparison.other().name();
        return switch (popularity.band()) {
            case NEITHER, ABOUT_EQUAL -> sentence(comparison, false);
            case ONLY_ONE -> words.t("sentences.headline_only_one", "leader", leader);
            case PERCENT -> words.t("sentences.headline_more", "leader", leader, "other", other);
            case TIMES -> words.t(popularity.much() ? "sentences.headline_much_more" : "sentences.headline_more",
                    "leader", leader, "other", other);
        };
    }

    /**
     * The rules' sentence for the band, with its figure. With {@code namingCategory}, a leader
     * that is ahead is introduced by its category ("The Django web framework is ...").
     */
    String sentence(Comparison comparison, boolean namingCategory) {
        String first = comparison.first().name();
        String second = comparison.second().name();
        String leader = comparison.leader().name();
        String other = comparison.other().name();
        Popularity popularity = comparison.popularity();
        Category category = namingCategory ? leaderCategory(comparison) : null;
        String named = category == null ? "" : "_named";
        String singular = category == null ? "" : words.categorySingular(category.slug(), category.singular());
        return switch (popularity.band()) {
            case NEITHER -> words.t("sentences.popularity_neither", "first", first, "second", second);
            case ONLY_ONE -> words.t("sentences.popularity_only_one", "leader", leader, "other", other,
                    "units", words.t("units.plural", "unit", unit.plural()));
            case ABOUT_EQUAL -> words.t("sentences.popularity_about_equal", "first", first, "second", second);
            case PERCENT -> words.t("sentences.popularity_percent" + named, "leader", leader, "category", singular,
                    "other", other, "percent", percentMore(popularity.ratio()));
            case TIMES -> words.t("sentences.popularity_times" + named, "leader", leader, "category", singular,
                    "other", other, "times", times(popularity.ratio()));
        };
    }

    /**
     * The n of "n times more popular", rounded as the rules say and left to the message to write
     * in its language: below 10 one decimal, a trailing ".0" dropped ("2.5", "7"; 9.95 gives 10);
     * from 10 a whole number ("36", 1235 for 1234.5).
     */
    static BigDecimal times(BigDecimal ratio) {
        if (ratio.compareTo(TEN) >= 0) {
            return ratio.setScale(0, RoundingMode.HALF_UP);
        }
        BigDecimal rounded = ratio.setScale(1, RoundingMode.HALF_UP);
        return rounded.remainder(BigDecimal.ONE).signum() == 0 ? rounded.setScale(0, RoundingMode.UNNECESSARY) : rounded;
    }

    /** The p of "p% more popular": {@code (ratio - 1) * 100} rounded half up to a whole number. */
    static BigDecimal percentMore(BigDecimal ratio) {
        return ratio.subtract(BigDecimal.ONE).multiply(HUNDRED).setScale(0, RoundingMode.HALF_UP);
    }

    /**
     * The leader's category ("web framework" of "The Django web framework"): the first of its own
     * categories (its snapshot order, so its main one) that the other technology shares; null
     * when none is.
     */
    private static Category leaderCategory(Comparison comparison) {
        Technology leader = comparison.leader();
        for (String slug : leader.categories()) {
            for (CategoryStanding standing : comparison.sharedCategories()) {
                if (standing.category().slug().equals(slug)) {
                    return standing.category();
                }
            }
        }
        return null;
    }
}
