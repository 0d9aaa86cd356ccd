package dev.versus.plan;

/**
 * How a list of {@code items} is cut into pages of at most {@code perPage}, numbered from 1. An
 * empty list still has one (empty) page, so a category with no pairs still has its page.
 */
public record Paging(long items, int perPage) {

    public Paging {
        if (items < 0 || perPage < 1) {
            throw new IllegalArgumentException("cannot page " + items + " items by " + perPage);
        }
    }

    public int pageCount() {
        return (int) Math.max(1, (items + perPage - 1) / perPage);
    }

    /** The 0-based index of the first item on page {@code number}. */
    public long from(int number) {
        checkPage(number);
        return (long) (number - 1) * perPage;
    }

    /** The 0-based index just past the last item on page {@code number}. */
    public long to(int number) {
        checkPage(number);
        return Math.min(items, (long) number * perPage);
    }

    private void checkPage(int number) {
        if (number < 1 || number > pageCount()) {
            throw new IllegalArgumentException("page " + number + " of " + pageCount());
        }
    }
}
