package dev.versus.render;

import java.util.Map;
import java.util.function.Function;

/** The lookup of the views' per-build caches (texts and lists a technology shows on each of its comparisons). */
final class Memo {
    private Memo() {
    }

    /**
     * The value at {@code key}, made by {@code make} when absent. A plain {@code get} comes first:
     * a hit, nearly every lookup, then takes no lock, where {@code ConcurrentHashMap.computeIfAbsent}
     * locks the key's bin whenever its first node holds another key (seen in the profile).
     */
    static <K, V> V get(Map<K, V> cache, K key, Function<? super K, ? extends V> make) {
        V value = cache.get(key);
        return value != null ? value : cache.computeIfAbsent(key, make);
    }
}
