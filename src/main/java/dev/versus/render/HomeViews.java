package dev.versus.render;

import dev.versus.model.PageKind;
import dev.versus.compare.Catalog;
import dev.versus.compare.Pair;
import dev.versus.model.Category;
import dev.versus.model.Technology;
import dev.versus.plan.Routes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the views of the home page and the search page. */
final class HomeViews {
    /** How many popular technologies and comparisons the home page links to. */
    static final int POPULAR = 12;

    private final Catalog catalog;
    private final SiteContext site;
    private final dev.versus.text.Words words;
    private final String unit;

    HomeViews(Catalog catalog, SiteContext site) {
        this.catalog = catalog;
        this.site = site;
        this.words = site.words();
        this.unit = catalog.snapshot().info().unit().plural();
    }

    HomeView home() {
        String route = Routes.home();
        String root = Routes.toRoot(route);
        String description = words.format("home.description", counts("unit", unit, "date", site.dataDate()));
        PageMeta full = site.meta(route, words.format("home.title", counts("site", site.siteName())), description, false,
                List.of(), words.t("home.crumb"));
        // The home page is the first crumb itself: a trail of one says nothing, so none is shown.
        PageMeta meta = full.withBreadcrumbs(full.breadcrumbs().subList(0, 1), "");
        List<HomeView.Entry> categories = categories(root);
        List<Link> items = catalog.snapshot().categories().stream()
                .map(category -> new Link(categoryName(category), Routes.category(category.slug())))
                .toList();
        return new HomeView(meta, site.tagline(), intro(),
                site.builds(PageKind.SEARCH) ? searchBox(root) : null, popularTechnologies(root), popularComparisons(root), categories,
                site.builds(PageKind.COUNTRIES) ? new Link(words.t("home.countries"), root + Routes.countries())
                        : null,
                ListJsonLd.website(site, description, words.t("home.categories_list"), items));
    }

    private String intro() {
        return words.format("home.intro", counts("site", site.siteName(), "unit", unit, "date", site.dataDate()));
    }

    /**
     * The message arguments every sentence about the whole site may use: how many technologies,
     * categories and comparisons it has, and then {@code more} name, value pairs.
     */
    private Map<String, Object> counts(Object... more) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("technologies", technologies());
        arguments.put("categories", (long) catalog.snapshot().categories().size());
        arguments.put("comparisons", catalog.pairCount());
        arguments.putAll(dev.versus.text.Words.arguments(more));
        return arguments;
    }

    private String categoryName(Category category) {
        return words.categoryName(category.slug(), category.name());
    }

    SearchView search() {
        String route = Routes.search();
        String root = Routes.toRoot(route);
        PageMeta meta = site.meta(route, words.t("search.title", "site", site.siteName()),
                words.format("search.description", counts()), false, List.of(), words.t("search.crumb"));
        SearchBox box = searchBox(root);
        return new SearchView(meta, words.t("search.heading"),
                words.t("search.intro", "example", box.example()),
                box, new Link(words.t("search.every_category"), root + "categories/"),
                new Link(words.t("search.home_page"), (root.isEmpty() ? "./" : root) + "#categories"),
                site.builds(PageKind.COUNTRIES) ? new Link(words.t("search.countries"), root + Routes.countries())
                        : null);
    }

    private long technologies() {
        return catalog.snapshot().technologies().size();
    }

    private SearchBox searchBox(String root) {
        List<HomeView.Entry> pairs = popularComparisons("");
        String example = pairs.isEmpty() ? words.t("search.example")
                : pairs.get(0).link().text();
        return new SearchBox(root + Routes.search(), root + Routes.searchIndex(), site.assetRoot(root) + "assets/search.js",
                root.isEmpty() ? "./" : root, example, SearchBox.differing(scriptWords()));
    }

    /** The search script's texts in the page's language, {name} left where the script puts a value. */
    private Map<String, String> scriptWords() {
        Map<String, String> say = new LinkedHashMap<>();
        say.put("pair", words.t("category.pair", "first", "{first}", "second", "{second}"));
        say.put("no-match", words.t("search.no_match", "query", "{query}"));
        say.put("no-shared-category", words.t("search.no_shared_category", "first", "{first}", "second", "{second}"));
        say.put("unavailable", words.t("search.unavailable"));
        return say;
    }

    /** The most used technologies overall: total descending, ties by slug. */
    private List<HomeView.Entry> popularTechnologies(String root) {
        return catalog.snapshot().technologies().stream()
                .filter(tech -> tech.total() > 0)
                .sorted(Comparator.comparingLong(Technology::total).reversed().thenComparing(Technology::slug))
                .limit(POPULAR)
                .map(tech -> new HomeView.Entry(new Link(tech.name(), root + Routes.technology(tech.slug())),
                        words.t("home.technology_detail", "count", tech.total(), "unit", unit)))
                .toList();
    }

    /**
     * The first two of each of the categories used most (category total descending, ties by
     * slug), each pair once: the comparisons most readers come for.
     */
    private List<HomeView.Entry> popularComparisons(String root) {
        List<Category> biggest = new ArrayList<>(catalog.snapshot().categories());
        biggest.sort(Comparator.comparingLong((Category c) -> catalog.categoryTotal(c.slug())).reversed()
                .thenComparing(Category::slug));
        Map<String, HomeView.Entry> pairs = new LinkedHashMap<>();
        for (Category category : biggest) {
            List<Technology> ranked = catalog.ranking(category.slug());
            if (pairs.size() == POPULAR || catalog.categoryTotal(category.slug()) == 0) {
                break;
            }
            if (ranked.size() < 2) {
                continue;
            }
            // Named in the order of the page's own heading, which is the pair's canonical order.
            Pair pair = Pair.of(ranked.get(0), ranked.get(1));
            String route = Routes.comparison(pair.first(), pair.second());
            pairs.putIfAbsent(route, new HomeView.Entry(
                    new Link(words.t("category.pair", "first", pair.first().name(), "second", pair.second().name()),
                            root + route), categoryName(category)));
        }
        return List.copyOf(pairs.values());
    }

    /** Every category in the snapshot's order, with how many technologies it has. */
    private List<HomeView.Entry> categories(String root) {
        return catalog.snapshot().categories().stream()
                .map(category -> {
                    int size = catalog.ranking(category.slug()).size();
                    return new HomeView.Entry(new Link(categoryName(category), root + Routes.category(category.slug())),
                            words.t("home.category_detail", "count", size));
                })
                .toList();
    }
}
