package dev.versus.compare;

import dev.versus.model.Category;
import dev.versus.model.Technology;
import java.util.ArrayList;
import java.util.List;

/**
 * What the catalog keeps per technology so that a page needs one lookup per side.
 *
 * <p>Rules: docs/comparison-rules.md §1.3.
 */
record Profile(Technology tech, List<Category> categories, String[] categorySlugs, Breakdown countries,
        Breakdown siteCategories) {

    /** The categories must be the technology's, in slug order. */
    static Profile of(Technology tech, List<Category> categories) {
        return new Profile(tech, categories, categories.stream().map(Category::slug).toArray(String[]::new),
                Breakdown.of(tech.usage().byCountry()), Breakdown.of(tech.usage().bySiteCategory()));
    }

    /** The categories both are in, in slug order, by one merging pass over the two sorted lists. */
    List<Category> sharedCategories(Profile other) {
        List<Category> shared = new ArrayList<>(1);
        int i = 0;
        int j = 0;
        while (i < categorySlugs.length && j < other.categorySlugs.length) {
            int order = categorySlugs[i].compareTo(other.categorySlugs[j]);
            if (order == 0) {
                shared.add(categories.get(i));
            }
            if (order <= 0) {
                i++;
            }
            if (order >= 0) {
                j++;
            }
        }
        return shared;
    }
}
