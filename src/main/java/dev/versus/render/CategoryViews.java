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
import dev.versus.text.LocaleFormats;
import dev.versus.text.RankingDescriptions;
import dev.versus.text.Wording;
import dev.versus.text.Words;
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
    /** What a count counts, as messages select on it: "websites", "pages" or "domains". */
    private final String unit;
    private final Words words;
    private final LocaleFormats formats;

    CategoryViews(Catalog catalog, SiteContext site, SiteContent content) {
        this.catalog = catalog;
        this.site = site;
        this.content = content;
        this.wording = Wording.of(catalog.snapshot(), site.words());
        this.provenance = catalog.snapshot().info().provenance();
        this.unit = catalog.snapshot().info().unit().plural();
        this.words = site.words();
        this.formats = words.formats();
    }

    CategoryView view(Page.Category page) {
        Category category = page.category();
        String route = page.route();
        String root = Routes.toRoot(route);
        List<Technology> ranked = catalog.ranking(category.slug());
        String name = name(category);
        PageMeta meta = site.meta(route,
                words.t("category.title", "category", name, "count", ranked.size(), "site", site.siteName()),
                description(category, ranked, page.pairs().count()), false,
                List.of(new Link(words.t("category.crumb_categories"), Routes.categories())), name);
        List<Link> ranking = ranked.stream()
                .map(technology -> new Link(technology.name(), Routes.technology(technology.slug())))
                .toList();
        return new CategoryView(
                meta,
                name,
                lede(category, ranked),
                content.categoryTexts().get(category.slug()),
                ranking(category, ranked, root),
                chart(category, ranked),
                leaderComparisons(ranked, root),
                words.t("category.leaders_heading", "count", LEADERS),
                comparisons(page.category(), page.pairs(), page.paging(), 1, root),
                ItemListJson.of(words.t("category.ranking_caption", "category", name), ranking, 1, ranking.size(), site));
    }

    CategoryListView view(Page.CategoryComparisons page) {
        Category category = page.category();
        String route = page.route();
        String root = Routes.toRoot(route);
        Paging paging = page.paging();
        int number = page.number();
        String name = name(category);
        // Page numbers are written as the pager writes them, without grouping.
        String pageNumber = Integer.toString(number);
        String pageCount = Integer.toString(paging.pageCount());
        String heading = words.t("category.list_heading", "category", name, "number", pageNumber, "pages", pageCount);
        CategoryView.ComparisonList list = comparisons(category, page.pairs(), paging, number, root);
        List<Link> pairs = page.pairs().slice(paging.from(number), paging.to(number)).stream()
                .map(pair -> new Link(name(pair), Routes.comparison(pair.first(), pair.second())))
                .toList();
        String description = words.t("category.list_description", "category", name, "from", paging.from(number) + 1,
                "to", paging.to(number), "total", paging.items(), "first", pairs.get(0).text(),
                "last", pairs.get(pairs.size() - 1).text());
        PageMeta meta = site.meta(route, words.t("category.list_title", "category", name, "number", pageNumber,
                        "pages", pageCount, "site", site.siteName()),
                RankingDescriptions.fit(List.of(description)), false,
                List.of(new Link(words.t("category.crumb_categories"), Routes.categories()),
                        new Link(name, Routes.category(category.slug()))),
                words.t("category.list_crumb", "number", pageNumber));
        return new CategoryListView(meta, heading, new Link(name, root + Routes.category(category.slug())),
                list, ItemListJson.of(heading, pairs, paging.from(number) + 1, paging.items(), site));
    }

    private String name(Category category) {
        return words.categoryName(category.slug(), category.name());
    }

    /** "The Web frameworks category has 5 technologies. React leads with a market share of 83.4%." */
    private String lede(Category category, List<Technology> ranked) {
        if (catalog.categoryTotal(category.slug()) == 0) {
            return words.t("category.lede_none_detected", "category", name(category), "count", ranked.size());
        }
        Technology leader = ranked.get(0);
        return words.t("category.lede", "category", name(category), "count", ranked.size(),
                "leader", leader.name(), "share", share(leader, category));
    }

    private String description(Category category, List<Technology> ranked, long comparisons) {
        List<String> sentences = new ArrayList<>();
        sentences.add(words.t("category.description", "category", name(category), "count", ranked.size(),
                "unit", unit));
        if (catalog.categoryTotal(category.slug()) > 0) {
            List<String> next = ranked.stream().skip(1).limit(2)
                    .map(technology -> words.t("category.technology_share", "technology", technology.name(),
                            "share", share(technology, category)))
                    .toList();
            sentences.add(words.t(next.isEmpty() ? "category.description_leader" : "category.description_leader_then",
                    "leader", ranked.get(0).name(), "share", share(ranked.get(0), category),
                    "others", formats.list(next)));
        }
        if (comparisons > 0) {
            sentences.add(words.t("category.description_comparisons", "count", comparisons));
        }
        return RankingDescriptions.fit(sentences);
    }

    private String share(Technology technology, Category category) {
        Share share = catalog.marketShare(technology.slug(), category.slug());
        return share == null ? "—" : formats.share(share.exact());
    }

    private CategoryView.Ranking ranking(Category category, List<Technology> ranked, String root) {
        LocalDate commonDate = commonLatestDate(ranked);
        List<CategoryView.RankRow> rows = new ArrayList<>(ranked.size());
        for (int i = 0; i < ranked.size(); i++) {
            Technology technology = ranked.get(i);
            rows.add(new CategoryView.RankRow(
                    formats.count(i + 1),
                    new Link(technology.name(), root + Routes.technology(technology.slug())),
                    formats.count(technology.total()),
                    share(technology, category),
                    change(technology, commonDate)));
        }
        String changeNote = commonDate == null ? null
                : words.t("category.change_note", "date", formats.date(commonDate));
        return new CategoryView.Ranking(changeNote, Notes.modeled(provenance.total(), "notes.totals", words),
                Notes.modeled(provenance.history(), "notes.history", words), rows);
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
    private String change(Technology technology, LocalDate commonDate) {
        HistoryPoint latest = Standings.latest(technology);
        if (latest == null) {
            return "—";
        }
        dev.versus.compare.Growth growth = Standings.growth(technology, latest);
        String cell = growth.earlier() != 0 ? wording.percentChange(growth.value())
                : growth.now() == 0 ? "—" : words.t("sentences.new");
        return Objects.equals(commonDate, latest.date()) ? cell
                : words.t("category.change_since", "change", cell, "date", formats.date(latest.date()));
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
            bars.add(bar(words.t("category.chart_other"), new Share(total - charted, total)));
        }
        String description = ranked.size() > CHARTED
                ? words.t("category.chart_description_with_others", "charted", CHARTED, "others", ranked.size() - CHARTED)
                : words.t("category.chart_description");
        return ShareCharts.layout(words.t("category.chart_title", "category", name(category)), description, bars,
                words.language().rightToLeft());
    }

    private ShareCharts.Input bar(String label, Share share) {
        BigDecimal value = share.exact();
        return new ShareCharts.Input(label, value, formats.share(value));
    }

    /**
     * Every pair among the leaders, the better-ranked named first; none when the category has no
     * more technologies than that, as the list of all its comparisons then has them.
     */
    private List<Link> leaderComparisons(List<Technology> ranked, String root) {
        if (ranked.size() <= LEADERS) {
            return List.of();
        }
        List<Technology> leaders = ranked.subList(0, Math.min(LEADERS, ranked.size()));
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < leaders.size(); i++) {
            for (int j = i + 1; j < leaders.size(); j++) {
                links.add(new Link(words.t("category.pair", "first", leaders.get(i).name(), "second", leaders.get(j).name()),
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
        String summary = paging.items() == 0 ? words.t("category.summary_none")
                : paging.items() == 1 ? words.t("category.summary_one")
                : paging.pageCount() == 1 ? words.t("category.summary_all", "count", paging.items())
                : words.t("category.summary_range", "from", paging.from(number) + 1, "to", paging.to(number),
                        "total", paging.items());
        long elsewhere = allPairs(catalog.ranking(category.slug()).size()) - paging.items();
        String note = elsewhere == 0 ? null : words.t("category.elsewhere_note", "count", elsewhere);
        return new CategoryView.ComparisonList(words.t("category.every_comparison", "category", name(category)),
                summary, note, links,
                Pagers.of(number, paging.pageCount(),
                        n -> root + Routes.categoryComparisons(category.slug(), n), words));
    }

    private static long allPairs(long members) {
        return members * (members - 1) / 2;
    }

    /** "Django vs Flask", in the pair's canonical order, as its page's heading has it. */
    private String name(Pair pair) {
        return words.t("category.pair", "first", pair.first().name(), "second", pair.second().name());
    }
}
