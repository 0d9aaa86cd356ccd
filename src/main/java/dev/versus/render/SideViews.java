package dev.versus.render;

import dev.versus.compare.Catalog;
import dev.versus.compare.CategoryStanding;
import dev.versus.compare.Comparison;
import dev.versus.model.Category;
import dev.versus.model.Pricing;
import dev.versus.model.Technology;
import dev.versus.plan.Routes;
import dev.versus.text.Words;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One technology's column of a comparison's facts table. A technology's column (its "about"
 * Markdown rendered, its links and badges) is made once per build and reused by every page it
 * appears on; only its ranks, in the categories the pair shares, are the page's own.
 */
final class SideViews {
    private final Catalog catalog;
    private final Words words;
    private final Map<String, String> aboutHtml = new ConcurrentHashMap<>();
    /** Each technology's column by page root and slug: the same on each of its N-1 comparisons. */
    private final Map<String, ComparisonView.Side> columns = new ConcurrentHashMap<>();
    private final Map<String, String> rankLines = new ConcurrentHashMap<>();

    SideViews(Catalog catalog, Words words) {
        this.catalog = catalog;
        this.words = words;
    }

    ComparisonView.Side side(Technology technology, Comparison c, String root, boolean isFirst) {
        noteBadgesShown(technology);
        String key = root + technology.slug();
        ComparisonView.Side column = columns.get(key);
        if (column == null) {
            column = columns.computeIfAbsent(key, ignored -> column(technology, root));
        }
        return column.withRanks(ranks(c, isFirst));
    }

    /** Everything but the ranks, which depend on the categories the two technologies share. */
    private ComparisonView.Side column(Technology technology, String root) {
        List<Link> categories = catalog.categoriesOf(technology.slug()).stream()
                .map(category -> new Link(words.categoryName(category.slug(), category.name()), root + Routes.category(category.slug())))
                .toList();
        return new ComparisonView.Side(
                technology.name(),
                root + Routes.technology(technology.slug()),
                categories,
                about(technology),
                technology.headquarters(),
                technology.website(),
                technology.website() == null ? null : websiteLabel(technology.website()),
                badges(technology, words),
                List.of(),
                words.formats().count(technology.total()));
    }

    /** A cached column still shows its badges' messages; see {@link Words#noteShown}. */
    private static void noteBadgesShown(Technology technology) {
        if (technology.openSource()) {
            Words.noteShown("badges.open_source");
        }
        for (Pricing pricing : technology.pricing()) {
            Words.noteShown("badges." + pricing.json());
        }
    }

    private String about(Technology technology) {
        if (technology.about() == null) {
            return null;
        }
        return aboutHtml.computeIfAbsent(technology.slug(), slug -> Markdown.toSafeHtml(technology.about()));
    }

    /** The English badges. */
    static List<String> badges(Technology technology) {
        return badges(technology, BuiltInWords.english());
    }

    /** "Open source" and the pricing badges, in the language of {@code words} ({@code badges.<pricing>}). */
    static List<String> badges(Technology technology, Words words) {
        List<String> badges = new ArrayList<>();
        if (technology.openSource()) {
            badges.add(words.t("badges.open_source"));
        }
        for (Pricing pricing : technology.pricing()) {
            badges.add(words.t("badges." + pricing.json()));
        }
        return badges;
    }

    private List<String> ranks(Comparison c, boolean isFirst) {
        List<String> ranks = new ArrayList<>();
        for (CategoryStanding standing : c.sharedCategories()) {
            ranks.add(rankLine(standing.category(), isFirst ? standing.firstRank() : standing.secondRank()));
        }
        return ranks;
    }

    /** "#3 of 40 in Web frameworks", written once per category and rank. */
    private String rankLine(Category category, int rank) {
        Words.noteShown(RANK_IN);
        String key = rank + " " + category.slug();
        String line = rankLines.get(key);
        return line != null ? line : rankLines.computeIfAbsent(key, ignored -> words.t(RANK_IN,
                "rank", words.formats().count(rank), "of", words.formats().count(catalog.ranking(category.slug()).size()),
                "category", words.categoryName(category.slug(), category.name())));
    }

    private static final String RANK_IN = "sentences.rank_in";

    /** The host without "www.", which is how people read a website's name. */
    static String websiteLabel(String website) {
        String host = URI.create(website).getHost();
        return host.startsWith("www.") ? host.substring(4) : host;
    }
}
