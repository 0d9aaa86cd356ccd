package dev.versus.synth;

/**
 * The number of technologies N that gives close to P comparison pages with K categories, for
 * {@code synth --pages P}.
 *
 * <p>With category shares {@code p_c}, N technologies in one category each make about
 * {@code N^2 / 2 * sum(p_c^2)} pairs, so {@code N ~ sqrt(2P / sum(p_c^2))}; second categories add
 * a little. Rather than trust the estimate, technologies are added in order (each one's categories
 * depend only on the seed and its position, see {@link CategoryAssignment}) while an exact
 * {@link PairCounter} runs, until the count reaches P; N is the count nearest to P, the smaller on
 * a tie, and never fewer than K (so every category has a technology) or 2.
 */
final class PageTarget {
    /** More technologies than this is surely a typo for a smaller number. */
    static final long MAX_TECHNOLOGIES = 2_000_000;

    private PageTarget() {
    }

    /** The number of technologies and the pairs they make. */
    record Result(long technologies, long pages) {
    }

    static Result technologiesFor(long pages, long seed, SyntheticCategories categories) {
        CategoryAssignment assignment = new CategoryAssignment(seed, categories);
        PairCounter counter = new PairCounter(categories.size());
        long minimum = Math.max(2, categories.size());
        long before = 0;
        while (counter.technologies() < minimum || counter.pairs() < pages) {
            if (counter.technologies() >= MAX_TECHNOLOGIES) {
                throw new IllegalArgumentException(pages + " pages with " + categories.size()
                        + " categories need more than " + MAX_TECHNOLOGIES + " technologies; use more categories");
            }
            before = counter.pairs();
            counter.add(assignment.of(counter.technologies()));
        }
        long n = counter.technologies();
        if (n > minimum && pages - before <= counter.pairs() - pages) {
            return new Result(n - 1, before);
        }
        return new Result(n, counter.pairs());
    }

    /** The exact number of pairs the first {@code technologies} technologies make. */
    static long pagesFor(long technologies, long seed, SyntheticCategories categories) {
        CategoryAssignment assignment = new CategoryAssignment(seed, categories);
        PairCounter counter = new PairCounter(categories.size());
        for (long i = 0; i < technologies; i++) {
            counter.add(assignment.of(i));
        }
        return counter.pairs();
    }

    /** The estimate {@code sqrt(2P / sum(p_c^2))}, for the command's message and the docs. */
    static long estimate(long pages, SyntheticCategories categories) {
        return Math.round(Math.sqrt(2.0 * pages / categories.sumOfSquaredShares()));
    }
}
