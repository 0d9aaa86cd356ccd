package dev.versus.compare;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The k best items offered, by an order in which "best" comes first. Pages name the top three or
 * ten of a few hundred countries; keeping only k items avoids sorting the whole list each time.
 */
final class TopK<T> {
    private final Comparator<? super T> order;
    private final Object[] items;
    private int size;

    TopK(int k, Comparator<? super T> order) {
        this.order = order;
        this.items = new Object[k];
    }

    /** Keeps the item when it is among the k best so far; equal items keep their offer order. */
    void offer(T item) {
        int k = items.length;
        if (k == 0 || size == k && order.compare(item, at(k - 1)) >= 0) {
            return;
        }
        int position = size < k ? size++ : k - 1;
        while (position > 0 && order.compare(item, at(position - 1)) < 0) {
            items[position] = items[position - 1];
            position--;
        }
        items[position] = item;
    }

    /** The kept items, best first. */
    @SuppressWarnings("unchecked")
    List<T> toList() {
        return (List<T>) List.of(Arrays.copyOf(items, size));
    }

    @SuppressWarnings("unchecked")
    private T at(int index) {
        return (T) items[index];
    }
}
