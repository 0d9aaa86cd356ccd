package dev.versus.text;

import dev.versus.compare.CategoryStanding;
import dev.versus.compare.Comparison;
import dev.versus.compare.Popularity;
import dev.versus.model.Technology;
import dev.versus.model.Unit;

/**
 * The sentences of the popularity rules, one per band of the ratio.
 *
 * <p>Rules: docs/comparison-rules.md §3.3, §3.4.
 */
final class PopularitySentences {
    private final Unit unit;

    PopularitySentences(Unit unit) {
        this.unit = unit;
    }

    /** The short bullet at the top: "Django is much more popular than Flask." */
    String headline(Comparison comparison) {
        Popularity popularity = comparison.popularity();
        String leader = comparison.leader().name();
        String other = comparison.other().name();
        return switch (popularity.band()) {
            case NEITHER, ABOUT_EQUAL -> sentence(comparison, false);
            case ONLY_ONE -> "Only " + leader + " is detected.";
            case PERCENT -> leader + " is more popular than " + other + ".";
            case TIMES -> leader + " is " + (popularity.much() ? "much " : "") + "more popular than " + other + ".";
        };
    }

    /**
     * The rules' sentence for the band, with its figure. With {@code namingCategory}, a leader
     * that is ahead is introduced by its category ("The Django web framework is ...").
     */
    String sentence(Comparison comparison, boolean namingCategory) {
        String first = comparison.first().name();
        String second = comparison.second().name();
        String leader = namingCategory ? withCategory(comparison) : comparison.leader().name();
        String other = comparison.other().name();
        Popularity popularity = comparison.popularity();
        return switch (popularity.band()) {
            case NEITHER -> "Neither " + first + " nor " + second + " was detected.";
            case ONLY_ONE -> "Only " + comparison.leader().name() + " is detected; " + other
                    + " was found on no " + unit.plural() + ".";
            case ABOUT_EQUAL -> first + " and " + second + " are about equally popular.";
            case PERCENT -> leader + " is " + Percentages.percentMore(popularity.ratio())
                    + "% more popular than " + other + ".";
            case TIMES -> leader + " is " + Percentages.ratioTimes(popularity.ratio())
                    + " times more popular than " + other + ".";
        };
    }

    /**
     * "The Django web framework": the leader's category is the first of its own categories (its
     * snapshot order, so its main one) that the other technology shares.
     */
    private static String withCategory(Comparison comparison) {
        Technology leader = comparison.leader();
        for (String slug : leader.categories()) {
            for (CategoryStanding standing : comparison.sharedCategories()) {
                if (standing.category().slug().equals(slug)) {
                    return "The " + leader.name() + " " + standing.category().singular();
                }
            }
        }
        return leader.name();
    }
}
