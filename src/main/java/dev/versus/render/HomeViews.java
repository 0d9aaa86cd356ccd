package dev.versus.render;

import dev.versus.model.PageKind;
import dev.versus.compare.Catalog;
import dev.versus.compare.Pair;
import dev.versus.model.Category;
import dev.versus.model.Technology;
import dev.versus.plan.Routes;
import dev.versus.text.Counts;
import dev.versus.text.Plural;
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
    private final String unit;
    private final String technologyCount;
    private final String categoryCount;
    private final String comparisonCount;

    HomeViews(Catalog catalog, SiteContext site) {
        this.catalog = catalog;
        this.site = site;
        this.unit = catalog.snapshot().info().unit().plural();
        this.technologyCount = Plural.count(catalog.snapshot().technologies().size(), "web technology",
                "web technologies");
        this.categoryCount = Plural.count(catalog.snapshot().categories().size(), "category", "categories");
        this.comparisonCount = Plural.count(catalog.pairCount(), "side-by-side comparison", "side-by-side comparisons");
    }

    HomeView home() {
        String route = Routes.home();
        String root = Routes.toRoot(route);
        String description = "Compare how widely " + technologyCount + " " + Plural.isAre(technologies()) + " used: "
                + comparisonCount + " in " + categoryCount + ", from counts of "
                + unit + " as of " + site.dataDate() + ".";
        PageMeta full = site.meta(route, site.siteName() + " — " + technologyCount
                + " compared by usage", description, false, List.of(), "Home");
        // The home page is the first crumb itself: a trail of one says nothing, so none is shown.
        PageMeta meta = full.withBreadcrumbs(full.breadcrumbs().subList(0, 1), "");
        List<HomeView.Entry> categories = categories(root);
        List<Link> items = catalog.snapshot().categories().stream()
                .map(category -> new Link(category.name(), Routes.category(category.slug())))
                .toList();
        return new HomeView(meta, site.tagline(), intro(),
                site.builds(PageKind.SEARCH) ? searchBox(root) : null, popularTechnologies(root), popularComparisons(root), categories,
                site.builds(PageKind.COUNTRIES) ? new Link("Technology leaders in each country", root + Routes.countries())
                        : null,
                ListJsonLd.website(site, description, "Categories", items));
    }

    private String intro() {
        return site.siteName() + " puts web technologies side by side. Each page compares two technologies of the "
                + "same category, such as two web frameworks or two content management systems, by the number of "
                + unit + " each was found on: overall, by country and by kind of site. " + capitalized(comparisonCount)
                + " of " + technologyCount + " in " + categoryCount + " " + Plural.isAre(catalog.pairCount())
                + " listed here, with figures as of " + site.dataDate() + ". The counts show how widely each "
                + "technology is used; they do not rate it.";
    }

    SearchView search() {
        String route = Routes.search();
        String root = Routes.toRoot(route);
        PageMeta meta = site.meta(route, "Search technologies and comparisons | " + site.siteName(),
                "Find any of " + technologyCount + ", or the comparison of two of them, among "
                        + comparisonCount + "; the search runs in your browser.",
                false, List.of(), "Search");
        SearchBox box = searchBox(root);
        return new SearchView(meta, "Search technologies and comparisons",
                "Type the name of a technology, or two names with \"vs\" between them (\"" + box.example()
                        + "\"), to find their pages. Only technologies of the same category are compared.",
                box, new Link("every category", root + "categories/"),
                new Link("the home page", (root.isEmpty() ? "./" : root) + "#categories"),
                site.builds(PageKind.COUNTRIES) ? new Link("technology leaders by country", root + Routes.countries())
                        : null);
    }

    private long technologies() {
        return catalog.snapshot().technologies().size();
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private SearchBox searchBox(String root) {
        List<HomeView.Entry> pairs = popularComparisons("");
        String example = pairs.isEmpty() ? "a technology name"
                : pairs.get(0).link().text();
        return new SearchBox(root + Routes.search(), root + Routes.searchIndex(), site.assetRoot(root) + "assets/search.js",
                root.isEmpty() ? "./" : root, example);
    }

    /** The most used technologies overall: total descending, ties by slug. */
    private List<HomeView.Entry> popularTechnologies(String root) {
        return catalog.snapshot().technologies().stream()
                .filter(tech -> tech.total() > 0)
                .sorted(Comparator.comparingLong(Technology::total).reversed().thenComparing(Technology::slug))
                .limit(POPULAR)
                .map(tech -> new HomeView.Entry(new Link(tech.name(), root + Routes.technology(tech.slug())),
                        Counts.format(tech.total()) + " " + unit))
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
                    new Link(pair.first().name() + " vs " + pair.second().name(), root + route), category.name()));
        }
        return List.copyOf(pairs.values());
    }

    /** Every category in the snapshot's order, with how many technologies it has. */
    private List<HomeView.Entry> categories(String root) {
        return catalog.snapshot().categories().stream()
                .map(category -> {
                    int size = catalog.ranking(category.slug()).size();
                    return new HomeView.Entry(new Link(category.name(), root + Routes.category(category.slug())),
                            Plural.count(size, "technology", "technologies"));
                })
                .toList();
    }
}
