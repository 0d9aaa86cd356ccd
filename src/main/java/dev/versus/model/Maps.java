package dev.versus.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Copies that make the model's maps immutable and iterate in key order. */
final class Maps {
    private Maps() {
    }

    static <V> Map<String, V> sortedCopy(Map<String, V> map) {
        return Collections.unmodifiableMap(new TreeMap<>(map));
    }
}
