package dev.versus.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The hreflang codes met while scanning, each given a small id so that a page keeps its
 * alternates as an array indexed by code instead of strings. Codes compare case-insensitively
 * (BCP 47), so they are kept lower-cased. Ids depend on the order pages are read in; anything
 * printed is sorted by code instead.
 */
final class LanguageCodes {
    static final String X_DEFAULT = "x-default";

    private final Map<String, Integer> ids = new ConcurrentHashMap<>();
    private final List<String> codes = new ArrayList<>();

    /** The id of a code, given one on first use. */
    int id(String code) {
        return ids.computeIfAbsent(code.strip().toLowerCase(Locale.ROOT), this::add);
    }

    private synchronized int add(String code) {
        codes.add(code);
        return codes.size() - 1;
    }

    synchronized String code(int id) {
        return codes.get(id);
    }

    synchronized int size() {
        return codes.size();
    }
}
