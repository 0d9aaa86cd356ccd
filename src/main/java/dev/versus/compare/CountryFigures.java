package dev.versus.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * A pair's country figures, from one pass over both country breakdowns.
 *
 * <p>Rules: docs/comparison-rules.md §4.1, §4.2, §4.3.
 */
record CountryFigures(CountryLead first, CountryLead second, List<CountryRow> rows) {
    static final int NAMED = 3;
    static final int TABLE_ROWS = 10;

    static CountryFigures of(Profile first, Profile second, long minCountrySample) {
        TopK<Counts> table = new TopK<>(TABLE_ROWS, Counts.LARGEST_FIRST);
        List<Counts> qualifying = new ArrayList<>();
        Counts.forEach(first.countries(), second.countries(), counts -> {
            if (counts.sum() > 0) {
                table.offer(counts);
            }
            if (counts.sum() >= minCountrySample) {
                qualifying.add(counts);
            }
        });
        long a = first.tech().total();
        long b = second.tech().total();
        return new CountryFigures(
                lead(qualifying, new ShareGap(true, a, b)),
                lead(qualifying, new ShareGap(false, a, b)),
                table.toList().stream().map(counts -> row(counts, a, b)).toList());
    }

    /**
     * The countries where one side's share of its own total is larger than the other's, largest
     * gap first. Shares, not counts: the chart beside the sentence draws shares, and a reader
     * must be able to check the sentence against it (comparison rules, "Popularity by country").
     */
    private static CountryLead lead(List<Counts> qualifying, ShareGap gap) {
        TopK<Counts> relative = new TopK<>(NAMED, gap.largestFirst());
        for (Counts counts : qualifying) {
            if (gap.positive(counts)) {
                relative.offer(counts);
            }
        }
        return new CountryLead(codes(relative.toList()));
    }

    private static List<String> codes(List<Counts> countries) {
        return countries.stream().map(Counts::key).toList();
    }

    private static CountryRow row(Counts counts, long a, long b) {
        return new CountryRow(counts.key(), counts.first(), counts.second(),
                new Share(counts.first(), a), new Share(counts.second(), b));
    }
}
