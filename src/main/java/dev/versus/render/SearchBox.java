package dev.versus.render;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The search box as a page shows it. Without scripts it is a plain form that opens the search
 * page; with them, assets/search.js loads the index on first use and lists matches as one types.
 *
 * @param action the search page, relative to this page
 * @param index the search index file, relative to this page
 * @param script the search script, relative to this page
 * @param root the prefix from this page to the site root, for the links the script makes
 * @param example a query to show as the box's placeholder: the most used category's first pair
 * @param say the texts the script shows, by its keys ("no-match"), with {name} where it puts a
 *     value; only those that differ from the script's own English, so English pages carry none
 */
public record SearchBox(String action, String index, String script, String root, String example,
        Map<String, String> say) {
    /** The script's own texts (ENGLISH in assets/search.js); keep the two equal. */
    static final Map<String, String> SCRIPT_ENGLISH = Map.of(
            "pair", "{first} vs {second}",
            "no-match", "No technology matches \u201c{query}\u201d.",
            "no-shared-category", "{first} and {second} share no category, so they are not compared.",
            "unavailable", "The search index could not be loaded; browse the categories instead.");

    public SearchBox {
        say = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(say));
    }

    /** The texts of {@code all} (by the script's keys) that the script does not already say. */
    static Map<String, String> differing(Map<String, String> all) {
        Map<String, String> differing = new LinkedHashMap<>();
        all.forEach((key, text) -> {
            if (!text.equals(SCRIPT_ENGLISH.get(key))) {
                differing.put(key, text);
            }
        });
        return differing;
    }
}
