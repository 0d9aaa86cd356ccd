package dev.versus.derive;

import java.util.List;
import java.util.Map;

/**
 * What a derivation did, printed after each run so that a changed source shows up as changed
 * figures rather than silently.
 *
 * @param remappedSlugs source slug to the valid slug used instead, in source-slug order
 * @param droppedNotInCatalog usage slugs with no catalog entry
 * @param droppedWithoutCategory technologies left with no known category
 */
record DerivationSummary(
        int technologies,
        int categories,
        long pairsSharingACategory,
        int withHistory,
        int countriesInModel,
        int countriesUsed,
        Map<String, String> remappedSlugs,
        List<String> droppedNotInCatalog,
        List<String> droppedWithoutCategory,
        int websitesDropped,
        int pricingTagsDropped) {

    String format() {
        StringBuilder text = new StringBuilder();
        text.append("technologies:              ").append(technologies).append('\n');
        text.append("categories:                ").append(categories).append('\n');
        text.append("pairs sharing a category:  ").append(pairsSharingACategory).append('\n');
        text.append("with 2022-02-01 history:   ").append(withHistory).append('\n');
        text.append("countries in the model:    ").append(countriesInModel).append('\n');
        text.append("countries used:            ").append(countriesUsed).append('\n');
        text.append("slugs remapped:            ").append(remappedSlugs.size()).append(' ').append(remappedSlugs).append('\n');
        text.append("dropped, not in catalog:   ").append(droppedNotInCatalog.size()).append(' ')
                .append(droppedNotInCatalog).append('\n');
        text.append("dropped, no category:      ").append(droppedWithoutCategory.size()).append(' ')
                .append(droppedWithoutCategory).append('\n');
        text.append("websites dropped:          ").append(websitesDropped).append('\n');
        text.append("pricing tags dropped:      ").append(pricingTagsDropped).append('\n');
        return text.toString();
    }
}
