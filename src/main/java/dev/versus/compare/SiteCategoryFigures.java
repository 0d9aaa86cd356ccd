package dev.versus.compare;

import java.util.List;

/**
 * A pair's kinds-of-site figures, from one pass over both site-category breakdowns.
 *
 * <p>Rules: docs/comparison-rules.md §5.1, §5.2.
 */
record SiteCategoryFigures(List<String> first, List<String> second, List<SiteCategoryRow> rows) {
    static final int NAMED = 3;
    static final int TABLE_ROWS = 10;

    static SiteCategoryFigures of(Profile first, Profile second) {
        long a = first.tech().total();
        long b = second.tech().total();
        ShareGap firstGap = new ShareGap(true, a, b);
        ShareGap secondGap = new ShareGap(false, a, b);
        TopK<Counts> table = new TopK<>(TABLE_ROWS, Counts.LARGEST_FIRST);
        TopK<Counts> firstMore = new TopK<>(NAMED, firstGap.largestFirst());
        TopK<Counts> secondMore = new TopK<>(NAMED, secondGap.largestFirst());
        Counts.forEach(first.siteCategories(), second.siteCategories(), counts -> {
            if (counts.sum() > 0) {
                table.offer(counts);
            }
            if (firstGap.positive(counts)) {
                firstMore.offer(counts);
            } else if (secondGap.positive(counts)) {
                secondMore.offer(counts);
            }
        });
        return new SiteCategoryFigures(slugs(firstMore), slugs(secondMore),
                table.toList().stream().map(counts -> row(counts, a, b)).toList());
    }

    private static List<String> slugs(TopK<Counts> kinds) {
        return kinds.toList().stream().map(Counts::key).toList();
    }

    private static SiteCategoryRow row(Counts counts, long a, long b) {
        return new SiteCategoryRow(counts.key(), counts.first(), counts.second(),
                new Share(counts.first(), a), new Share(counts.second(), b));
    }
}
