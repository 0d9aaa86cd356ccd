package dev.versus.render;

import dev.versus.compare.Catalog;
import dev.versus.model.Category;
import dev.versus.model.Technology;
import dev.versus.plan.Routes;
import dev.versus.text.RankingDescriptions;
import dev.versus.text.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Builds the view of the list of categories. */
final class CategoriesViews {
    /** By name ignoring case (a fixed rule, not the machine's locale), then slug. */
    static final Comparator<Category> BY_NAME =
            Comparator.comparing(Category::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Category::slug);

    private final Catalog catalog;
    private final SiteContext site;

    CategoriesViews(Catalog catalog, SiteContext site) {
        this.catalog = catalog;
        this.site = site;
    }

    /**
     * {@link #BY_NAME} in English; another language sorts its own names of the categories by its
     * collation (CLDR's), then slug.
     */
    static Comparator<Category> byName(Words words) {
        if (words.language() == dev.versus.text.Language.EN) {
            return BY_NAME;
        }
        com.ibm.icu.text.Collator collator = com.ibm.icu.text.Collator.getInstance(words.language().locale());
        return Comparator.comparing((Category category) -> words.categoryName(category.slug(), category.name()),
                collator::compare).thenComparing(Category::slug);
    }

    CategoriesView view() {
        String route = Routes.categories();
        String root = Routes.toRoot(route);
        List<Category> categories = catalog.snapshot().categories().stream().sorted(byName(site.words())).toList();
        List<CategoriesView.Row> rows = new ArrayList<>();
        List<Link> items = new ArrayList<>();
        for (Category category : categories) {
            List<Technology> ranked = catalog.ranking(category.slug());
            Technology leader = catalog.categoryTotal(category.slug()) == 0 ? null : ranked.get(0);
            rows.add(new CategoriesView.Row(
                    new Link(site.words().categoryName(category.slug(), category.name()),
                            root + Routes.category(category.slug())),
                    site.words().count(ranked.size()),
                    leader == null ? null : new Link(leader.name(), root + Routes.technology(leader.slug()))));
            items.add(new Link(site.words().categoryName(category.slug(), category.name()),
                    Routes.category(category.slug())));
        }
        Words words = site.words();
        int technologies = catalog.snapshot().technologies().size();
        String lede = words.t("category_list.lede", "technologies", technologies, "categories", categories.size(),
                "site", site.siteName());
        PageMeta meta = site.meta(route,
                words.t("category_list.title", "categories", categories.size(), "site", site.siteName()),
                RankingDescriptions.fit(List.of(lede)), false, List.of(), words.t("category_list.crumb"));
        return new CategoriesView(meta, words.t("category_list.heading"), lede, rows,
                ItemListJson.of(words.t("category_list.list_name"), items, 1, items.size(), site));
    }
}
