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
        TopK<Counts> firstLeads = new TopK<>(NAMED, Counts.LARGEST_FIRST);
        TopK<Counts> secondLeads = new TopK<>(NAMED, Counts.LARGEST_FIRST);
        List<Counts> qualifying = new ArrayList<>();
        Counts.forEach(first.countries(), second.countries(), counts -> {
            if (counts.sum() > 0) {
                table.offer(counts);
            }
            if (counts.sum() >= minCountrySample) {
                qualifying.add(counts);
                if (counts.first() > counts.second()) {
                    firstLeads.offer(counts);
                } else if (counts.second() > counts.first()) {
                    secondLeads.offer(counts);
                }
            }
        });
        long a = first.tech().total();
        long b = second.tech().total();
        return new CountryFigures(
                lead(firstLeads, qualifying, new ShareGap(true, a, b)),
                lead(secondLeads, qualifying, new ShareGap(false, a, b)),
                table.toList().stream().map(counts -> row(counts, a, b)).toList());
    }

    /** The countries where one side leads, or else where its share of its own total leads. */
    private static CountryLead lead(TopK<Counts> leads, List<Counts> qualifying, ShareGap gap) {
        List<Counts> absolute = leads.toList();
        if (!absolute.isEmpty()) {
            return new CountryLead(codes(absolute), false);
        }
        TopK<Counts> relative = new TopK<>(NAMED, gap.largestFirst());
        for (Counts counts : qualifying) {
            if (gap.positive(counts)) {
                relative.offer(counts);
            }
        }
        List<String> named = codes(relative.toList());
        return new CountryLead(named, !named.isEmpty());
    }

    private static List<String> codes(List<Counts> countries) {
        return countries.stream().map(Counts::key).toList();
    }

    private static CountryRow row(Counts counts, long a, long b) {
        return new CountryRow(counts.key(), counts.first(), counts.second(),
                new Share(counts.first(), a), new Share(counts.second(), b));
    }
}
