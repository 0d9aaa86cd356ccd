package dev.versus.render;

import dev.versus.compare.Catalog;
import dev.versus.compare.CategoryPairs;
import dev.versus.compare.Pair;
import dev.versus.compare.Share;
import dev.versus.model.Category;
import dev.versus.model.HistoryPoint;
import dev.versus.model.Provenance;
import dev.versus.model.SiteContent;
import dev.versus.model.Technology;
import dev.versus.plan.Page;
import dev.versus.plan.Paging;
import dev.versus.plan.Routes;
import dev.versus.text.Counts;
import dev.versus.text.Plural;
import dev.versus.text.Dates;
import dev.versus.text.Percentages;
import dev.versus.text.RankingDescriptions;
import dev.versus.text.Wording;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Builds the views of category pages and their further pages of comparisons. */
final class CategoryViews {
    /** The chart shows this many technologies, and "Other" for the rest. */
    static final int CHARTED = 10;
    /** The comparisons among this many leaders are linked near the top. */
    static final int LEADERS = 10;

    private final Catalog catalog;
    private final SiteContext site;
    private final SiteContent content;
    private final Wording wording;
    private final Provenance provenance;
    private final String unit;

    CategoryViews(Catalog catalog, SiteContext site, SiteContent content) {
        this.catalog = catalog;
        this.site = site;
        this.content = content;
        this.wording = Wording.of(catalog.snapshot(), site.words());
        this.provenance = catalog.snapshot().info().provenance();
        this.unit = catalog.snapshot().info().unit().plural();
    }

    CategoryView view(Page.Category page) {
        Category category = page.category();
        String route = page.route();
        String root = Routes.toRoot(route);
        List<Technology> ranked = catalog.ranking(category.slug());
        PageMeta meta = site.meta(route,
                category.name() + " — " + technologies(ranked.size()) + " ranked by usage | " + site.siteName(),
                description(category, ranked, page.pairs().count()), false,
                List.of(new Link("Categories", Routes.categories())), category.name());
        List<Link> ranking = ranked.stream()
                .map(technology -> new Link(technology.name(), Routes.technology(technology.slug())))
                .toList();
        return new CategoryView(
                meta,
                category.name(),
                lede(category, ranked),
                content.categoryTexts().get(category.slug()),
                ranking(category, ranked, root),
                chart(category, ranked),
                leaderComparisons(ranked, root),
                "Comparisons of the " + LEADERS + " most used",
                comparisons(page.category(), page.pairs(), page.paging(), 1, root),
                ItemListJson.of(category.name() + " ranked by usage", ranking, 1, ranking.size(), site));
    }

    CategoryListView view(Page.CategoryComparisons page) {
        Category category = page.category();
        String route = page.route();
        String root = Routes.toRoot(route);
        Paging paging = page.paging();
        int number = page.number();
        String heading = category.name() + " compared: page " + number + " of " + paging.pageCount();
        CategoryView.ComparisonList list = comparisons(category, page.pairs(), paging, number, root);
        List<Link> pairs = page.pairs().slice(paging.from(number), paging.to(number)).stream()
                .map(pair -> new Link(name(pair), Routes.comparison(pair.first(), pair.second())))
                .toList();
        String description = category.name() + " comparisons " + Counts.format(paging.from(number) + 1) + " to "
                + Counts.format(paging.to(number)) + " of " + Counts.format(paging.items()) + ", from "
                + pairs.get(0).text() + " to " + pairs.get(pairs.size() - 1).text() + ".";
        PageMeta meta = site.meta(route, category.name() + " comparisons, page " + number + " of "
                        + paging.pageCount() + " | " + site.siteName(),
                RankingDescriptions.fit(List.of(description)), false,
                List.of(new Link("Categories", Routes.categories()),
                        new Link(category.name(), Routes.category(category.slug()))),
                "Page " + number);
        return new CategoryListView(meta, heading, new Link(category.name(), root + Routes.category(category.slug())),
                list, ItemListJson.of(heading, pairs, paging.from(number) + 1, paging.items(), site));
    }

    private static String technologies(int count) {
        return Plural.count(count, "technology", "technologies");
    }

    /** "The Web frameworks category has 5 technologies. React leads with a market share of 83.4%." */
    private String lede(Category category, List<Technology> ranked) {
        String members = "The " + category.name() + " category has " + technologies(ranked.size());
        if (catalog.categoryTotal(category.slug()) == 0) {
            return members + ", none of them detected in this snapshot.";
        }
        Technology leader = ranked.get(0);
        return members + ". " + leader.name() + " leads with a market share of " + share(leader, category) + ".";
    }

    private String description(Category category, List<Technology> ranked, long comparisons) {
        List<String> sentences = new ArrayList<>();
        sentences.add(category.name() + ": " + technologies(ranked.size()) + " ranked by the " + unit
                + " they are detected on.");
        if (catalog.categoryTotal(category.slug()) > 0) {
            List<String> next = ranked.stream().skip(1).limit(2)
                    .map(technology -> technology.name() + " (" + share(technology, category) + ")")
                    .toList();
            sentences.add(ranked.get(0).name() + " leads with " + share(ranked.get(0), category)
                    + (next.isEmpty() ? "" : ", then " + dev.versus.text.EnglishLists.join(next)) + ".");
        }
        if (comparisons > 0) {
            sentences.add(Plural.count(comparisons, "comparison", "comparisons") + ".");
        }
        return RankingDescriptions.fit(sentences);
    }

    private String share(Technology technology, Category category) {
        Share share = catalog.marketShare(technology.slug(), category.slug());
        return share == null ? "—" : Percentages.share(share);
    }

    private CategoryView.Ranking ranking(Category category, List<Technology> ranked, String root) {
        LocalDate commonDate = commonLatestDate(ranked);
        List<CategoryView.RankRow> rows = new ArrayList<>(ranked.size());
        for (int i = 0; i < ranked.size(); i++) {
            Technology technology = ranked.get(i);
            rows.add(new CategoryView.RankRow(
                    Counts.format(i + 1),
                    new Link(technology.name(), root + Routes.technology(technology.slug())),
                    Counts.format(technology.total()),
                    share(technology, category),
                    change(technology, commonDate)));
        }
        String changeNote = commonDate == null ? null
                : "Changes are since " + Dates.format(commonDate) + ", the date of the previous snapshot.";
        return new CategoryView.Ranking(changeNote, Notes.modeled(provenance.total(), Notes.TOTALS),
                Notes.modeled(provenance.history(), Notes.HISTORY), rows);
    }

    /** The date of every ranked technology's latest earlier total, when they all have the same one. */
    private static LocalDate commonLatestDate(List<Technology> ranked) {
        LocalDate common = null;
        for (Technology technology : ranked) {
            HistoryPoint latest = Standings.latest(technology);
            if (latest == null) {
                continue;
            }
            if (common != null && !common.equals(latest.date())) {
                return null;
            }
            common = latest.date();
        }
        return common;
    }

    /** The change cell: the date is written in it unless the column's heading has it. */
    private static String change(Technology technology, LocalDate commonDate) {
        HistoryPoint latest = Standings.latest(technology);
        if (latest == null) {
            return "—";
        }
        String cell = Standings.changeCell(technology, latest);
        return Objects.equals(commonDate, latest.date()) ? cell : cell + " since " + Dates.format(latest.date());
    }

    /** The ten most used and "Other" for the rest, as shares of the category's total. */
    private ShareChart chart(Category category, List<Technology> ranked) {
        long total = catalog.categoryTotal(category.slug());
        if (total == 0) {
            return null;
        }
        List<ShareCharts.Input> bars = new ArrayList<>();
        long charted = 0;
        for (Technology technology : ranked.subList(0, Math.min(CHARTED, ranked.size()))) {
            bars.add(bar(technology.name(), new Share(technology.total(), total)));
            charted += technology.total();
        }
        if (ranked.size() > CHARTED) {
            bars.add(bar("Other", new Share(total - charted, total)));
        }
        String description = ranked.size() > CHARTED
                ? "Bars show the market share of each of the " + CHARTED + " most used, and of the other "
                        + Counts.format(ranked.size() - CHARTED) + " together; the table below gives every figure."
                : "Bars show the market share of each; the table below gives the same figures.";
        return ShareCharts.layout("Market share in " + category.name(), description, bars);
    }

    private static ShareCharts.Input bar(String label, Share share) {
        BigDecimal value = share.exact();
        return new ShareCharts.Input(label, value, Percentages.share(share));
    }

    /**
     * Every pair among the leaders, the better-ranked named first; none when the category has no
     * more technologies than that, as the list of all its comparisons then has them.
     */
    private static List<Link> leaderComparisons(List<Technology> ranked, String root) {
        if (ranked.size() <= LEADERS) {
            return List.of();
        }
        List<Technology> leaders = ranked.subList(0, Math.min(LEADERS, ranked.size()));
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < leaders.size(); i++) {
            for (int j = i + 1; j < leaders.size(); j++) {
                links.add(new Link(leaders.get(i).name() + " vs " + leaders.get(j).name(),
                        root + Routes.comparison(leaders.get(i), leaders.get(j))));
            }
        }
        return links;
    }

    private CategoryView.ComparisonList comparisons(Category category, CategoryPairs pairs, Paging paging, int number,
            String root) {
        List<Link> links = pairs.slice(paging.from(number), paging.to(number)).stream()
                .map(pair -> new Link(name(pair), root + Routes.comparison(pair.first(), pair.second())))
                .toList();
        String summary = paging.items() == 0 ? "There is nothing to compare in this category yet."
                : paging.items() == 1 ? "One comparison."
                : paging.pageCount() == 1 ? "All " + Counts.format(paging.items()) + ", in alphabetical order."
                : "Comparisons " + Counts.format(paging.from(number) + 1) + " to " + Counts.format(paging.to(number))
                        + " of " + Counts.format(paging.items()) + ", in alphabetical order.";
        long elsewhere = allPairs(catalog.ranking(category.slug()).size()) - paging.items();
        String note = elsewhere == 0 ? null : Plural.count(elsewhere, "comparison", "comparisons")
                + " of two technologies that share another category " + Plural.isAre(elsewhere)
                + " listed under the first category they share.";
        return new CategoryView.ComparisonList("Every comparison of " + category.name(), summary, note, links,
                Pagers.of(number, paging.pageCount(),
                        n -> root + Routes.categoryComparisons(category.slug(), n)));
    }

    private static long allPairs(long members) {
        return members * (members - 1) / 2;
    }

    /** "Django vs Flask", in the pair's canonical order, as its page's heading has it. */
    private static String name(Pair pair) {
        return pair.first().name() + " vs " + pair.second().name();
    }
}
