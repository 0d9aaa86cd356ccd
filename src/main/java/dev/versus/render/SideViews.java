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
 * One technology's column of a comparison's facts table. A technology's "about" Markdown is
 * rendered once per build and reused by every page it appears on.
 */
final class SideViews {
    private final Catalog catalog;
    private final Words words;
    private final Map<String, String> aboutHtml = new ConcurrentHashMap<>();

    SideViews(Catalog catalog, Words words) {
        this.catalog = catalog;
        this.words = words;
    }

    ComparisonView.Side side(Technology technology, Comparison c, String root, boolean isFirst) {
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
                ranks(c, isFirst),
                words.formats().count(technology.total()));
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
            Category category = standing.category();
            int rank = isFirst ? standing.firstRank() : standing.secondRank();
            int of = catalog.ranking(category.slug()).size();
            ranks.add(words.t("sentences.rank_in", "rank", words.formats().count(rank), "of", words.formats().count(of),
                    "category", words.categoryName(category.slug(), category.name())));
        }
        return ranks;
    }

    /** The host without "www.", which is how people read a website's name. */
    static String websiteLabel(String website) {
        String host = URI.create(website).getHost();
        return host.startsWith("www.") ? host.substring(4) : host;
    }
}
