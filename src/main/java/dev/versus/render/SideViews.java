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
        badgeKeys(technology).forEach(Words::noteShown); // the cached column shows them too
        return Memo.get(columns, root + technology.slug(), key -> column(technology, root)).withRanks(ranks(c, isFirst));
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

    private String about(Technology technology) {
        if (technology.about() == null) {
            return null;
        }
        return Memo.get(aboutHtml, technology.slug(), slug -> Markdown.toSafeHtml(technology.about()));
    }

    /** The English badges. */
    static List<String> badges(Technology technology) {
        return badges(technology, BuiltInWords.english());
    }

    /** "Open source" and the pricing badges, in the language of {@code words} ({@code badges.<pricing>}). */
    static List<String> badges(Technology technology, Words words) {
        List<String> badges = new ArrayList<>();
        for (String key : badgeKeys(technology)) {
            badges.add(words.t(key));
        }
        return badges;
    }

    /** The message keys of a technology's badges: {@code badges.open_source}, then {@code badges.<pricing>}. */
    private static List<String> badgeKeys(Technology technology) {
        List<String> keys = new ArrayList<>();
        if (technology.openSource()) {
            keys.add("badges.open_source");
        }
        for (Pricing pricing : technology.pricing()) {
            keys.add("badges." + pricing.json());
        }
        return keys;
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
        return Memo.get(rankLines, rank + " " + category.slug(), key -> words.t(RANK_IN,
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
