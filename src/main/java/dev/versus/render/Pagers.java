package dev.versus.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The numbered links between pages of a list: the first and last page, and the pages within two
 * of the current one, with a gap where pages are left out. Every page is reached by next links,
 * and a gap never hides a single page (it would be as short to show it).
 */
final class Pagers {
    static final int NEARBY = 2;
    /** Stands for a gap in {@link #numbers}. */
    static final int GAP = 0;

    private Pagers() {
    }

    /** The page numbers to show, in order, with {@link #GAP} where some are left out. */
    static List<Integer> numbers(int current, int count) {
        List<Integer> numbers = new ArrayList<>();
        int previous = 0;
        for (int number = 1; number <= count; number++) {
            boolean shown = number == 1 || number == count || Math.abs(number - current) <= NEARBY;
            if (!shown) {
                continue;
            }
            if (number - previous == 2) {
                numbers.add(number - 1);
            } else if (number - previous > 2) {
                numbers.add(GAP);
            }
            numbers.add(number);
            previous = number;
        }
        return numbers;
    }

    /** The pager of page {@code current} of {@code count}, or null when there is one page. */
    static CategoryView.Pager of(int current, int count, IntFunction<String> href, dev.versus.text.Words words) {
        if (count <= 1) {
            return null;
        }
        List<CategoryView.PagerItem> items = new ArrayList<>();
        for (int number : numbers(current, count)) {
            if (number == GAP) {
                items.add(new CategoryView.PagerItem("…", null, false, true));
            } else {
                items.add(new CategoryView.PagerItem(Integer.toString(number),
                        number == current ? null : href.apply(number), number == current, false));
            }
        }
        return new CategoryView.Pager(
                current > 1 ? new Link(words.t("pager.previous"), href.apply(current - 1)) : null,
                current < count ? new Link(words.t("pager.next"), href.apply(current + 1)) : null,
                items);
    }
}
